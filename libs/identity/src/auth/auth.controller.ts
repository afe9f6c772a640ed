import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '@app/shared';
import { AuthResultDto, LoginDto, RefreshDto, RegisterDto, TokenPairDto } from '../dto/auth.dto';
import { AuthService, type ClientInfo } from './auth.service';

const clientOf = (req: Request): ClientInfo => ({
  ip: req.ip ?? 'unknown',
  userAgent: req.headers['user-agent'],
});

@ApiTags('auth')
@Public()
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('register')
  @ApiCreatedResponse({ type: AuthResultDto, description: 'Account created and logged in' })
  register(@Body() body: RegisterDto, @Req() req: Request) {
    return this.auth.register(body, clientOf(req));
  }

  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: AuthResultDto })
  login(@Body() body: LoginDto, @Req() req: Request) {
    return this.auth.login(body, clientOf(req));
  }

  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairDto, description: 'The old refresh token is spent' })
  refresh(@Body() body: RefreshDto) {
    return this.auth.refresh(body.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The session of this refresh token is revoked' })
  async logout(@Body() body: RefreshDto): Promise<void> {
    await this.auth.logout(body.refreshToken);
  }
}
