import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In, type SelectQueryBuilder } from 'typeorm';
import { type AuthUser, DomainError, type Page, pageOf } from '@app/shared';
import type { ListDeliveriesQuery } from './dto/webhook.dto';
import { toDeliveryView, type WebhookDeliveryView } from './dto/webhook.view';
import { canSee, WebhookAccess } from './webhook-access';
import { WebhookDeliveryAttempt } from './webhook-delivery-attempt.entity';
import { WebhookDelivery, WebhookDeliveryStatus } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { WebhookOutbox } from './webhook-outbox.service';

const REPLAYABLE = [WebhookDeliveryStatus.Failed, WebhookDeliveryStatus.Dead];

/** The delivery log, the dead-letter list and replays. */
@Injectable()
export class WebhookDeliveries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: WebhookAccess,
    private readonly outbox: WebhookOutbox,
  ) {}

  /** One endpoint's deliveries, newest first, each with its tries. */
  async forEndpoint(
    actor: AuthUser,
    endpointId: string,
    query: ListDeliveriesQuery,
  ): Promise<Page<WebhookDeliveryView>> {
    const endpoint = await this.dataSource.manager.findOneBy(WebhookEndpoint, { id: endpointId });
    await this.access.visibleEndpoint(actor, endpoint, true);
    const qb = this.query().where('d.endpoint_id = :endpointId', { endpointId });
    return this.page(qb, query);
  }

  /**
   * Deliveries across endpoints: every organisation's for admins, the caller's own otherwise.
   * `?status=dead` is the dead-letter list.
   */
  async list(actor: AuthUser, query: ListDeliveriesQuery): Promise<Page<WebhookDeliveryView>> {
    const scope = await this.access.scopeOf(actor);
    const qb = this.query();
    if (!scope.all) {
      if (!scope.organizationId) return pageOf([], 0, query);
      qb.where('e.organization_id = :org', { org: scope.organizationId });
    }
    return this.page(qb, query);
  }

  async get(actor: AuthUser, id: string): Promise<WebhookDeliveryView> {
    const delivery = await this.query().where('d.id = :id', { id }).getOne();
    const scope = await this.access.scopeOf(actor);
    if (!delivery?.endpoint || !canSee(scope, delivery.endpoint.organizationId, true)) {
      throw DomainError.notFound('Webhook delivery');
    }
    return (await this.views([delivery]))[0];
  }

  /** For a caller already allowed to see it. */
  async view(id: string): Promise<WebhookDeliveryView> {
    const delivery = await this.query().where('d.id = :id', { id }).getOneOrFail();
    return (await this.views([delivery]))[0];
  }

  /**
   * Starts a fresh series of tries for a failed or dead delivery (its owner or an admin). The
   * body and webhook-id stay the same, so receivers that already saw it can tell.
   */
  async replay(actor: AuthUser, id: string): Promise<WebhookDeliveryView> {
    const queued = await this.dataSource.transaction(async (m) => {
      const delivery = await m.findOne(WebhookDelivery, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      const endpoint = delivery
        ? await m.findOneBy(WebhookEndpoint, { id: delivery.endpointId })
        : null;
      const scope = await this.access.scopeOf(actor, m);
      if (!delivery || !endpoint || !canSee(scope, endpoint.organizationId, true)) {
        throw DomainError.notFound('Webhook delivery');
      }
      if (!REPLAYABLE.includes(delivery.status)) {
        throw DomainError.conflict(
          'WEBHOOK_DELIVERY_NOT_REPLAYABLE',
          `A ${delivery.status} delivery cannot be replayed; only failed and dead ones can`,
        );
      }
      if (!endpoint.enabled) {
        throw DomainError.conflict(
          'WEBHOOK_DISABLED',
          'This webhook is disabled; enable it before replaying',
        );
      }
      delivery.status = WebhookDeliveryStatus.Pending;
      delivery.replays += 1;
      delivery.nextAttemptAt = null;
      await m.save(delivery);
      return { id: delivery.id, replays: delivery.replays };
    });
    // The older series' job, if still scheduled, sees a newer series and does nothing.
    await this.outbox.dispatch([queued.id]);
    return this.view(id);
  }

  private query(): SelectQueryBuilder<WebhookDelivery> {
    return this.dataSource
      .getRepository(WebhookDelivery)
      .createQueryBuilder('d')
      .innerJoinAndSelect('d.endpoint', 'e');
  }

  private async page(
    qb: SelectQueryBuilder<WebhookDelivery>,
    query: ListDeliveriesQuery,
  ): Promise<Page<WebhookDeliveryView>> {
    if (query.status) qb.andWhere('d.status = :status', { status: query.status });
    const [rows, total] = await qb
      .orderBy('d.createdAt', 'DESC')
      .addOrderBy('d.id', 'ASC')
      .skip(query.offset)
      .take(query.pageSize)
      .getManyAndCount();
    return pageOf(await this.views(rows), total, query);
  }

  private async views(rows: WebhookDelivery[]): Promise<WebhookDeliveryView[]> {
    if (rows.length === 0) return [];
    const attempts = await this.dataSource.manager.find(WebhookDeliveryAttempt, {
      where: { deliveryId: In(rows.map((r) => r.id)) },
      order: { deliveryId: 'ASC', attempt: 'ASC' },
    });
    const byDelivery = new Map<string, WebhookDeliveryAttempt[]>();
    for (const a of attempts) {
      const list = byDelivery.get(a.deliveryId) ?? [];
      list.push(a);
      byDelivery.set(a.deliveryId, list);
    }
    return rows.map((d) => toDeliveryView(d, byDelivery.get(d.id) ?? []));
  }
}
