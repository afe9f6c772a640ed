import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  APP_CONFIG,
  type AppConfig,
  type AuthUser,
  definedOnly,
  DomainError,
  findPage,
  type Page,
  type PageQuery,
  serializeOn,
} from '@app/shared';
import type { CreateWebhookDto, UpdateWebhookDto } from './dto/webhook.dto';
import {
  toEndpointView,
  toEndpointWithSecretView,
  type WebhookDeliveryView,
  type WebhookEndpointView,
  type WebhookEndpointWithSecretView,
} from './dto/webhook.view';
import { newWebhookSecret } from './signing';
import { assertWebhookUrl } from './url-guard';
import { WebhookAccess } from './webhook-access';
import { WebhookDeliveries } from './webhook-deliveries.service';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { PING_EVENT, pingPayload } from './webhook-payload';
import { WebhookOutbox } from './webhook-outbox.service';

/** How many endpoints one organisation may register. */
export const MAX_WEBHOOKS_PER_ORGANIZATION = 10;

/** After a rotation the old secret signs too (a second signature) for this long. */
export const PREVIOUS_SECRET_TTL_MS = 24 * 3600_000;

/** An organisation's webhook endpoints: registration, changes, secret rotation, test pings. */
@Injectable()
export class WebhookEndpointsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: WebhookAccess,
    private readonly outbox: WebhookOutbox,
    private readonly deliveries: WebhookDeliveries,
  ) {}

  async create(
    actor: AuthUser,
    organizationId: string,
    input: CreateWebhookDto,
  ): Promise<WebhookEndpointWithSecretView> {
    await this.access.assertOrganization(actor, organizationId, false);
    // Resolving the host takes a network round trip: done before the transaction.
    await assertWebhookUrl(input.url, this.config.WEBHOOK_ALLOW_PRIVATE_URLS);
    return this.dataSource.transaction(async (m) => {
      // One registration at a time per organisation, so that concurrent ones cannot pass the
      // limit together.
      await serializeOn(m, `webhook-endpoints:${organizationId}`);
      const count = await m.countBy(WebhookEndpoint, { organizationId });
      if (count >= MAX_WEBHOOKS_PER_ORGANIZATION) {
        throw DomainError.conflict(
          'WEBHOOK_LIMIT',
          `An organisation may register at most ${MAX_WEBHOOKS_PER_ORGANIZATION} webhooks; delete one first`,
        );
      }
      const endpoint = m.create(WebhookEndpoint, {
        organizationId,
        url: input.url,
        description: input.description ?? '',
        eventTypes: input.eventTypes,
        secret: newWebhookSecret(),
        previousSecret: null,
        previousSecretExpiresAt: null,
        enabled: input.enabled ?? true,
        createdBy: actor.id,
        version: 1,
      });
      await m.save(endpoint);
      return toEndpointWithSecretView(endpoint);
    });
  }

  /** An organisation's endpoints, oldest first (members and admins). */
  async list(
    actor: AuthUser,
    organizationId: string,
    query: PageQuery,
  ): Promise<Page<WebhookEndpointView>> {
    await this.access.assertOrganization(actor, organizationId, true);
    const qb = this.dataSource
      .getRepository(WebhookEndpoint)
      .createQueryBuilder('e')
      .where('e.organization_id = :organizationId', { organizationId })
      .orderBy('e.createdAt', 'ASC')
      .addOrderBy('e.id', 'ASC');
    return findPage(qb, query, (e) => toEndpointView(e));
  }

  async get(actor: AuthUser, id: string): Promise<WebhookEndpointView> {
    const endpoint = await this.dataSource.manager.findOneBy(WebhookEndpoint, { id });
    return toEndpointView(await this.access.visibleEndpoint(actor, endpoint, true));
  }

  async update(actor: AuthUser, id: string, body: UpdateWebhookDto): Promise<WebhookEndpointView> {
    const changes = definedOnly(body);
    if (changes.url !== undefined) {
      // Ownership first: a stranger learns nothing about the URL (nor that the webhook exists).
      const current = await this.dataSource.manager.findOneBy(WebhookEndpoint, { id });
      await this.access.visibleEndpoint(actor, current, false);
      await assertWebhookUrl(changes.url, this.config.WEBHOOK_ALLOW_PRIVATE_URLS);
    }
    return this.dataSource.transaction(async (m) => {
      const endpoint = await this.lockOwn(m, actor, id);
      if (Object.keys(changes).length === 0) return toEndpointView(endpoint);
      Object.assign(endpoint, changes);
      endpoint.version += 1;
      await m.save(endpoint);
      return toEndpointView(endpoint);
    });
  }

  /** Deletes the endpoint and its delivery log; what is still queued for it finds nothing to do. */
  async remove(actor: AuthUser, id: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const endpoint = await this.lockOwn(m, actor, id);
      await m.delete(WebhookEndpoint, { id: endpoint.id });
    });
  }

  /**
   * A new secret, shown once. The old one keeps signing as a second signature for 24 hours, so
   * receivers can switch without dropping a delivery (Standard Webhooks allows several).
   */
  rotateSecret(actor: AuthUser, id: string): Promise<WebhookEndpointWithSecretView> {
    return this.dataSource.transaction(async (m) => {
      const endpoint = await this.lockOwn(m, actor, id);
      endpoint.previousSecret = endpoint.secret;
      endpoint.previousSecretExpiresAt = new Date(Date.now() + PREVIOUS_SECRET_TTL_MS);
      endpoint.secret = newWebhookSecret();
      endpoint.version += 1;
      await m.save(endpoint);
      return toEndpointWithSecretView(endpoint);
    });
  }

  /** Records a `ping` delivery to this endpoint (whatever it subscribes to) and queues it. */
  async test(actor: AuthUser, id: string): Promise<WebhookDeliveryView> {
    const [deliveryId] = await this.dataSource.transaction(async (m) => {
      const endpoint = await this.lockOwn(m, actor, id);
      if (!endpoint.enabled) {
        throw DomainError.conflict(
          'WEBHOOK_DISABLED',
          'This webhook is disabled; enable it before testing',
        );
      }
      return this.outbox.insert(m, [
        {
          endpoint_id: endpoint.id,
          idempotency_key: `${PING_EVENT}:${randomUUID()}:${endpoint.id}`,
          event_type: PING_EVENT,
          payload: pingPayload(endpoint.id, endpoint.organizationId),
        },
      ]);
    });
    await this.outbox.dispatch([deliveryId]);
    return this.deliveries.view(deliveryId);
  }

  /** Locks an endpoint of the caller's own organisation (admins do not change endpoints). */
  private async lockOwn(m: EntityManager, actor: AuthUser, id: string): Promise<WebhookEndpoint> {
    const endpoint = await m.findOne(WebhookEndpoint, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    return this.access.visibleEndpoint(actor, endpoint, false, m);
  }
}
