import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiAcceptedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { type AuthUser, CurrentUser, Public } from '@app/shared';
import {
  AuthResultDto,
  ChangeEmailDto,
  ChangePasswordDto,
  EmailSentDto,
  LinkTokenDto,
  LoginDto,
  PasswordResetConfirmDto,
  PasswordResetRequestDto,
  PasswordResetRequestedDto,
  RefreshDto,
  RegisterDto,
  ResendVerificationDto,
  TokenPairDto,
} from '../dto/auth.dto';
import { EmailChangeService } from '../email-change/email-change.service';
import { PasswordResetService } from '../password-reset/password-reset.service';
import { RegistrationService } from '../registration/registration.service';
import { AuthService, type ClientInfo } from './auth.service';
import { ApiSessionMode, RefreshCookies } from './refresh-cookie';

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
    private readonly registration: RegistrationService,
    private readonly resets: PasswordResetService,
    private readonly emailChanges: EmailChangeService,
    private readonly cookies: RefreshCookies,
  ) {}

  @Post('register')
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: EmailSentDto,
    description:
      'Always the same answer (ADR 0017): a new address gets an account and a verification link (EMAIL_LINK_TTL_HOURS); an unverified one a fresh link; a verified one a notice that someone tried. The account logs in once verified.',
  })
  @ApiTooManyRequestsResponse({ description: 'TOO_MANY_SIGNUPS (per address and client)' })
  async register(@Body() body: RegisterDto, @Req() req: Request): Promise<EmailSentDto> {
    await this.registration.register(body, clientOf(req));
    return { message: SIGNUP_ACCEPTED };
  }

  @Post('verify-email')
  @HttpCode(200)
  @ApiOkResponse({ type: AuthResultDto, description: 'Address verified; the account is logged in' })
  @ApiBadRequestResponse({ description: 'INVALID_VERIFICATION_TOKEN (forged, expired or used)' })
  @ApiSessionMode()
  async verifyEmail(
    @Body() body: LinkTokenDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.cookies.deliver(
      await this.registration.verify(body.token, clientOf(req)),
      req,
      res,
    );
  }

  @Post('verify-email/resend')
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: EmailSentDto,
    description: 'Always the same answer: an unverified account with this address gets a new link',
  })
  @ApiTooManyRequestsResponse({ description: 'TOO_MANY_VERIFICATION_REQUESTS' })
  async resendVerification(
    @Body() body: ResendVerificationDto,
    @Req() req: Request,
  ): Promise<EmailSentDto> {
    await this.registration.resend(body.email, clientOf(req).ip);
    return { message: VERIFICATION_RESENT };
  }

  @Post('email/confirm')
  @HttpCode(204)
  @ApiNoContentResponse({
    description: 'The address is changed; every other session of the account is ended',
  })
  @ApiBadRequestResponse({ description: 'INVALID_EMAIL_CHANGE_TOKEN' })
  @ApiConflictResponse({ description: 'EMAIL_TAKEN: another account took the address meanwhile' })
  async confirmEmailChange(@Body() body: LinkTokenDto): Promise<void> {
    await this.emailChanges.confirm(body.token);
  }

  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: AuthResultDto })
  @ApiSessionMode()
  async login(
    @Body() body: LoginDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.cookies.deliver(await this.auth.login(body, clientOf(req)), req, res);
  }

  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairDto, description: 'The old refresh token is spent' })
  @ApiUnauthorizedResponse({ description: 'INVALID_REFRESH_TOKEN or REFRESH_TOKEN_REUSED' })
  @ApiSessionMode()
  async refresh(
    @Body() body: RefreshDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const pair = await this.auth.refresh(this.cookies.tokenOf(req, body.refreshToken));
    return this.cookies.deliver(pair, req, res);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The session of this refresh token is revoked' })
  @ApiSessionMode()
  async logout(
    @Body() body: RefreshDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    const token = body.refreshToken ?? this.cookies.cookieToken(req);
    this.cookies.clear(req, res);
    if (token) await this.auth.logout(token);
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
const SIGNUP_ACCEPTED = 'Check your inbox: open the link we sent to confirm your address';
const VERIFICATION_RESENT = 'If an unconfirmed account uses this address, a new link is on its way';
const EMAIL_CHANGE_REQUESTED = 'Open the link we sent to the new address to confirm it';

/** Account operations of a logged-in user. */
@ApiTags('auth')
@ApiBearerAuth()
@Controller('auth')
export class AccountPasswordController {
  constructor(
    private readonly auth: AuthService,
    private readonly emailChanges: EmailChangeService,
  ) {}

  @Post('email')
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: EmailSentDto,
    description:
      'A confirmation link goes to the new address; the address changes when it is followed',
  })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED, SAME_EMAIL or WRONG_CURRENT_PASSWORD' })
  @ApiTooManyRequestsResponse({ description: 'TOO_MANY_LOGIN_ATTEMPTS' })
  async changeEmail(
    @CurrentUser() user: AuthUser,
    @Body() body: ChangeEmailDto,
    @Req() req: Request,
  ): Promise<EmailSentDto> {
    await this.emailChanges.request(user, body, clientOf(req));
    return { message: EMAIL_CHANGE_REQUESTED };
  }

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
