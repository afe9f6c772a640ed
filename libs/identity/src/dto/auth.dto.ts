import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsString, Length, MaxLength, MinLength } from 'class-validator';
import { Role, SELF_SERVICE_ROLES, Optional } from '@app/shared';
import type { Locale } from '../entities/user.entity';
import { IsNotCommonPassword, PASSWORD_MIN_LENGTH } from './password-policy';

const trimLower = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class RegisterDto {
  @ApiProperty({ example: 'hr@yaohua-glass.example.cn' })
  @Transform(trimLower)
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: 128,
    description: 'Common passwords are refused (PASSWORD_TOO_COMMON)',
  })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(128)
  @IsNotCommonPassword()
  password: string;

  @ApiProperty({ enum: SELF_SERVICE_ROLES, description: 'Admins are created with the CLI only' })
  @IsIn(SELF_SERVICE_ROLES)
  role: Role.Enterprise | Role.College | Role.Expert;

  @ApiProperty({ example: '张经理' })
  @Transform(trim)
  @IsString()
  @Length(1, 50)
  displayName: string;

  @ApiPropertyOptional({ enum: ['zh-CN', 'en'], default: 'zh-CN' })
  @Optional()
  @IsIn(['zh-CN', 'en'])
  locale?: Locale;
}

export class LoginDto {
  @ApiProperty()
  @Transform(trimLower)
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty()
  @IsString()
  @MaxLength(128)
  password: string;
}

export class RefreshDto {
  @ApiPropertyOptional({
    description: 'Required unless the request is in cookie mode (header X-Session-Mode: cookie)',
  })
  @Optional()
  @IsString()
  @MaxLength(200)
  refreshToken?: string;
}

export class ChangePasswordDto {
  @ApiProperty({ description: 'The password the account has now' })
  @IsString()
  @MaxLength(128)
  currentPassword: string;

  @ApiProperty({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: 128,
    description: 'Same policy as at sign-up; common passwords are refused (PASSWORD_TOO_COMMON)',
  })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(128)
  @IsNotCommonPassword()
  newPassword: string;
}

export class PasswordResetRequestDto {
  @ApiProperty({ example: 'hr@yaohua-glass.example.cn' })
  @Transform(trimLower)
  @IsEmail()
  @MaxLength(254)
  email: string;
}

export class PasswordResetRequestedDto {
  @ApiProperty({
    example: 'If an account uses this address, a reset link is on its way',
    description: 'The same for every address, with an account or not',
  })
  message: string;
}

export class PasswordResetConfirmDto {
  @ApiProperty({ description: 'The `token` parameter of the link in the email' })
  @IsString()
  @MaxLength(200)
  token: string;

  @ApiProperty({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: 128,
    description: 'Same policy as at sign-up; common passwords are refused (PASSWORD_TOO_COMMON)',
  })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(128)
  @IsNotCommonPassword()
  newPassword: string;
}

/** The answer to a request that emails someone, the same whoever has the address. */
export class EmailSentDto {
  @ApiProperty({ example: 'Check your inbox: we sent you a link' })
  message: string;
}

export class LinkTokenDto {
  @ApiProperty({ description: 'The `token` parameter of the link in the email' })
  @IsString()
  @MaxLength(200)
  token: string;
}

export class ResendVerificationDto extends PasswordResetRequestDto {}

export class ChangeEmailDto {
  @ApiProperty({
    example: 'new-hr@yaohua-glass.example.cn',
    description: 'Gets the confirmation link',
  })
  @Transform(trimLower)
  @IsEmail()
  @MaxLength(254)
  newEmail: string;

  @ApiProperty({ description: 'The password the account has now' })
  @IsString()
  @MaxLength(128)
  currentPassword: string;
}

export class TokenPairDto {
  @ApiProperty() accessToken: string;
  @ApiProperty({
    description:
      'Absent in cookie mode (X-Session-Mode: cookie): the browser keeps it in an HttpOnly cookie',
  })
  refreshToken: string;
  @ApiProperty({ example: 'Bearer' }) tokenType: 'Bearer';
  @ApiProperty({ description: 'Access token lifetime in seconds' }) expiresIn: number;
}

export class UserDto {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: Role }) role: Role;
  @ApiProperty({ enum: ['zh-CN', 'en'] }) locale: Locale;
  @ApiProperty() createdAt: Date;
}

export class AuthResultDto extends TokenPairDto {
  @ApiProperty({ type: UserDto }) user: UserDto;
}
