import type { Role } from '@app/shared';
import type { User } from '../entities/user.entity';
import type { Locale } from '../entities/user.types';

/** An account as other contexts read it: never the password hash. */
export interface UserRecord {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly locale: Locale;
  readonly disabledAt: Date | null;
}

export function toUserRecord(u: User): UserRecord {
  return {
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    role: u.role,
    locale: u.locale,
    disabledAt: u.disabledAt,
  };
}
