import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { AuthService } from '@app/identity';
import { DomainError, Role } from '@app/shared';

export interface CreateAdminOptions {
  email: string;
  name?: string;
  password?: string;
}

/** Admins (the city's operators) exist only through this command, never through sign-up. */
export async function createAdmin(
  app: INestApplicationContext,
  options: CreateAdminOptions,
): Promise<void> {
  const password = options.password ?? randomBytes(12).toString('base64url');
  try {
    const user = await app.get(AuthService).createUser({
      email: options.email,
      password,
      displayName: options.name ?? '平台管理员',
      role: Role.Admin,
      locale: 'zh-CN',
    });
    console.log(
      `Created admin ${user.email}${options.password ? '' : ` with password ${password}`}`,
    );
  } catch (error) {
    if (error instanceof DomainError && error.code === 'EMAIL_TAKEN') {
      console.log(`An account ${options.email} already exists; nothing changed`);
      return;
    }
    throw error;
  }
}
