export { CreateCollegeDto } from './dto/college.dto';
export { CreateEnterpriseDto } from './dto/enterprise.dto';
export { type OrganizationView } from './dto/organization.view';
export { OrganizationMember } from './entities/organization-member.entity';
export { Organization } from './entities/organization.entity';
export {
  COLLEGE_LEVELS,
  type CollegeLevel,
  EnterpriseSize,
  type MajorOffered,
  OrganizationKind,
  type ResearchResult,
  VerificationStatus,
} from './entities/organization.types';
export {
  type OrganizationEvent,
  type OrganizationEventPayload,
  OrganizationEvents,
  type OrganizationEventType,
  organizationEvent,
} from './organization-events';
export { OrganizationsModule } from './organizations.module';
export { type Membership, OrganizationDirectory } from './directory/organization-directory.service';
export { OrganizationDirectoryModule } from './directory/organization-directory.module';
export {
  type OrganizationMemberRecord,
  type OrganizationRecord,
  taughtMajors,
} from './directory/organization.record';
export { type ImportReview, OrganizationImporter } from './services/organization-importer';
export { OrganizationProfilesService } from './services/organization-profiles.service';
export {
  assertOrganizationRole,
  hasOrganizationRole,
  type HasOrganizationRole,
  ORGANIZATION_ROLES,
  OrganizationRole,
  roleIncludes,
} from './team/organization-roles';
