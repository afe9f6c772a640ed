import type { Redis } from 'ioredis';
import type { Meilisearch } from 'meilisearch';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '@app/shared';
import { MetricsRegistry } from '../metrics-registry';
import { OperationsMetrics } from './operations-metrics';

/** Fakes of the three dependencies; Redis is "reconnecting", so no BullMQ queue is ever opened. */
function setUp(options: { postgresDown?: boolean; meiliDown?: boolean } = {}) {
  const queries: string[] = [];
  const dataSource = {
    transaction: async <T>(work: (m: EntityManager) => Promise<T>) =>
      work({
        query: async (sql: string) => {
          queries.push(sql);
          if (options.postgresDown) throw new Error('connect ECONNREFUSED');
          if (sql.includes('statement_timeout')) return [];
          if (sql.includes('outbox_events')) return [{ unpublished: 4, oldest_age_seconds: 12.5 }];
          return [
            { channel: 'email', status: 'sent', count: 5 },
            { channel: 'webhook', status: 'dead', count: 2 },
          ];
        },
      } as unknown as EntityManager),
  } as unknown as DataSource;
  const getTasks = jest.fn(async () => {
    if (options.meiliDown) throw new Error('fetch failed');
    return { total: 3, results: [{ enqueuedAt: new Date(Date.now() - 5000).toISOString() }] };
  });
  const meili = { tasks: { getTasks } } as unknown as Meilisearch;
  const redis = { status: 'reconnecting' } as unknown as Redis;
  const config = { MEILI_INDEX_PREFIX: 'p', QUEUE_PREFIX: 'p' } as AppConfig;
  const metrics = new MetricsRegistry();
  const operations = new OperationsMetrics(metrics, dataSource, redis, meili, config);
  const scrape = () => metrics.metrics();
  const data = () => queries.filter((q) => !q.includes('statement_timeout'));
  return { scrape, data, getTasks, operations };
}

describe('OperationsMetrics', () => {
  it('gathers once per scrape for every gauge, and reports what is up', async () => {
    const { scrape, data, getTasks } = setUp();
    const text = await scrape();
    expect(getTasks).toHaveBeenCalledTimes(1);
    expect(getTasks).toHaveBeenCalledWith(
      expect.objectContaining({
        statuses: ['enqueued', 'processing'],
        indexUids: [
          'p_demands',
          'p_experts',
          'p_colleges',
          'p_enterprises',
          'p_offers',
          'p_projects',
        ],
        reverse: true,
        limit: 1,
      }),
    );
    expect(data()).toHaveLength(2); // outbox lag, delivery counts
    expect(text).toContain('chanjiao_outbox_unpublished_events 4');
    expect(text).toContain('chanjiao_outbox_oldest_unpublished_age_seconds 12.5');
    expect(text).toContain('chanjiao_search_tasks_pending 3');
    // About 5 s; exactly 5 when no millisecond passed in between (printed without decimals).
    expect(text).toMatch(/^chanjiao_search_oldest_pending_task_age_seconds [45](\.\d+)?$/m);
    expect(text).toContain(
      'chanjiao_notification_deliveries{channel="email",outcome="delivered"} 5',
    );
    expect(text).toContain('chanjiao_notification_deliveries{channel="webhook",outcome="dead"} 2');
    expect(text).toContain('chanjiao_dependency_up{dependency="postgres"} 1');
    expect(text).toContain('chanjiao_dependency_up{dependency="meilisearch"} 1');
    // Redis is reconnecting: not asked, reported down, its gauges absent.
    expect(text).toContain('chanjiao_dependency_up{dependency="redis"} 0');
    expect(text).not.toMatch(/^chanjiao_queue_jobs\{/m);

    // The delivery counts are reused for a minute; the rest is read again.
    await scrape();
    expect(data()).toHaveLength(3);
    expect(getTasks).toHaveBeenCalledTimes(2);
  });

  it('concurrent scrapes share one gathering', async () => {
    const { scrape, getTasks } = setUp();
    await Promise.all([scrape(), scrape(), scrape()]);
    expect(getTasks).toHaveBeenCalledTimes(1);
  });

  it('leaves out the gauges of a dependency that is down instead of reporting 0', async () => {
    const { scrape } = setUp({ postgresDown: true, meiliDown: true });
    const text = await scrape();
    expect(text).toContain('chanjiao_dependency_up{dependency="postgres"} 0');
    expect(text).toContain('chanjiao_dependency_up{dependency="meilisearch"} 0');
    expect(text).not.toMatch(/^chanjiao_outbox_unpublished_events /m);
    expect(text).not.toMatch(/^chanjiao_search_tasks_pending /m);
    expect(text).not.toMatch(/^chanjiao_notification_deliveries\{/m);
  });
});
