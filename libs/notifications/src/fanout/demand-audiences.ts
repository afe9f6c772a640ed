import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DemandReader, type DemandRecord, DemandStatus } from '@app/demands';
import { DemandMatcher, type MatchCandidate, matchKindsFor } from '@app/matching';
import { SavedSearchAlerts, searchIndexedJobId } from '@app/search';
import { APP_CONFIG, type AppConfig, type DomainEventMessage, Queues } from '@app/shared';
import { NotificationKinds as K } from '../notification-kinds';
import type { Audience } from './audience';
import { renderMessage } from './messages';
import { Recipients } from './recipients';

/** Below this a candidate is a weak match: telling them would be noise. */
const MIN_MATCH_SCORE = 0.3;

/** What a demand's audiences need to know about it and its owners. */
interface Published {
  event: DomainEventMessage;
  demand: DemandRecord;
  organizationName: string;
  /** Its enterprise's members: never told about their own demand. */
  owners: Set<string>;
}

/** Audiences of a published demand, and whether they cover all of its event. */
export interface DemandPlan {
  audiences: Audience[];
  /** False while the saved-search alerts wait for the search indexer's "indexed" signal. */
  complete: boolean;
}

/**
 * A published demand → its best-matched experts and colleges (enterprises, for a college need; ranked at once, from PostgreSQL and
 * the experts/colleges indexes) and, once the search indexer signals that Meilisearch shows the
 * demand, the owners of saved searches it satisfies (ADR 0008). Nothing here waits for indexing.
 */
@Injectable()
export class DemandAudiences {
  constructor(
    private readonly demands: DemandReader,
    @InjectQueue(Queues.Notifications) private readonly notifications: Queue,
    private readonly matcher: DemandMatcher,
    private readonly alerts: SavedSearchAlerts,
    private readonly recipients: Recipients,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `demand.published`: the matched audience; the alerts too if their signal was lost. */
  async published(event: DomainEventMessage): Promise<DemandPlan> {
    const published = await this.load(event);
    if (!published) return { audiences: [], complete: true };
    const matched = await this.matched(published);
    const alerts = (await this.signalLost(published))
      ? await this.savedSearchAlerts(published)
      : null;
    return { audiences: [...matched, ...(alerts ?? [])], complete: alerts !== null };
  }

  /** The search indexer's signal: Meilisearch shows the demand, so saved searches can be asked. */
  async indexed(event: DomainEventMessage): Promise<Audience[]> {
    const published = await this.load(event);
    return published ? this.savedSearchAlerts(published) : [];
  }

  private async load(event: DomainEventMessage): Promise<Published | null> {
    const demand = await this.demands.byId(event.aggregateId);
    if (!demand || demand.status !== DemandStatus.Open) return null;
    const [owners, names] = await Promise.all([
      this.recipients.membersOf([demand.organizationId]),
      this.recipients.organizationNames([demand.organizationId]),
    ]);
    return {
      event,
      demand,
      organizationName: names.get(demand.organizationId) ?? '',
      owners: new Set(owners),
    };
  }

  /**
   * Normally the "indexed" signal runs the alerts. After a Redis data loss the relay replays this
   * event, but a signal that was queued is gone for good: then the demand is indexed already and
   * no signal job exists, and the alerts are run here (their keys make a duplicate harmless).
   */
  private async signalLost({ event, demand }: Published): Promise<boolean> {
    if (await this.notifications.getJob(searchIndexedJobId(event.eventId))) return false;
    return this.alerts.isIndexed('demands', demand.id, event.aggregateVersion);
  }

  private async matched({
    event,
    demand,
    organizationName,
    owners,
  }: Published): Promise<Audience[]> {
    const limit = this.config.NOTIFY_MATCH_LIMIT;
    if (limit === 0) return [];
    const good = (c: MatchCandidate) =>
      c.score >= MIN_MATCH_SCORE && c.profile.availability !== 'unavailable';
    // Experts and organizations for an enterprise's demand; experts and enterprises for a college's need.
    const organizationKind = matchKindsFor(demand.kind).includes('enterprise')
      ? 'enterprise'
      : 'college';
    const [experts, organizations] = await Promise.all([
      this.matcher.rankFor(demand, 'expert', limit).then((list) => list.filter(good)),
      this.matcher.rankFor(demand, organizationKind, limit).then((list) => list.filter(good)),
    ]);
    const [expertUsers, organizationMembers] = await Promise.all([
      this.recipients.experts(experts.map((c) => c.id)),
      this.recipients.membersOf(organizations.map((c) => c.id)),
    ]);
    const { title, body } = renderMessage(K.DemandMatched, {
      demandTitle: demand.title,
      organizationName,
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
      ...organizationMembers,
    ].filter((u) => !owners.has(u));
    return [
      {
        dedupeKey: `${K.DemandMatched}:${event.eventId}`,
        userIds: [...new Set(userIds)],
        organizationIds: organizations.map((c) => c.id),
        content,
      },
    ];
  }

  private async savedSearchAlerts({
    event,
    demand,
    organizationName,
    owners,
  }: Published): Promise<Audience[]> {
    const hits = (await this.alerts.matching('demands', demand.id)).filter(
      (h) => !owners.has(h.userId),
    );
    // One message per saved-search name, shared by every hit with that name (thousands of
    // recipients often share a few names), and one link: the inbox writer sends each once.
    const messages = new Map<string, ReturnType<typeof renderMessage>>();
    const messageFor = (savedSearchName: string) => {
      let message = messages.get(savedSearchName);
      if (!message) {
        message = renderMessage(K.SavedSearchAlert, {
          demandTitle: demand.title,
          organizationName,
          savedSearchName,
        });
        messages.set(savedSearchName, message);
      }
      return message;
    };
    const link = { type: 'demand', id: demand.id } as const;
    return hits.map((hit) => {
      const { title, body } = messageFor(hit.name);
      return {
        // Per saved search and demand: a user with two matching searches gets two alerts.
        dedupeKey: `${K.SavedSearchAlert}:${hit.savedSearchId}:${demand.id}`,
        userIds: [hit.userId],
        organizationIds: [],
        content: {
          kind: K.SavedSearchAlert,
          title,
          body,
          link,
          data: { demandId: demand.id, savedSearchId: hit.savedSearchId },
          sourceEventId: event.eventId,
          occurredAt: event.occurredAt,
        },
      };
    });
  }
}
