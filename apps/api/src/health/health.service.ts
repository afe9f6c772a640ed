import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import type { Meilisearch } from 'meilisearch';
import type { DataSource } from 'typeorm';
import { MEILISEARCH, REDIS } from '@app/shared';

export interface DependencyCheck {
  status: 'up' | 'down';
  latencyMs: number;
  error?: string;
}

export interface Readiness {
  /** ok: all up; degraded: PostgreSQL up, something else down (requests still succeed); down: no PostgreSQL. */
  status: 'ok' | 'degraded' | 'down';
  checks: { postgres: DependencyCheck; redis: DependencyCheck; meilisearch: DependencyCheck };
}

const TIMEOUT_MS = 1500;

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(MEILISEARCH) private readonly meili: Meilisearch,
  ) {}

  async readiness(): Promise<Readiness> {
    const [postgres, redis, meilisearch] = await Promise.all([
      check(() => this.dataSource.query('SELECT 1')),
      check(() => this.redis.ping()),
      check(() => this.meili.health()),
    ]);
    const othersDown = [redis, meilisearch].some((c) => c.status === 'down');
    const status = postgres.status === 'down' ? 'down' : othersDown ? 'degraded' : 'ok';
    return { status, checks: { postgres, redis, meilisearch } };
  }
}

async function check(probe: () => Promise<unknown>): Promise<DependencyCheck> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)),
          TIMEOUT_MS,
        );
      }),
    ]);
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    const latencyMs = Math.round(performance.now() - started);
    return { status: 'down', latencyMs, error: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}
