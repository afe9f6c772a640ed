import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Demand, DemandStatus } from '@app/demands';
import { DemandMatcher, type MatchCandidate } from '@app/matching';
import { SavedSearchAlerts } from '@app/search';
import { APP_CONFIG, type AppConfig, type DomainEventMessage } from '@app/shared';
import { NotificationKinds as K } from '../notification-kinds';
import type { Audience } from './audience';
import { renderMessage } from './messages';
import { Recipients } from './recipients';

/** Below this a candidate is a weak match: telling them would be noise. */
const MIN_MATCH_SCORE = 0.3;

/** Thrown while the new demand is not searchable yet: the job is retried shortly. */
export class NotIndexedYet extends Error {}

/** Indexing usually takes a few hundred ms: waiting here beats a failed job and its backoff. */
const INDEX_WAIT_MS = 5_000;
const INDEX_POLL_MS = 50;

/**
 * A published demand → its best-matched experts and colleges (matching engine, unavailable
 * experts left out) and the owners of saved searches it satisfies.
 */
@Injectable()
export class DemandAudiences {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly matcher: DemandMatcher,
    private readonly alerts: SavedSearchAlerts,
    private readonly recipients: Recipients,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async published(event: DomainEventMessage): Promise<Audience[]> {
    const demand = await this.dataSource.getRepository(Demand).findOneBy({ id: event.aggregateId });
    if (!demand || demand.status !== DemandStatus.Open) return [];
    // Alerts ask Meilisearch about this very document, so it must be indexed first.
    await this.waitUntilIndexed(demand.id, event.aggregateVersion);
    const owners = new Set(await this.recipients.membersOf([demand.organizationId]));
    const orgName =
      (await this.recipients.organizationNames([demand.organizationId])).get(
        demand.organizationId,
      ) ?? '';
    return [
      ...(await this.matched(event, demand, orgName, owners)),
      ...(await this.savedSearchAlerts(event, demand, orgName, owners)),
    ];
  }

  private async waitUntilIndexed(id: string, version: number): Promise<void> {
    const deadline = Date.now() + INDEX_WAIT_MS;
    while (!(await this.alerts.isIndexed('demands', id, version))) {
      if (Date.now() > deadline)
        throw new NotIndexedYet(`demand ${id} v${version} is not indexed yet`);
      await new Promise((resolve) => setTimeout(resolve, INDEX_POLL_MS));
    }
  }

  private async matched(
    event: DomainEventMessage,
    demand: Demand,
    orgName: string,
    owners: Set<string>,
  ): Promise<Audience[]> {
    const limit = this.config.NOTIFY_MATCH_LIMIT;
    if (limit === 0) return [];
    const good = (c: MatchCandidate) =>
      c.score >= MIN_MATCH_SCORE && c.profile.availability !== 'unavailable';
    const experts = (await this.matcher.rankFor(demand, 'expert', limit)).filter(good);
    const colleges = (await this.matcher.rankFor(demand, 'college', limit)).filter(good);
    const expertUsers = await this.recipients.experts(experts.map((c) => c.id));
    const { title, body } = renderMessage(K.DemandMatched, {
      demandTitle: demand.title,
      organizationName: orgName,
    });
    const content = {
      kind: K.DemandMatched,
      title,
      body,
      link: { type: 'demand' as const, id: demand.id },
      data: { demandId: demand.id, kind: demand.kind, organizationId: demand.organizationId },
      sourceEventId: event.eventId,
      occurredAt: event.occurredAt,
    };
    const userIds = [
      ...experts.map((c) => expertUsers.get(c.id)?.userId).filter((u): u is string => !!u),
      ...(await this.recipients.membersOf(colleges.map((c) => c.id))),
    ].filter((u) => !owners.has(u));
    return [
      {
        dedupeKey: `${K.DemandMatched}:${event.eventId}`,
        userIds: [...new Set(userIds)],
        organizationIds: colleges.map((c) => c.id),
        content,
      },
    ];
  }

  private async savedSearchAlerts(
    event: DomainEventMessage,
    demand: Demand,
    orgName: string,
    owners: Set<string>,
  ): Promise<Audience[]> {
    const hits = (await this.alerts.matching('demands', demand.id)).filter(
      (h) => !owners.has(h.userId),
    );
    return hits.map((hit) => {
      const { title, body } = renderMessage(K.SavedSearchAlert, {
        demandTitle: demand.title,
        organizationName: orgName,
        savedSearchName: hit.name,
      });
      return {
        // Per saved search and demand: a user with two matching searches gets two alerts.
        dedupeKey: `${K.SavedSearchAlert}:${hit.savedSearchId}:${demand.id}`,
        userIds: [hit.userId],
        organizationIds: [],
        content: {
          kind: K.SavedSearchAlert,
          title,
          body,
          link: { type: 'demand', id: demand.id },
          data: { demandId: demand.id, savedSearchId: hit.savedSearchId },
          sourceEventId: event.eventId,
          occurredAt: event.occurredAt,
        },
      };
    });
  }
}
