import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserDirectoryModule } from '@app/identity';
import { OrganizationMember } from '../entities/organization-member.entity';
import { Organization } from '../entities/organization.entity';
import { OrganizationDirectory } from './organization-directory.service';

/**
 * The organisations' read port, without controllers: what readers in other contexts (and the
 * worker) import. Identity comes along because organization_members references users.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Organization, OrganizationMember]), UserDirectoryModule],
  providers: [OrganizationDirectory],
  exports: [OrganizationDirectory],
})
export class OrganizationDirectoryModule {}
