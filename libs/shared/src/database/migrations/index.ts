import type { MigrationInterface } from 'typeorm';
import { InitialSchema1795971061858 } from './1795971061858-InitialSchema';
import { SavedSearches1795980000000 } from './1795980000000-SavedSearches';
import { Connections1795990000000 } from './1795990000000-Connections';
import { Notifications1796000000000 } from './1796000000000-Notifications';
import { NotificationPreferencesAndEmail1796000100000 } from './1796000100000-NotificationPreferencesAndEmail';
import { Webhooks1796000200000 } from './1796000200000-Webhooks';
import { MatchImpressions1796585711364 } from './1796585711364-MatchImpressions';
import { AppliedVersions1796600000000 } from './1796600000000-AppliedVersions';
import { RetentionIndexes1796603955642 } from './1796603955642-RetentionIndexes';
import { AuditLog1796609945204 } from './1796609945204-AuditLog';
import { PasswordResetTokens1796700000000 } from './1796700000000-PasswordResetTokens';
import { AccountLinks1796800000000 } from './1796800000000-AccountLinks';
import { ProfileClaims1796800100000 } from './1796800100000-ProfileClaims';
import { OfferInterests1796800200000 } from './1796800200000-OfferInterests';
import { OperatorDistricts1796802000000 } from './1796802000000-OperatorDistricts';
import { Teams1796804000000 } from './1796804000000-Teams';
import { Conversations1796801000000 } from './1796801000000-Conversations';
import { CollegeNeedKinds1796803000000 } from './1796803000000-CollegeNeedKinds';
import { ConnectionOwnersAndCandidates1796803100000 } from './1796803100000-ConnectionOwnersAndCandidates';
import { ImpressionOrganizations1796803200000 } from './1796803200000-ImpressionOrganizations';
import { Programmes1796900000000 } from './1796900000000-Programmes';
import { PartnershipStalls1796902000000 } from './1796902000000-PartnershipStalls';
import { InsightViews1797000000000 } from './1797000000000-InsightViews';
import { InsightMajors1797001000000 } from './1797001000000-InsightMajors';
import { InsightCooperation1797002000000 } from './1797002000000-InsightCooperation';
import { Reports1797003000000 } from './1797003000000-Reports';
import { InsightIndexes1797004000000 } from './1797004000000-InsightIndexes';
import { Teachers1796901000000 } from './1796901000000-Teachers';

/** Every migration, oldest first. `npm run migration:generate` adds files; list them here. */
export const ALL_MIGRATIONS: (new () => MigrationInterface)[] = [
  InitialSchema1795971061858,
  SavedSearches1795980000000,
  Connections1795990000000,
  Notifications1796000000000,
  NotificationPreferencesAndEmail1796000100000,
  Webhooks1796000200000,
  MatchImpressions1796585711364,
  AppliedVersions1796600000000,
  RetentionIndexes1796603955642,
  AuditLog1796609945204,
  PasswordResetTokens1796700000000,
  AccountLinks1796800000000,
  ProfileClaims1796800100000,
  OfferInterests1796800200000,
  Conversations1796801000000,
  OperatorDistricts1796802000000,
  CollegeNeedKinds1796803000000,
  ConnectionOwnersAndCandidates1796803100000,
  ImpressionOrganizations1796803200000,
  Teams1796804000000,
  Programmes1796900000000,
  Teachers1796901000000,
  PartnershipStalls1796902000000,
  InsightViews1797000000000,
  InsightMajors1797001000000,
  InsightCooperation1797002000000,
  Reports1797003000000,
  InsightIndexes1797004000000,
];
