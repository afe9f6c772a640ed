import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditLogModule } from '@app/audit';
import { APP_CONFIG, type AppConfig } from '@app/shared';
import { AccountPasswordController, AuthController } from './auth/auth.controller';
import { RefreshCookies } from './auth/refresh-cookie';
import { AuthService } from './auth/auth.service';
import { JwtAuthGuard } from './auth/jwt-auth.guard';
import { LiveSessionCache } from './auth/live-session-cache';
import { LoginRateLimiter } from './auth/login-rate-limiter';
import { PasswordHasher } from './auth/password-hasher';
import { EmailRequestRateLimiter } from './auth/email-request-rate-limiter';
import { TokenService } from './auth/token.service';
import { OperatorDistrict } from './entities/operator-district.entity';
import { PasswordResetToken } from './entities/password-reset-token.entity';
import { AdminOperatorsController } from './operators/admin-operators.controller';
import { OperatorGrantsService } from './operators/operator-grants.service';
import { PasswordResetService } from './password-reset/password-reset.service';
import { AuthSession } from './entities/auth-session.entity';
import { RefreshToken } from './entities/refresh-token.entity';
import { User } from './entities/user.entity';
import { UserDirectoryModule } from './users/user-directory.module';
import { AccountLinksModule } from './account-links/account-links.module';
import { EmailChangeService } from './email-change/email-change.service';
import { RegistrationService } from './registration/registration.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      User,
      AuthSession,
      RefreshToken,
      PasswordResetToken,
      OperatorDistrict,
    ]),
    UserDirectoryModule,
    AccountLinksModule,
    AuditLogModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      // One KeyObject for the process: given the string, jsonwebtoken builds a key per token.
      useFactory: (config: AppConfig) => ({
        secret: createSecretKey(Buffer.from(config.JWT_SECRET)),
      }),
    }),
  ],
  controllers: [AuthController, AccountPasswordController, AdminOperatorsController],
  providers: [
    AuthService,
    EmailChangeService,
    JwtAuthGuard,
    LiveSessionCache,
    LoginRateLimiter,
    OperatorGrantsService,
    PasswordHasher,
    EmailRequestRateLimiter,
    PasswordResetService,
    RefreshCookies,
    RegistrationService,
    TokenService,
  ],
  exports: [
    AuthService,
    JwtAuthGuard,
    OperatorGrantsService,
    UserDirectoryModule,
    AccountLinksModule,
  ],
})
export class IdentityModule {}
