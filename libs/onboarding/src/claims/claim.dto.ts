import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, IsUUID, Length, MaxLength, MinLength } from 'class-validator';
import { IsNotCommonPassword, PASSWORD_MIN_LENGTH } from '@app/identity';
import { Optional } from '@app/shared';

const trimLower = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class SendClaimDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'An imported expert profile' })
  @Optional()
  @IsUUID()
  expertId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'An imported enterprise or college' })
  @Optional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({
    example: 'li.gong@example.cn',
    description:
      "Where to send the link; an expert's default is the contact address of the profile, an organisation has none",
  })
  @Optional()
  @Transform(trimLower)
  @IsEmail()
  @MaxLength(254)
  email?: string;
}

export class ClaimTokenDto {
  @ApiProperty({ description: 'The `token` parameter of the link in the email' })
  @IsString()
  @MaxLength(200)
  token: string;
}

export class AcceptClaimDto extends ClaimTokenDto {
  @ApiPropertyOptional({
    example: '李工',
    description: 'Needed when the address has no account yet (one is made)',
  })
  @Optional()
  @Transform(trim)
  @IsString()
  @Length(1, 50)
  displayName?: string;

  @ApiPropertyOptional({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: 128,
    description: 'Needed when the address has no account yet; same policy as at sign-up',
  })
  @Optional()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(128)
  @IsNotCommonPassword()
  password?: string;
}

export class ClaimSentView {
  @ApiProperty({ enum: ['expert', 'organization'] }) subjectType: 'expert' | 'organization';
  @ApiProperty() subjectId: string;
  @ApiProperty({ description: 'The address the link went to' }) email: string;
}

export class ImportClaimsSkippedView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['ALREADY_CLAIMED', 'NO_ADDRESS'] }) reason:
    'ALREADY_CLAIMED' | 'NO_ADDRESS';
}

export class ImportClaimsView {
  @ApiProperty({ description: 'Links sent (a profile sent one before gets a new one)' })
  sent: number;
  @ApiProperty({ type: [ImportClaimsSkippedView] }) skipped: ImportClaimsSkippedView[];
}

export class ClaimPreviewView {
  @ApiProperty({ enum: ['expert', 'organization'] }) subjectType: 'expert' | 'organization';
  @ApiProperty({ example: '李建国' }) profileName: string;
  @ApiProperty() email: string;
  @ApiProperty({
    description:
      'true: the address has an account, which the profile joins; false: displayName and password make one',
  })
  accountExists: boolean;
}
