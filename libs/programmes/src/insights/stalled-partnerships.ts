import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, OutboxService } from '@app/shared';
import { localDate } from '../overdue-milestones';
import { partnershipStalled } from '../programme-events';
import { partnershipHealthSql } from './partnership-health.sql';

export interface StalledReport {
  today: string;
  /** Pairs newly found stalled (told now). */
  flagged: number;
  /** Pairs no longer stalled (a later stall is told again). */
  cleared: number;
}

interface FlaggedRow {
  stallId: string;
  enterpriseId: string;
  collegeId: string;
  score: number;
  daysSinceActivity: number;
  overdueMilestones: number;
  runningProjects: number;
}

/**
 * The daily check of partnership health (run by the maintenance queue's scheduler): each
 * enterprise–college pair found stalled and not yet told gets a `partnership_stalls` row and one
 * `partnership.stalled` event, in one transaction; pairs that recovered lose their row. Two
 * runs at once tell a pair once (the pair's unique index). The clock is an argument.
 */
@Injectable()
export class StalledPartnerships {
  private readonly logger = new Logger(StalledPartnerships.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async check(now: Date = new Date()): Promise<StalledReport> {
    const tz = this.config.NOTIFY_TIMEZONE;
    const today = localDate(now, tz);
    return this.dataSource.transaction(async (m) => {
      const [result] = (await m.query(
        `WITH health AS (${partnershipHealthSql('true')}),
         flagged AS (
           INSERT INTO partnership_stalls (enterprise_id, college_id, stalled_since)
           SELECT "enterpriseId", "collegeId", $1 FROM health WHERE stalled
           ON CONFLICT (enterprise_id, college_id) DO NOTHING
           RETURNING id, enterprise_id, college_id
         ),
         cleared AS (
           DELETE FROM partnership_stalls s
           WHERE NOT EXISTS (SELECT 1 FROM health h WHERE h.stalled
                             AND h."enterpriseId" = s.enterprise_id AND h."collegeId" = s.college_id)
           RETURNING s.id
         )
         SELECT json_agg(json_build_object(
                  'stallId', f.id, 'enterpriseId', f.enterprise_id, 'collegeId', f.college_id,
                  'score', h.score, 'daysSinceActivity', h."daysSinceActivity",
                  'overdueMilestones', h."overdueMilestones", 'runningProjects', h."runningProjects"))
                  FILTER (WHERE f.id IS NOT NULL) AS flagged,
                (SELECT count(*)::int FROM cleared) AS cleared
         FROM flagged f JOIN health h
           ON h."enterpriseId" = f.enterprise_id AND h."collegeId" = f.college_id`,
        [now, today, tz],
      )) as [{ flagged: FlaggedRow[] | null; cleared: number }];
      const flagged = result.flagged ?? [];
      const cleared = result.cleared;
      for (const row of flagged) await this.outbox.record(m, partnershipStalled(row));
      if (flagged.length > 0) {
        this.logger.log(`${flagged.length} partnership(s) found stalled on ${today}`);
      }
      return { today, flagged: flagged.length, cleared };
    });
  }
}
