import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type AuthUser, isAdmin } from '@app/shared';
import { ImpressionCandidate, ImpressionSubject } from './match-impression.entity';

/** The public shape of a ranked candidate that is recorded (MatchCandidate fits it). */
export interface ShownCandidate {
  id: string;
  kind: 'expert' | 'college' | 'enterprise' | 'demand';
  score: number;
  explanation: { features: Readonly<Record<string, number | undefined>> };
}

/** Whose list it was. */
export interface ListSubject {
  kind: ImpressionSubject;
  id: string;
}

/** One row of the upsert, in the column order of UPSERT_SQL's unnest. */
export interface ImpressionRow {
  candidateKind: ImpressionCandidate;
  candidateId: string;
  demandId: string;
  expertId: string | null;
  organizationId: string | null;
  position: number;
  score: number;
  features: Record<string, number>;
  top5: boolean;
}

/** Positions 1–5: what a list's reader surely saw. */
export const TOP_SHOWN = 5;

/**
 * The rows to record for one shown list: positions from 1, a candidate once (its best place),
 * candidates of a kind the subject cannot be paired with left out, only finite feature values,
 * sorted by candidate so that concurrent upserts lock rows in one order (no deadlocks).
 */
export function impressionRows(
  subject: ListSubject,
  list: readonly ShownCandidate[],
): ImpressionRow[] {
  const rows = new Map<string, ImpressionRow>();
  list.forEach((c, index) => {
    const key = `${c.kind}:${c.id}`;
    if (rows.has(key)) return;
    const pair = pairOf(subject, c);
    if (!pair) return;
    const features: Record<string, number> = {};
    for (const [name, value] of Object.entries(c.explanation.features)) {
      if (typeof value === 'number' && Number.isFinite(value)) features[name] = value;
    }
    rows.set(key, {
      candidateKind: c.kind as ImpressionCandidate,
      candidateId: c.id,
      ...pair,
      position: index + 1,
      score: Number.isFinite(c.score) ? c.score : 0,
      features,
      top5: index < TOP_SHOWN,
    });
  });
  return [...rows.values()].sort(
    (a, b) =>
      a.candidateKind.localeCompare(b.candidateKind) || a.candidateId.localeCompare(b.candidateId),
  );
}

type Pair = Pick<ImpressionRow, 'demandId' | 'expertId' | 'organizationId'>;

function pairOf(subject: ListSubject, c: ShownCandidate): Pair | null {
  if (subject.kind === ImpressionSubject.Demand) {
    if (c.kind === 'expert') return { demandId: subject.id, expertId: c.id, organizationId: null };
    if (c.kind === 'college' || c.kind === 'enterprise')
      return { demandId: subject.id, expertId: null, organizationId: c.id };
    return null;
  }
  if (c.kind !== 'demand') return null;
  return subject.kind === ImpressionSubject.Expert
    ? { demandId: c.id, expertId: subject.id, organizationId: null }
    : { demandId: c.id, expertId: null, organizationId: subject.id };
}

/** One statement per answer, whatever the list's length: column arrays, unnested. */
const UPSERT_SQL = `
  INSERT INTO match_impressions AS i (
    subject_id, subject_kind, candidate_kind, candidate_id, demand_id, expert_id, organization_id,
    position, score, features, shown_count, top5_count, first_shown_at, last_shown_at,
    first_top5_at, last_viewer_id)
  SELECT $1, $2, r.candidate_kind, r.candidate_id, r.demand_id, r.expert_id, r.organization_id,
         r.position, r.score, r.features, 1, r.top5, now(), now(),
         CASE WHEN r.top5 = 1 THEN now() END, $3
    FROM unnest($4::match_candidate_kind[], $5::uuid[], $6::uuid[], $7::uuid[], $8::uuid[],
                $9::int[], $10::float8[], $11::jsonb[], $12::int[])
         AS r(candidate_kind, candidate_id, demand_id, expert_id, organization_id,
              position, score, features, top5)
  ON CONFLICT (subject_id, candidate_kind, candidate_id) DO UPDATE SET
    position = EXCLUDED.position,
    score = EXCLUDED.score,
    features = EXCLUDED.features,
    shown_count = i.shown_count + 1,
    top5_count = i.top5_count + EXCLUDED.top5_count,
    last_shown_at = EXCLUDED.last_shown_at,
    first_top5_at = COALESCE(i.first_top5_at, EXCLUDED.first_top5_at),
    last_viewer_id = EXCLUDED.last_viewer_id`;

export function upsertParameters(
  subject: ListSubject,
  viewerId: string,
  rows: readonly ImpressionRow[],
): unknown[] {
  return [
    subject.id,
    subject.kind,
    viewerId,
    rows.map((r) => r.candidateKind),
    rows.map((r) => r.candidateId),
    rows.map((r) => r.demandId),
    rows.map((r) => r.expertId),
    rows.map((r) => r.organizationId),
    rows.map((r) => r.position),
    rows.map((r) => r.score),
    rows.map((r) => JSON.stringify(r.features)),
    rows.map((r) => (r.top5 ? 1 : 0)),
  ];
}

/**
 * Records what a ranked list showed to whom (the feedback `npm run matching:fit` learns from).
 * Never fails the request: a failed write is a warning in the log and the list is answered.
 */
@Injectable()
export class ImpressionRecorder {
  private readonly logger = new Logger(ImpressionRecorder.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(
    viewer: AuthUser,
    subject: ListSubject,
    list: readonly ShownCandidate[],
  ): Promise<void> {
    // Admins inspect lists for the city; they are not the party choosing from them.
    if (isAdmin(viewer)) return;
    try {
      const rows = impressionRows(subject, list);
      if (rows.length === 0) return;
      await this.dataSource.query(UPSERT_SQL, upsertParameters(subject, viewer.id, rows));
    } catch (error) {
      this.logger.warn(
        `Could not record the ${list.length} candidates shown for ${subject.kind} ${subject.id}: ${
          error instanceof Error ? error.message : String(error)
        }`,
      );
    }
  }
}
