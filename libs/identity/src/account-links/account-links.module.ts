import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountLink } from '../entities/account-link.entity';
import { AccountLinks } from './account-links';

/** Single-use emailed links (ADR 0017), for the contexts that issue them and the email sender. */
@Module({
  imports: [TypeOrmModule.forFeature([AccountLink])],
  providers: [AccountLinks],
  exports: [AccountLinks],
})
export class AccountLinksModule {}
