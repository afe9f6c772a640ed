import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Meilisearch, Settings } from 'meilisearch';
import { APP_CONFIG, type AppConfig, MEILISEARCH } from '@app/shared';
import { COMMON_SETTINGS, INDEX_SETTINGS, indexUid, SEARCH_TYPES } from '../search-indexes';
import { meiliSynonyms } from '../text';
import { type AggregateRef, DocumentLoader } from './document-loader';
import { settingsDiffer } from './settings-diff';

/**
 * Writes index changes to Meilisearch. Writes are enqueued, not awaited to completion: Meilisearch
 * applies its tasks in order, so a later removal always wins over an earlier upsert.
 */
@Injectable()
export class SearchIndexer {
  private readonly logger = new Logger(SearchIndexer.name);
  private settingsApplied = false;

  constructor(
    private readonly loader: DocumentLoader,
    @Inject(MEILISEARCH) private readonly meili: Meilisearch,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Creates missing indexes and applies settings that changed; idempotent. Called when the worker
   * starts (so the first event does not pay for it) and again on the first batch if that failed.
   */
  async ensureIndexes(prefix = this.config.MEILI_INDEX_PREFIX): Promise<void> {
    const existing = new Set(
      (await this.meili.getRawIndexes({ limit: 1000 })).results.map((i) => i.uid),
    );
    for (const type of SEARCH_TYPES) {
      const uid = indexUid(prefix, type);
      if (!existing.has(uid)) await this.meili.createIndex(uid, { primaryKey: 'id' }).waitTask();
      const wanted: Settings = {
        ...COMMON_SETTINGS,
        ...INDEX_SETTINGS[type],
        synonyms: meiliSynonyms(),
      };
      const index = this.meili.index(uid);
      if (settingsDiffer(await index.getSettings(), wanted))
        await index.updateSettings(wanted).waitTask();
    }
  }

  /** For the worker's start; failures (Meilisearch down) are retried by the first batch. */
  async warmUp(): Promise<void> {
    try {
      await this.ensureIndexes();
      this.settingsApplied = true;
    } catch (error) {
      this.logger.warn(`Search indexes not ready yet: ${(error as Error).message}`);
    }
  }

  /** Enqueues the changes; returns their Meilisearch task uids (for callers that wait for them). */
  async apply(refs: AggregateRef[], prefix = this.config.MEILI_INDEX_PREFIX): Promise<number[]> {
    if (!this.settingsApplied) {
      await this.ensureIndexes(prefix);
      this.settingsApplied = true;
      this.logger.log('Search indexes ready');
    }
    const changes = await this.loader.changesFor(refs);
    const taskUids: number[] = [];
    for (const type of SEARCH_TYPES) {
      const { upsert, remove } = changes[type];
      const index = this.meili.index(indexUid(prefix, type));
      if (upsert.length > 0) taskUids.push((await index.addDocuments(upsert)).taskUid);
      const removeOnly = remove.filter((id) => !upsert.some((d) => d.id === id));
      if (removeOnly.length > 0) taskUids.push((await index.deleteDocuments(removeOnly)).taskUid);
    }
    return taskUids;
  }
}
