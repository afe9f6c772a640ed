import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsString, IsUUID, MaxLength } from 'class-validator';
import { Optional } from '@app/shared';
import { MAX_OPERATOR_DISTRICTS } from './district-grant';

const trimLower = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

class DistrictsBody {
  @ApiProperty({
    type: [String],
    example: ['130302', '130303'],
    maxItems: MAX_OPERATOR_DISTRICTS,
    description:
      'District codes of GET /reference/districts; each covers exactly its own district. ' +
      'Empty: DISTRICTS_REQUIRED; unknown: UNKNOWN_DISTRICT',
  })
  @IsArray()
  @ArrayMaxSize(MAX_OPERATOR_DISTRICTS)
  @IsString({ each: true })
  @MaxLength(16, { each: true })
  districts: string[];
}

/** Grants districts to an existing account, named by id or e-mail (exactly one of the two). */
export class GrantOperatorDto extends DistrictsBody {
  @ApiPropertyOptional({ format: 'uuid', description: 'The account; or give email' })
  @Optional()
  @IsUUID()
  userId?: string;

  @ApiPropertyOptional({
    example: 'jyj@haigang.example.cn',
    description: 'The account; or give userId',
  })
  @Optional()
  @Transform(trimLower)
  @IsEmail()
  @MaxLength(254)
  email?: string;
}

/** Replaces an operator's districts. */
export class ChangeOperatorDto extends DistrictsBody {}

export class OperatorView {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty()
  email: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty({
    type: [String],
    description: 'Granted district codes, sorted; empty once the grant is revoked',
  })
  districts: string[];

  @ApiProperty({ description: 'The account is disabled (it cannot log in)' })
  disabled: boolean;
}
