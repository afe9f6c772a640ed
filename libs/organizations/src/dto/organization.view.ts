import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ResponsivenessView } from '@app/shared';
import {
  type CollegeLevel,
  EnterpriseSize,
  type MajorOffered,
  type Organization,
  OrganizationKind,
  type ResearchResult,
  VerificationStatus,
} from '../entities/organization.entity';

/** What anyone may see of an organisation; members and admins also see the private part. */
export class OrganizationView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: OrganizationKind }) kind: OrganizationKind;
  @ApiProperty() name: string;
  @ApiProperty() district: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ enum: VerificationStatus }) status: VerificationStatus;
  @ApiPropertyOptional() industryCode?: string | null;
  @ApiPropertyOptional({ enum: EnterpriseSize }) size?: EnterpriseSize | null;
  @ApiPropertyOptional() level?: CollegeLevel | null;
  @ApiPropertyOptional() majors?: MajorOffered[] | null;
  @ApiPropertyOptional() trainingCapacity?: number | null;
  @ApiPropertyOptional() studentCount?: number | null;
  @ApiPropertyOptional() researchResults?: ResearchResult[] | null;
  @ApiProperty() version: number;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiPropertyOptional({ description: 'Members and admins only' }) creditCode?: string | null;
  @ApiPropertyOptional({ description: 'Members and admins only' }) rejectionReason?: string | null;
  @ApiPropertyOptional({ description: 'Members and admins only' }) reviewedAt?: Date | null;
  @ApiPropertyOptional({
    type: ResponsivenessView,
    description: 'How it answers interests and invitations (single-profile reads only)',
  })
  responsiveness?: ResponsivenessView;
}

export function toOrganizationView(org: Organization, privileged: boolean): OrganizationView {
  const common = {
    id: org.id,
    kind: org.kind,
    name: org.name,
    district: org.district,
    description: org.description,
    tags: org.tags,
    status: org.status,
    version: org.version,
    createdAt: org.createdAt,
    updatedAt: org.updatedAt,
  };
  const specific =
    org.kind === OrganizationKind.Enterprise
      ? { industryCode: org.industryCode, size: org.size }
      : {
          level: org.level,
          majors: org.majors ?? [],
          trainingCapacity: org.trainingCapacity,
          studentCount: org.studentCount,
          researchResults: org.researchResults ?? [],
        };
  const privateFields = privileged
    ? {
        creditCode: org.creditCode,
        rejectionReason: org.rejectionReason,
        reviewedAt: org.reviewedAt,
      }
    : {};
  return { ...common, ...specific, ...privateFields };
}
