export { CreateCollegeDto } from './dto/college.dto';
export { CreateEnterpriseDto } from './dto/enterprise.dto';
export { type OrganizationView } from './dto/organization.view';
export { OrganizationMember } from './entities/organization-member.entity';
export {
  COLLEGE_LEVELS,
  type CollegeLevel,
  EnterpriseSize,
  Organization,
  OrganizationKind,
  VerificationStatus,
} from './entities/organization.entity';
export { OrganizationEvents, organizationEvent } from './organization-events';
export { OrganizationsModule } from './organizations.module';
export { type Membership, OrganizationDirectory } from './services/organization-directory.service';
export { OrganizationProfilesService } from './services/organization-profiles.service';
