import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError } from '@app/shared';
import { SubjectType } from '../conversation.types';
import { ConnectionSubjects } from './connection-subjects';
import { OfferInterestSubjects } from './offer-interest-subjects';
import { type ResolvedSubject, SUBJECT_RESOLVERS, type SubjectResolver } from './subject';

/** Every subject type's resolver class: the one list to extend with a new subject type. */
export const SUBJECT_RESOLVER_CLASSES = [ConnectionSubjects, OfferInterestSubjects] as const;

/** Dispatches to the resolver of each subject type (one batched read per type). */
@Injectable()
export class Subjects {
  private readonly byType: ReadonlyMap<SubjectType, SubjectResolver>;

  constructor(@Inject(SUBJECT_RESOLVERS) resolvers: readonly SubjectResolver[]) {
    this.byType = new Map(resolvers.map((r) => [r.type, r]));
    for (const type of Object.values(SubjectType)) {
      if (!this.byType.has(type)) throw new Error(`No subject resolver for ${type}`);
    }
  }

  async one(type: SubjectType, id: string, manager?: EntityManager): Promise<ResolvedSubject> {
    const subject = (await this.resolver(type).resolve([id], manager)).get(id);
    if (!subject) throw DomainError.notFound('Conversation', 'CONVERSATION_NOT_FOUND');
    return subject;
  }

  /** Subjects of many threads, keyed `${type}:${id}`. */
  async many(
    refs: readonly { subjectType: SubjectType; subjectId: string }[],
  ): Promise<Map<string, ResolvedSubject>> {
    const result = new Map<string, ResolvedSubject>();
    const types = [...new Set(refs.map((r) => r.subjectType))];
    for (const type of types) {
      const ids = refs.filter((r) => r.subjectType === type).map((r) => r.subjectId);
      for (const [id, s] of await this.resolver(type).resolve(ids)) result.set(`${type}:${id}`, s);
    }
    return result;
  }

  private resolver(type: SubjectType): SubjectResolver {
    const resolver = this.byType.get(type);
    if (!resolver) throw new Error(`No subject resolver for ${type}`);
    return resolver;
  }
}

export const subjectProviders = [
  ...SUBJECT_RESOLVER_CLASSES,
  {
    provide: SUBJECT_RESOLVERS,
    inject: [...SUBJECT_RESOLVER_CLASSES],
    useFactory: (...resolvers: SubjectResolver[]) => resolvers,
  },
  Subjects,
];
