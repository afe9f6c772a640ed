import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PasswordResetToken } from '../entities/password-reset-token.entity';
import { PasswordResetLinks } from './password-reset-links';

/** For the email worker: mints reset links when it sends them (ADR 0013). */
@Module({
  imports: [TypeOrmModule.forFeature([PasswordResetToken])],
  providers: [PasswordResetLinks],
  exports: [PasswordResetLinks],
})
export class PasswordResetLinksModule {}
