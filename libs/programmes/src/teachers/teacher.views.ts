import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CertificationDto, TrainingDto } from './dto/teacher.dto';
import {
  CERTIFICATION_LEVELS,
  CERTIFICATION_STATUSES,
  type CertificationLevel,
  type CertificationStatus,
  type DualQualification,
  PracticeLogStatus,
  type TrainingAttended,
} from './teacher.types';

export class MajorView {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
}

export class DualQualifiedView {
  @ApiProperty({ enum: CERTIFICATION_LEVELS }) level: CertificationLevel;
  @ApiProperty({ enum: CERTIFICATION_STATUSES }) status: CertificationStatus;
}

/** What anyone may see of a college's teacher: name, majors, 双师型 level and status. */
export class TeacherPublicView {
  @ApiProperty() id: string;
  @ApiProperty() collegeId: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: [MajorView] }) majors: MajorView[];
  @ApiProperty({ type: DualQualifiedView, nullable: true }) dualQualified: DualQualifiedView | null;
  @ApiProperty({ enum: ['public', 'member', 'admin'] }) access: 'public' | 'member' | 'admin';
}

/**
 * The college's members and admins: the links, the full certification and the trainings (absent
 * for `access: public`).
 */
export class TeacherView extends TeacherPublicView {
  @ApiPropertyOptional({ type: String, nullable: true }) userId: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) expertId: string | null;
  @ApiPropertyOptional({ type: CertificationDto, nullable: true })
  certification: DualQualification | null;
  @ApiPropertyOptional({ type: [TrainingDto] }) trainings: TrainingAttended[];
  @ApiPropertyOptional() version: number;
  @ApiPropertyOptional() createdAt: Date;
  @ApiPropertyOptional() updatedAt: Date;
}

export class LedgerRow {
  @ApiProperty() teacherId: string;
  @ApiProperty() name: string;
  @ApiProperty() year: number;
  /** From confirmed `teacher_practice` project outcomes. */
  @ApiProperty({ description: 'From confirmed teacher_practice project outcomes' })
  projectDays: number;
  /** From confirmed two-for-one logs. */
  @ApiProperty({ description: 'From confirmed two-for-one logs' }) twoForOneDays: number;
  @ApiProperty() days: number;
  @ApiProperty() required: number;
  /** Days still owed this year (0 when the rule is met). */
  @ApiProperty({ description: 'Days still owed this year (0 when the rule is met)' })
  owed: number;
  @ApiProperty() short: boolean;
}

export class ShortTeacherView {
  @ApiProperty() teacherId: string;
  @ApiProperty() name: string;
  @ApiProperty() days: number;
  @ApiProperty() owed: number;
}

export class PracticeLedgerView {
  @ApiProperty() collegeId: string;
  @ApiProperty() year: number;
  @ApiProperty() required: number;
  @ApiProperty({ type: [LedgerRow] }) teachers: LedgerRow[];
  /** The teachers still short this year, most owed first. */
  @ApiProperty({
    type: [ShortTeacherView],
    description: 'The teachers still short this year, most owed first',
  })
  short: ShortTeacherView[];
}

export class OfferedDemandView {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty() organizationId: string;
  @ApiProperty() industryCode: string;
  @ApiProperty({ type: [String] }) skills: string[];
  @ApiProperty({ type: String, nullable: true }) deadline: string | null;
}

export class TeacherOffersView {
  @ApiProperty() teacherId: string;
  @ApiProperty() name: string;
  @ApiProperty() owed: number;
  @ApiProperty({ type: [String] }) majors: string[];
  @ApiProperty({ type: [OfferedDemandView] }) demands: OfferedDemandView[];
}

export class PracticeOffersView {
  @ApiProperty() collegeId: string;
  @ApiProperty() year: number;
  @ApiProperty({ type: [TeacherOffersView] }) offers: TeacherOffersView[];
}

export class PracticeLogView {
  @ApiProperty() id: string;
  @ApiProperty() teacherId: string;
  @ApiProperty() collegeId: string;
  @ApiProperty() demandId: string;
  @ApiProperty() enterpriseId: string;
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty() days: number;
  @ApiProperty({ type: [String] }) tasks: string[];
  @ApiProperty({ enum: PracticeLogStatus }) status: PracticeLogStatus;
  @ApiProperty({ type: String, nullable: true }) loggedBy: string | null;
  @ApiProperty() loggedAt: Date;
  @ApiProperty({ type: String, nullable: true }) confirmedBy: string | null;
  @ApiProperty({ type: Date, nullable: true }) confirmedAt: Date | null;
}
