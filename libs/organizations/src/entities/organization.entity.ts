import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import {
  type CollegeLevel,
  EnterpriseSize,
  type MajorOffered,
  OrganizationKind,
  type ResearchResult,
  VerificationStatus,
} from './organization.types';

export {
  COLLEGE_LEVELS,
  type CollegeLevel,
  EnterpriseSize,
  type MajorOffered,
  OrganizationKind,
  type ResearchResult,
  VerificationStatus,
} from './organization.types';

/**
 * An enterprise or a college. Both are verified by the city's operators before they may
 * publish. Enterprise-only and college-only columns are null for the other kind.
 */
@Entity('organizations')
@Index('ix_organizations_public', ['kind', 'status', 'createdAt'])
export class Organization {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: OrganizationKind, enumName: 'organization_kind' })
  kind: OrganizationKind;

  @Column({ length: 100 })
  name: string;

  @Column({ length: 16 })
  district: string;

  @Column('text', { default: '' })
  description: string;

  @Column('text', { array: true, default: '{}' })
  tags: string[];

  @Column({
    type: 'enum',
    enum: VerificationStatus,
    enumName: 'verification_status',
    default: VerificationStatus.Pending,
  })
  status: VerificationStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  rejectionReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  reviewedBy: string | null;

  // Enterprise
  /** 统一社会信用代码, unique among enterprises. */
  @Index('ux_organizations_credit_code', { unique: true, where: 'credit_code IS NOT NULL' })
  @Column({ type: 'char', length: 18, nullable: true })
  creditCode: string | null;

  /** GB/T 4754 code (division, group or class). */
  @Index()
  @Column({ type: 'varchar', length: 5, nullable: true })
  industryCode: string | null;

  @Column({ type: 'enum', enum: EnterpriseSize, enumName: 'enterprise_size', nullable: true })
  size: EnterpriseSize | null;

  // College
  @Column({ type: 'varchar', length: 4, nullable: true })
  level: CollegeLevel | null;

  @Column('jsonb', { nullable: true })
  majors: MajorOffered[] | null;

  /** Training places the college can offer per year (short courses, staff training). */
  @Column('int', { nullable: true })
  trainingCapacity: number | null;

  @Column('int', { nullable: true })
  studentCount: number | null;

  @Column('jsonb', { nullable: true })
  researchResults: ResearchResult[] | null;

  /** Bumped by every change that emits an event; consumers drop events older than what they hold. */
  @Column('int', { default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
