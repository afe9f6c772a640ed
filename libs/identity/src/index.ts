export { AuthService } from './auth/auth.service';
export { JwtAuthGuard } from './auth/jwt-auth.guard';
export { LiveSessionCache, type Revocation } from './auth/live-session-cache';
export { UserDto } from './dto/auth.dto';
export { type Grantor, OperatorGrantsService } from './operators/operator-grants.service';
export { normalizeDistricts } from './operators/district-grant';
export { User } from './entities/user.entity';
export { type Locale } from './entities/user.types';
export { IdentityModule } from './identity.module';
export { type UserRecord } from './users/user.record';
export { UserDirectory } from './users/user-directory.service';
export { UserDirectoryModule } from './users/user-directory.module';
export { SessionPruner } from './sessions/session-pruner';
export { SessionPrunerModule } from './sessions/session-pruner.module';
export { type IdentityEvent, type PasswordResetRequestedPayload } from './identity-events';
export { PasswordResetLinks, type MintedResetLink } from './password-reset/password-reset-links';
export { PasswordResetLinksModule } from './password-reset/password-reset-links.module';
export {
  AccountLinkPurpose,
  type AccountLinkDetails,
  type ConsumedAccountLink,
  type IssueAccountLink,
  type IssueClaimLink,
} from './account-links/account-link.types';
export { AccountLinks, type MintedAccountLink } from './account-links/account-links';
export { AccountLinksModule } from './account-links/account-links.module';
export {
  type AccountLinkIssuedPayload,
  AccountNoticeKind,
  type AccountNoticePayload,
} from './identity-events';
export { type ClientInfo } from './auth/auth.service';
export { AuthResultDto } from './dto/auth.dto';
export { PASSWORD_MIN_LENGTH, IsNotCommonPassword } from './dto/password-policy';
