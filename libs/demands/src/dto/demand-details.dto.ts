import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsNotBefore } from './validators';
import { IsIsoDate, Optional } from '@app/shared';

export class TalentDetailsDto {
  @ApiProperty({
    enum: ['order_class', 'internship', 'hiring'],
    description: '订单班 / 实习 / 招聘',
  })
  @IsIn(['order_class', 'internship', 'hiring'])
  type: 'order_class' | 'internship' | 'hiring';

  @ApiProperty({ minimum: 1, maximum: 10000, example: 30 })
  @IsInt()
  @Min(1)
  @Max(10000)
  headcount: number;

  @ApiPropertyOptional({ description: 'Major code in the vocational catalogue', example: '460305' })
  @Optional()
  @Matches(/^\d{6}$/, { message: 'majorCode must be a 6-digit major code' })
  majorCode?: string;

  @ApiPropertyOptional({ example: '工业机器人技术' })
  @Optional()
  @IsString()
  @Length(1, 50)
  majorName?: string;

  @ApiProperty({ example: '2026-09-01' })
  @IsIsoDate()
  periodStart: string;

  @ApiProperty({ example: '2027-06-30' })
  @IsIsoDate()
  @IsNotBefore('periodStart')
  periodEnd: string;
}

export class RndDetailsDto {
  @ApiProperty({
    enum: ['technical_problem', 'process_optimisation'],
    description: '技术难题 / 工艺优化',
  })
  @IsIn(['technical_problem', 'process_optimisation'])
  problemType: 'technical_problem' | 'process_optimisation';

  @ApiProperty({ description: 'Budget lower bound in yuan', minimum: 0, example: 200000 })
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  budgetMin: number;

  @ApiProperty({ description: 'Budget upper bound in yuan', example: 500000 })
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  @IsNotBefore('budgetMin')
  budgetMax: number;

  @ApiProperty({ enum: ['enterprise_owned', 'shared', 'provider_owned', 'negotiable'] })
  @IsIn(['enterprise_owned', 'shared', 'provider_owned', 'negotiable'])
  ipTerms: 'enterprise_owned' | 'shared' | 'provider_owned' | 'negotiable';
}

export class TrainingDetailsDto {
  @ApiProperty({ description: 'Staff to train', minimum: 1, example: 40 })
  @IsInt()
  @Min(1)
  @Max(100000)
  trainees: number;

  @ApiProperty({ enum: ['onsite', 'online', 'hybrid'] })
  @IsIn(['onsite', 'online', 'hybrid'])
  format: 'onsite' | 'online' | 'hybrid';

  @ApiPropertyOptional({ minimum: 1, maximum: 365, example: 5 })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(365)
  durationDays?: number;

  @ApiPropertyOptional({ example: '安全生产与设备点检' })
  @Optional()
  @IsString()
  @MaxLength(100)
  topic?: string;
}

export class TeacherPracticeDetailsDto {
  @ApiProperty({ description: 'Months each teacher practises in the enterprise', example: 2 })
  @IsInt()
  @Min(1)
  @Max(12)
  months: number;

  @ApiProperty({ description: 'Number of places', example: 5 })
  @IsInt()
  @Min(1)
  @Max(500)
  places: number;

  @ApiPropertyOptional({ example: '460305' })
  @Optional()
  @Matches(/^\d{6}$/, { message: 'majorCode must be a 6-digit major code' })
  majorCode?: string;

  @ApiPropertyOptional({ example: '2026-07-01' })
  @Optional()
  @IsIsoDate()
  startDate?: string;
}
