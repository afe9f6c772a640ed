import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditLogModule } from '@app/audit';
import { IdentityModule } from '@app/identity';
import { AdminOrganizationsController } from './controllers/admin-organizations.controller';
import { CollegesController } from './controllers/colleges.controller';
import { EnterprisesController } from './controllers/enterprises.controller';
import { TeamController, TeamInvitationsController } from './controllers/team.controller';
import { OrganizationInvitation } from './entities/organization-invitation.entity';
import { OrganizationMember } from './entities/organization-member.entity';
import { Organization } from './entities/organization.entity';
import { OrganizationDirectoryModule } from './directory/organization-directory.module';
import { OrganizationImporter } from './services/organization-importer';
import { OrganizationProfilesService } from './services/organization-profiles.service';
import { OrganizationVerificationService } from './services/organization-verification.service';
import { TeamAccess } from './team/team-access';
import { TeamInvitationsService } from './team/team-invitations.service';
import { TeamService } from './team/team.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Organization, OrganizationMember, OrganizationInvitation]),
    OrganizationDirectoryModule,
    AuditLogModule,
    IdentityModule,
  ],
  controllers: [
    EnterprisesController,
    CollegesController,
    AdminOrganizationsController,
    TeamController,
    TeamInvitationsController,
  ],
  providers: [
    OrganizationProfilesService,
    OrganizationVerificationService,
    OrganizationImporter,
    TeamService,
    TeamInvitationsService,
    TeamAccess,
  ],
  exports: [OrganizationProfilesService, OrganizationImporter, OrganizationDirectoryModule],
})
export class OrganizationsModule {}
