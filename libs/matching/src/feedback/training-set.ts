import type { DataSource } from 'typeorm';
import { type FeedbackLabel, labelOf } from './labels';

/** A shown candidate with what followed. */
export interface FeedbackRow {
  subjectKind: string;
  candidateKind: string;
  /** At the latest showing. */
  position: number;
  score: number;
  features: Record<string, number>;
  /** Showings at positions 1–5. */
  top5Count: number;
  label: FeedbackLabel;
}

interface OutcomeRow {
  subject_kind: string;
  candidate_kind: string;
  position: number;
  score: number;
  features: Record<string, number>;
  top5_count: number;
  first_top5_at: Date | null;
  connections: number;
  connected: boolean;
  declined_not_a_fit: boolean;
  invited: boolean;
}

/**
 * Every impression with the connections of its (demand, expert or college) pair folded into
 * the facts labels.ts needs. Grouped by the impression's primary key, so its other columns
 * may be selected as they are.
 */
const OUTCOMES_SQL = `
  SELECT i.subject_kind, i.candidate_kind, i.position, i.score, i.features,
         i.top5_count, i.first_top5_at,
         count(c.id)::int AS connections,
         coalesce(bool_or(c.status = 'connected'), false) AS connected,
         coalesce(bool_or(c.status = 'declined' AND c.decline_reason = 'not_a_fit'), false)
           AS declined_not_a_fit,
         coalesce(bool_or(c.initiated_by = 'owner'), false) AS invited
    FROM match_impressions i
    LEFT JOIN connections c
      ON c.demand_id = i.demand_id
     AND (c.expert_id = i.expert_id OR c.candidate_organization_id = i.organization_id)
   GROUP BY i.subject_id, i.candidate_kind, i.candidate_id`;

/** Reads the recorded impressions and labels them (neutral ones included). */
export async function loadFeedback(
  dataSource: DataSource,
  now: Date = new Date(),
): Promise<FeedbackRow[]> {
  const rows: OutcomeRow[] = await dataSource.query(OUTCOMES_SQL);
  return rows.map((r) => ({
    subjectKind: r.subject_kind,
    candidateKind: r.candidate_kind,
    position: r.position,
    score: r.score,
    features: r.features,
    top5Count: r.top5_count,
    label: labelOf(
      {
        connections: r.connections,
        connected: r.connected,
        declinedNotAFit: r.declined_not_a_fit,
        invited: r.invited,
        top5Count: r.top5_count,
        firstTop5At: r.first_top5_at,
      },
      now,
    ),
  }));
}
