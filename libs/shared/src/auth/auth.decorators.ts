import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { AuthUser, Role } from './principal';

export const IS_PUBLIC_KEY = 'chanjiao:public';
export const ROLES_KEY = 'chanjiao:roles';

/** The route needs no token; a valid token, if sent, still identifies the caller. */
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);

/** Only these roles may call the route. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export interface RequestWithUser {
  user?: AuthUser;
}

/** The authenticated caller (undefined on a public route called without a token). */
export const CurrentUser = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): AuthUser | undefined =>
    ctx.switchToHttp().getRequest<RequestWithUser>().user,
);
