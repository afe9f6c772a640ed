import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { AuthService, normalizeDistricts, OperatorGrantsService } from '@app/identity';
import { DomainError, Role } from '@app/shared';

export interface CreateOperatorOptions {
  email: string;
  districts: string[];
  name?: string;
  password?: string;
}

/**
 * Creates a district operator account (ADR 0016) with its districts, like `admin:create`; the
 * grant is audited with no actor (the system). An existing account is left alone: the platform
 * admin grants existing accounts through POST /api/v1/admin/operators.
 */
export async function createOperator(
  app: INestApplicationContext,
  options: CreateOperatorOptions,
): Promise<void> {
  const districts = normalizeDistricts(
    options.districts
      .flatMap((d) => d.split(','))
      .map((d) => d.trim())
      .filter(Boolean),
  );
  const password = options.password ?? randomBytes(12).toString('base64url');
  let userId: string;
  try {
    const user = await app.get(AuthService).createUser({
      email: options.email,
      password,
      displayName: options.name ?? '区县教育局',
      role: Role.Operator,
      locale: 'zh-CN',
    });
    userId = user.id;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'EMAIL_TAKEN') {
      console.log(
        `An account ${options.email} already exists; nothing changed (grant it with POST /api/v1/admin/operators)`,
      );
      return;
    }
    throw error;
  }
  await app.get(OperatorGrantsService).change(null, userId, districts);
  console.log(
    `Created district operator ${options.email} for ${districts.join(', ')}${options.password ? '' : ` with password ${password}`}`,
  );
}
