import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  assertOrganizationRole,
  OrganizationDirectory,
  OrganizationRole,
} from '@app/organizations';
import { type AuthUser, DomainError, isAdmin } from '@app/shared';
import type { WebhookEndpoint } from './webhook-endpoint.entity';

/** Whose webhooks a caller may see: every organisation's (admins), one's own, or none. */
export type WebhookScope = { all: true } | { all: false; organizationId: string | null };

/**
 * Owners of an organisation manage its endpoints and read their deliveries (its managers and
 * members get 403 ORGANIZATION_ROLE_REQUIRED); admins read all
 * and may replay. To anyone else another organisation's endpoints and deliveries do not exist.
 */
@Injectable()
export class WebhookAccess {
  constructor(private readonly directory: OrganizationDirectory) {}

  async scopeOf(actor: AuthUser, m?: EntityManager): Promise<WebhookScope> {
    if (isAdmin(actor)) return { all: true };
    const membership = await this.directory.membershipOf(actor.id, m);
    if (membership) assertOrganizationRole(membership, OrganizationRole.Owner);
    return { all: false, organizationId: membership?.organizationId ?? null };
  }

  /** The caller's own organisation must be `organizationId` (admins may read: `forRead`). */
  async assertOrganization(
    actor: AuthUser,
    organizationId: string,
    forRead: boolean,
    m?: EntityManager,
  ): Promise<void> {
    const scope = await this.scopeOf(actor, m);
    if (!canSee(scope, organizationId, forRead)) throw DomainError.notFound('Organization');
  }

  /** The endpoint, if the caller may see it (forRead) or change it; otherwise a 404. */
  async visibleEndpoint(
    actor: AuthUser,
    endpoint: WebhookEndpoint | null,
    forRead: boolean,
    m?: EntityManager,
  ): Promise<WebhookEndpoint> {
    if (endpoint && canSee(await this.scopeOf(actor, m), endpoint.organizationId, forRead)) {
      return endpoint;
    }
    throw DomainError.notFound('Webhook');
  }
}

export function canSee(scope: WebhookScope, organizationId: string, forRead: boolean): boolean {
  if (scope.all) return forRead;
  return scope.organizationId === organizationId;
}
