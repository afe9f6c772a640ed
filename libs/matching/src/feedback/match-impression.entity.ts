import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/**
 * Whose ranked list it was: a demand's matches, or an expert's / a college's / an enterprise's
 * recommendations.
 */
export enum ImpressionSubject {
  Demand = 'demand',
  Expert = 'expert',
  College = 'college',
  Enterprise = 'enterprise',
}

/** What was ranked in it (the shape of MatchCandidate.kind). */
export enum ImpressionCandidate {
  Expert = 'expert',
  College = 'college',
  Demand = 'demand',
  Enterprise = 'enterprise',
}

/**
 * A candidate shown in a ranked list, kept as one row per (list subject, candidate kind,
 * candidate) however often the list is shown: the latest position, score and feature values,
 * and how often it was shown (in the top 5 especially). Joined with `connections` on the
 * (demand, expert or candidate organisation) pair, it is what `npm run matching:fit` learns the weights from
 * (labels: feedback/labels.ts). Written by ImpressionRecorder in one upsert per answer.
 */
@Entity('match_impressions')
@Check('ck_match_impressions_one_candidate', `(expert_id IS NULL) <> (organization_id IS NULL)`)
@Index('ix_match_impressions_demand', ['demandId'])
export class MatchImpression {
  /** The demand, expert, college or enterprise the list was ranked for. */
  @PrimaryColumn('uuid')
  subjectId: string;

  @PrimaryColumn({ type: 'enum', enum: ImpressionCandidate, enumName: 'match_candidate_kind' })
  candidateKind: ImpressionCandidate;

  @PrimaryColumn('uuid')
  candidateId: string;

  @Column({ type: 'enum', enum: ImpressionSubject, enumName: 'match_subject_kind' })
  subjectKind: ImpressionSubject;

  /** The pair as connections name it (one side is the subject, the other the candidate). */
  /** Ids of other contexts' rows: the foreign keys hold in SQL, the rows are read through ports. */
  @Column('uuid')
  @ForeignKey('demands', { onDelete: 'CASCADE' })
  demandId: string;

  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('experts', { onDelete: 'CASCADE' })
  expertId: string | null;

  /**
   * The college or enterprise of the pair (the candidate of the connection it may lead to); was
   * `college_id` until issue 11.
   */
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('organizations', { onDelete: 'CASCADE' })
  organizationId: string | null;

  /** 1-based, at the latest showing. */
  @Column('int')
  position: number;

  @Column('double precision')
  score: number;

  /** `explanation.features` at the latest showing: feature name → value in [0, 1]. */
  @Column('jsonb')
  features: Record<string, number>;

  @Column('int', { default: 1 })
  shownCount: number;

  /** Showings at positions 1–5 (an ignored top-5 candidate is a negative, see labels.ts). */
  @Column('int', { default: 0 })
  top5Count: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  firstShownAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastShownAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  firstTop5At: Date | null;

  /**
   * The user who saw the latest showing. No foreign key, like `connections.created_by`: users
   * belong to identity, which matching does not depend on.
   */
  @Column('uuid')
  lastViewerId: string;
}
