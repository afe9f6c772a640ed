import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsString, IsUUID, Length, MaxLength, MinLength } from 'class-validator';
import { AuthResultDto, IsNotCommonPassword, PASSWORD_MIN_LENGTH } from '@app/identity';
import { Optional } from '@app/shared';
import { ORGANIZATION_ROLES, OrganizationRole } from '../team/organization-roles';

const trimLower = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class InviteColleagueDto {
  @ApiProperty({ example: 'li.na@yaohua-glass.example.cn' })
  @Transform(trimLower)
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({
    enum: ORGANIZATION_ROLES,
    description: 'Managers invite members and managers; only an owner invites an owner',
  })
  @IsIn(ORGANIZATION_ROLES)
  role: OrganizationRole;
}

export class ChangeRoleDto {
  @ApiProperty({ enum: ORGANIZATION_ROLES })
  @IsIn(ORGANIZATION_ROLES)
  role: OrganizationRole;
}

export class TransferOwnershipDto {
  @ApiProperty({ description: 'A member of the organisation; they become owner, you manager' })
  @IsUUID()
  userId: string;
}

export class InvitationTokenDto {
  @ApiProperty({ description: 'The `token` parameter of the /join link in the email' })
  @IsString()
  @MaxLength(200)
  token: string;
}

/** Accepting: an invitee without an account also chooses a name and a password. */
export class AcceptInvitationDto extends InvitationTokenDto {
  @ApiPropertyOptional({
    example: '李娜',
    description: 'Required when no account has the invited address',
  })
  @Optional()
  @Transform(trim)
  @IsString()
  @Length(1, 50)
  displayName?: string;

  @ApiPropertyOptional({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: 128,
    description:
      'Required when no account has the invited address (same policy as sign-up; common passwords are refused)',
  })
  @Optional()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(128)
  @IsNotCommonPassword()
  password?: string;
}

export class TeamMemberView {
  @ApiProperty() userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ORGANIZATION_ROLES }) role: OrganizationRole;
  @ApiProperty() joinedAt: Date;
}

export class InvitationView {
  @ApiProperty() id: string;
  @ApiProperty() organizationId: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: ORGANIZATION_ROLES }) role: OrganizationRole;
  @ApiProperty({ nullable: true, type: String }) invitedBy: string | null;
  @ApiProperty() expiresAt: Date;
  @ApiProperty() createdAt: Date;
}

/** What the /join page shows before accepting. */
export class InvitationPreviewView {
  @ApiProperty() organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty({ enum: ['enterprise', 'college'] }) organizationKind: string;
  @ApiProperty({ enum: ORGANIZATION_ROLES }) role: OrganizationRole;
  @ApiProperty() inviterName: string;
  @ApiProperty() email: string;
  @ApiProperty({
    description:
      'Whether an account has this address: if not, accepting needs displayName and password',
  })
  accountExists: boolean;
  @ApiProperty() expiresAt: Date;
}

export class AcceptedInvitationView {
  @ApiProperty() organizationId: string;
  @ApiProperty({ enum: ORGANIZATION_ROLES }) role: OrganizationRole;
  @ApiProperty({ description: 'True when accepting created the account' })
  accountCreated: boolean;
  @ApiProperty({
    type: AuthResultDto,
    nullable: true,
    description: 'A new account is logged in (tokens and user, as after a login); else null',
  })
  auth: AuthResultDto | null;
}
