import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { industryPatterns } from '@app/reference';
import {
  type AuthUser,
  definedOnly,
  escapeLike,
  DomainError,
  isAdmin,
  isUniqueViolation,
  OutboxService,
  type Page,
  findPage,
  RESPONSIVENESS_LOOKUP,
  type ResponsivenessLookup,
} from '@app/shared';
import type { CreateExpertDto, UpdateExpertDto } from './dto/expert.dto';
import { type ExpertView, toExpertView } from './dto/expert.view';
import type { ListExpertsQuery } from './dto/list-experts.query';
import { ExpertEvents, expertEvent } from './expert-events';
import { Availability, Expert } from './expert.entity';

@Injectable()
export class ExpertsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    @Optional()
    @Inject(RESPONSIVENESS_LOOKUP)
    private readonly responsiveness?: ResponsivenessLookup,
  ) {}

  /** An expert creates their own profile (one per account). */
  create(actor: AuthUser, input: CreateExpertDto): Promise<ExpertView> {
    return this.dataSource.transaction(async (m) => {
      const expert = m.create(Expert, {
        availability: Availability.Available,
        isPublic: true,
        contact: {},
        ...input,
        userId: actor.id,
        version: 1,
      });
      await m.save(expert).catch((error: unknown) => {
        if (!isUniqueViolation(error, 'ux_experts_user')) throw error;
        throw DomainError.conflict('EXPERT_PROFILE_EXISTS', 'You already have an expert profile');
      });
      await this.outbox.record(m, expertEvent(ExpertEvents.Registered, expert));
      return toExpertView(expert, true);
    });
  }

  /** Used by admins' bulk onboarding: the profile has no account until its expert claims it. */
  async createUnclaimed(m: EntityManager, input: CreateExpertDto): Promise<Expert> {
    const expert = m.create(Expert, {
      isPublic: true,
      contact: {},
      ...input,
      userId: null,
      version: 1,
    });
    await m.save(expert);
    await this.outbox.record(m, expertEvent(ExpertEvents.Registered, expert));
    return expert;
  }

  /**
   * Binds an imported, unclaimed profile to the account that claimed it (ADR 0017), in the
   * claim's transaction. False when the profile is gone or already has an account.
   */
  async claim(m: EntityManager, expertId: string, userId: string): Promise<boolean> {
    const [, affected]: [unknown, number] = await m.query(
      `UPDATE experts SET user_id = $2, updated_at = now() WHERE id = $1 AND user_id IS NULL`,
      [expertId, userId],
    );
    return affected === 1;
  }

  update(actor: AuthUser, id: string, body: UpdateExpertDto): Promise<ExpertView> {
    const input = definedOnly(body);
    return this.dataSource.transaction(async (m) => {
      const expert = await m.findOne(Expert, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      const owner = this.assertVisible(expert, actor);
      if (!owner && !isAdmin(actor)) {
        throw DomainError.forbidden('Only the expert may change this profile', 'NOT_PROFILE_OWNER');
      }
      // An empty edit changes nothing and tells nobody.
      if (Object.keys(input).length === 0) return toExpertView(expert as Expert, true);
      Object.assign(expert as Expert, input, { version: (expert as Expert).version + 1 });
      await m.save(expert as Expert);
      await this.outbox.record(m, expertEvent(ExpertEvents.Updated, expert as Expert));
      return toExpertView(expert as Expert, true);
    });
  }

  async get(actor: AuthUser | undefined, id: string): Promise<ExpertView> {
    const expert = await this.dataSource.getRepository(Expert).findOneBy({ id });
    const owner = this.assertVisible(expert, actor);
    const view = toExpertView(expert as Expert, owner || isAdmin(actor));
    if (this.responsiveness) view.responsiveness = await this.responsiveness.ofExpert(id);
    return view;
  }

  async findByUser(userId: string, manager?: EntityManager): Promise<Expert | null> {
    return (manager ?? this.dataSource.manager).findOneBy(Expert, { userId });
  }

  async list(actor: AuthUser | undefined, query: ListExpertsQuery): Promise<Page<ExpertView>> {
    const admin = isAdmin(actor);
    const qb = this.dataSource.getRepository(Expert).createQueryBuilder('e');
    if (!admin) qb.where('e.is_public = true');
    if (query.q) {
      qb.andWhere(
        `(e.name ILIKE :q OR array_to_string(e.fields, ' ') ILIKE :q OR array_to_string(e.skills, ' ') ILIKE :q)`,
        { q: `%${escapeLike(query.q)}%` },
      );
    }
    if (query.district) qb.andWhere('e.district = :district', { district: query.district });
    if (query.service) qb.andWhere(':service = ANY(e.services)', { service: query.service });
    if (query.availability) qb.andWhere('e.availability = :a', { a: query.availability });
    if (query.industry) {
      qb.andWhere('EXISTS (SELECT 1 FROM unnest(e.industry_codes) c WHERE c LIKE ANY(:patterns))', {
        patterns: industryPatterns(query.industry),
      });
    }
    if (query.createdFrom) qb.andWhere('e.created_at >= :from', { from: query.createdFrom });
    if (query.createdTo) qb.andWhere('e.created_at < :to', { to: query.createdTo });
    return findPage(qb.orderBy('e.created_at', 'DESC').addOrderBy('e.id', 'ASC'), query, (e) =>
      toExpertView(e, admin),
    );
  }

  /** Returns whether the actor owns the profile; hidden profiles are 404 to everyone else. */
  private assertVisible(expert: Expert | null, actor: AuthUser | undefined): boolean {
    if (!expert) throw DomainError.notFound('Expert');
    const owner = !!actor && expert.userId === actor.id;
    if (!expert.isPublic && !owner && !isAdmin(actor)) throw DomainError.notFound('Expert');
    return owner;
  }
}
