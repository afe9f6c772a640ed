import { ApiProperty } from '@nestjs/swagger';
import { SUGGESTIONS, type Suggestion } from './major-suggestion';

export class SupportingPostingView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: 'integer', nullable: true }) headcount: number | null;
}

/** One of the college's majors: the city's demand for it against the city's supply of it. */
export class CollegeMajorDemandView {
  @ApiProperty({ example: '460305' }) code: string;
  @ApiProperty({ example: '工业机器人技术' }) name: string;
  @ApiProperty({ type: String, nullable: true, example: '高职' }) level: string | null;
  @ApiProperty({ description: 'Verified colleges teaching it in the period’s last year' })
  colleges: number;
  @ApiProperty({ description: 'Their yearly intake' }) intake: number;
  @ApiProperty({ description: 'Their yearly graduates' }) graduates: number;
  @ApiProperty({ description: 'Talent headcount naming it, published in the period' })
  headcount: number;
  @ApiProperty({ description: 'Postings naming it or in a division it serves' }) postings: number;
  @ApiProperty({ description: 'The same in the previous period of equal length' })
  previousPostings: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Headcount per year / yearly intake (null without an intake)',
  })
  ratio: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Postings against the previous period, in % (null when it had none)',
  })
  trend: number | null;
  @ApiProperty({ enum: SUGGESTIONS }) suggestion: Suggestion;
  @ApiProperty({ type: [SupportingPostingView], description: 'The best supported postings' })
  support: SupportingPostingView[];
}

export class CollegeMajorsDemandView {
  @ApiProperty({ format: 'uuid' }) collegeId: string;
  @ApiProperty({ example: '2025-12-01', description: 'First day counted' }) from: string;
  @ApiProperty({ example: '2026-12-01', description: 'First day after the period' }) to: string;
  @ApiProperty({ example: 12 }) months: number;
  @ApiProperty({ example: 2026, description: 'The year whose supply is counted' }) year: number;
  @ApiProperty({ type: [CollegeMajorDemandView] }) majors: CollegeMajorDemandView[];
}
