import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, Length, ValidateIf } from 'class-validator';
import { PageQuery } from '@app/shared';
import { ConnectionStatus, DeclineReason } from '../connection.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ExpressInterestDto {
  @ApiProperty({ maxLength: 1000, example: '我们团队做过钢化炉温控改造，可以上门诊断。' })
  @Transform(trim)
  @IsString()
  @Length(1, 1000)
  message: string;
}

const noCandidate = (o: InviteDto) =>
  o.expertId === undefined && o.collegeId === undefined && o.enterpriseId === undefined;

/**
 * Exactly one of expertId, collegeId and enterpriseId names the invited candidate: an expert or
 * a college for an enterprise's demand, an expert or an enterprise for a college's need.
 */
export class InviteDto extends ExpressInterestDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @ValidateIf((o: InviteDto) => o.expertId !== undefined || noCandidate(o))
  @IsUUID()
  expertId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "For an enterprise's demand" })
  @ValidateIf((o: InviteDto) => o.collegeId !== undefined)
  @IsUUID()
  collegeId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "For a college's need" })
  @ValidateIf((o: InviteDto) => o.enterpriseId !== undefined)
  @IsUUID()
  enterpriseId?: string;
}

export class DeclineDto {
  @ApiProperty({ enum: DeclineReason })
  @IsEnum(DeclineReason)
  reason: DeclineReason;

  @ApiPropertyOptional({ maxLength: 500, description: 'Required when reason is other' })
  @ValidateIf((o: DeclineDto) => o.reason === DeclineReason.Other || o.note !== undefined)
  @Transform(trim)
  @IsString()
  @Length(1, 500)
  note?: string;
}

export class ListMatchesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ConnectionStatus })
  @IsOptional()
  @IsEnum(ConnectionStatus)
  status?: ConnectionStatus;

  @ApiPropertyOptional({ format: 'uuid', description: "Only this demand's matches" })
  @IsOptional()
  @IsUUID()
  demandId?: string;
}
