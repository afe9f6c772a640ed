import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  type AuthUser,
  definedOnly,
  DomainError,
  findPage,
  isUniqueViolation,
  type Page,
  type PageQuery,
  serializeOn,
} from '@app/shared';
import { SearchQuery } from '../query/search.query';
import { type SearchResult, SearchService } from '../query/search.service';
import { compactFilters } from './saved-search-filters';
import type { CreateSavedSearchDto, UpdateSavedSearchDto } from './saved-search.dto';
import { SavedSearch } from './saved-search.entity';
import { type SavedSearchView, toSavedSearchView } from './saved-search.view';

/** How many searches one account may keep. */
export const MAX_SAVED_SEARCHES_PER_USER = 50;

const UNIQUE_NAME = 'ux_saved_searches_user_name';

const nameTaken = (error: unknown): never => {
  if (!isUniqueViolation(error, UNIQUE_NAME)) throw error;
  throw DomainError.conflict(
    'SAVED_SEARCH_NAME_TAKEN',
    'You already have a saved search by this name',
  );
};

/** Each user's own saved searches; other users' are 404 to everyone (admins included). */
@Injectable()
export class SavedSearchesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly searchService: SearchService,
  ) {}

  create(actor: AuthUser, input: CreateSavedSearchDto): Promise<SavedSearchView> {
    return this.dataSource.transaction(async (m) => {
      // One save at a time per user, so that concurrent saves cannot pass the limit together.
      await serializeOn(m, `saved-searches:${actor.id}`);
      const count = await m.countBy(SavedSearch, { userId: actor.id });
      if (count >= MAX_SAVED_SEARCHES_PER_USER) {
        throw DomainError.conflict(
          'SAVED_SEARCH_LIMIT',
          `You may keep at most ${MAX_SAVED_SEARCHES_PER_USER} saved searches; delete one first`,
        );
      }
      const saved = m.create(SavedSearch, {
        userId: actor.id,
        name: input.name,
        type: input.type,
        q: input.q ?? '',
        filters: input.filters ? compactFilters(input.filters) : {},
        alertsEnabled: input.alertsEnabled ?? true,
        lastRunAt: null,
      });
      await m.save(saved).catch(nameTaken);
      return toSavedSearchView(saved);
    });
  }

  /** The caller's own, newest first. */
  list(actor: AuthUser, query: PageQuery): Promise<Page<SavedSearchView>> {
    const qb = this.dataSource
      .getRepository(SavedSearch)
      .createQueryBuilder('s')
      .where('s.user_id = :userId', { userId: actor.id })
      .orderBy('s.created_at', 'DESC')
      .addOrderBy('s.id', 'ASC');
    return findPage(qb, query, toSavedSearchView);
  }

  async get(actor: AuthUser, id: string): Promise<SavedSearchView> {
    return toSavedSearchView(await this.findOwn(this.dataSource.manager, actor, id));
  }

  update(actor: AuthUser, id: string, body: UpdateSavedSearchDto): Promise<SavedSearchView> {
    const { q, filters, ...rest } = definedOnly(body);
    return this.dataSource.transaction(async (m) => {
      const saved = await this.findOwn(m, actor, id, true);
      if (q === undefined && filters === undefined && Object.keys(rest).length === 0) {
        return toSavedSearchView(saved);
      }
      Object.assign(saved, rest);
      if (q !== undefined) saved.q = q ?? '';
      if (filters !== undefined) saved.filters = compactFilters(filters);
      await m.save(saved).catch(nameTaken);
      return toSavedSearchView(saved);
    });
  }

  async remove(actor: AuthUser, id: string): Promise<void> {
    const result = await this.dataSource
      .getRepository(SavedSearch)
      .delete({ id, userId: actor.id });
    if (!result.affected) throw DomainError.notFound('Saved search');
  }

  /** Runs the saved search (one page of it) and records when it was last run. */
  async results(actor: AuthUser, id: string, page: PageQuery): Promise<SearchResult> {
    const saved = await this.findOwn(this.dataSource.manager, actor, id);
    const query = Object.assign(new SearchQuery(), saved.filters, {
      type: saved.type,
      q: saved.q || undefined,
      page: page.page,
      pageSize: page.pageSize,
    });
    const result = await this.searchService.search(query);
    await this.dataSource
      .createQueryBuilder()
      .update(SavedSearch)
      // Setting updatedAt to itself keeps TypeORM from touching it: running is not an edit.
      .set({ lastRunAt: () => 'now()', updatedAt: () => 'updated_at' })
      .where('id = :id', { id: saved.id })
      .execute();
    return result;
  }

  private async findOwn(
    m: EntityManager,
    actor: AuthUser,
    id: string,
    lock = false,
  ): Promise<SavedSearch> {
    const saved = await m.findOne(SavedSearch, {
      where: { id, userId: actor.id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    // Someone else's saved search is reported exactly like one that does not exist.
    if (!saved) throw DomainError.notFound('Saved search');
    return saved;
  }
}
