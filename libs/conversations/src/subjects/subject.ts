import type { EntityManager } from 'typeorm';
import type { SubjectType } from '../conversation.types';

/** One side of a subject: an organisation (its members) or an expert (its user). */
export interface SubjectSide {
  /** A stable name within the subject type, e.g. `enterprise` / `candidate`. */
  readonly side: string;
  readonly organizationId: string | null;
  readonly expertId: string | null;
}

/**
 * Whether the thread takes messages: `open` does; `pending` (not agreed yet) and `closed`
 * (declined, withdrawn, ended) are read-only, each refused with its own code.
 */
export type SubjectPhase = 'pending' | 'open' | 'closed';

/** What a conversation needs to know about its subject, read from the subject's context. */
export interface ResolvedSubject {
  readonly type: SubjectType;
  readonly id: string;
  /** Shown as the thread's title (e.g. the demand's title). */
  readonly title: string;
  /** The subject's own status, as its context names it (e.g. `connected`). */
  readonly status: string;
  readonly phase: SubjectPhase;
  /** Exactly two sides. */
  readonly sides: readonly [SubjectSide, SubjectSide];
  /** The message the subject started with (an interest's or invitation's text), if any. */
  readonly opening: { side: string; text: string; at: Date } | null;
  /** The organisation audit entries are filed under. */
  readonly organizationId: string | null;
}

/**
 * Reads subjects of one type through their context's port. Adding a subject type = a new
 * SubjectType value + a resolver class + one line in SUBJECT_RESOLVER_CLASSES.
 */
export interface SubjectResolver {
  readonly type: SubjectType;
  resolve(ids: readonly string[], manager?: EntityManager): Promise<Map<string, ResolvedSubject>>;
}

export const SUBJECT_RESOLVERS = Symbol('SUBJECT_RESOLVERS');
