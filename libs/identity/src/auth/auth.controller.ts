import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { type AuthUser, CurrentUser, Public } from '@app/shared';
import {
  AuthResultDto,
  ChangePasswordDto,
  LoginDto,
  PasswordResetConfirmDto,
  PasswordResetRequestDto,
  PasswordResetRequestedDto,
  RefreshDto,
  RegisterDto,
  TokenPairDto,
} from '../dto/auth.dto';
import { PasswordResetService } from '../password-reset/password-reset.service';
import { AuthService, type ClientInfo } from './auth.service';

const clientOf = (req: Request): ClientInfo => ({
  ip: req.ip ?? 'unknown',
  userAgent: req.headers['user-agent'],
});

@ApiTags('auth')
@Public()
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly resets: PasswordResetService,
  ) {}

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

  @Post('password-reset')
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: PasswordResetRequestedDto,
    description:
      'Always the same answer: if an enabled account uses the address, it is sent a single-use link (PASSWORD_RESET_TTL_MINUTES)',
  })
  @ApiTooManyRequestsResponse({ description: 'TOO_MANY_RESET_REQUESTS (per address and client)' })
  async requestPasswordReset(
    @Body() body: PasswordResetRequestDto,
    @Req() req: Request,
  ): Promise<PasswordResetRequestedDto> {
    await this.resets.request(body.email, clientOf(req).ip);
    return { message: PASSWORD_RESET_REQUESTED };
  }

  @Post('password-reset/confirm')
  @HttpCode(204)
  @ApiNoContentResponse({
    description: 'Password set; every session of the account is ended',
  })
  @ApiBadRequestResponse({
    description: 'INVALID_RESET_TOKEN (forged, expired or used) or VALIDATION_FAILED',
  })
  async confirmPasswordReset(@Body() body: PasswordResetConfirmDto): Promise<void> {
    await this.resets.confirm(body.token, body.newPassword);
  }
}

const PASSWORD_RESET_REQUESTED = 'If an account uses this address, a reset link is on its way';

/** Account operations of a logged-in user. */
@ApiTags('auth')
@ApiBearerAuth()
@Controller('auth')
export class AccountPasswordController {
  constructor(private readonly auth: AuthService) {}

  @Post('password')
  @HttpCode(204)
  @ApiNoContentResponse({
    description: 'Password changed; every other session of the user is ended (this one stays)',
  })
  @ApiBadRequestResponse({
    description: 'VALIDATION_FAILED (password policy) or WRONG_CURRENT_PASSWORD',
  })
  @ApiTooManyRequestsResponse({ description: 'TOO_MANY_LOGIN_ATTEMPTS' })
  async changePassword(
    @CurrentUser() user: AuthUser,
    @Body() body: ChangePasswordDto,
    @Req() req: Request,
  ): Promise<void> {
    await this.auth.changePassword(user, body, clientOf(req));
  }
}
