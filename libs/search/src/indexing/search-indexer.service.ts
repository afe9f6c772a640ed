import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Meilisearch } from 'meilisearch';
import { APP_CONFIG, type AppConfig, MEILISEARCH } from '@app/shared';
import { COMMON_SETTINGS, INDEX_SETTINGS, indexUid, SEARCH_TYPES } from '../search-indexes';
import { meiliSynonyms } from '../text';
import { type AggregateRef, DocumentLoader } from './document-loader';

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

  /** Indexes with their settings; idempotent, and retried on the next batch if Meilisearch was down. */
  async ensureIndexes(prefix = this.config.MEILI_INDEX_PREFIX): Promise<void> {
    for (const type of SEARCH_TYPES) {
      const uid = indexUid(prefix, type);
      await this.meili.createIndex(uid, { primaryKey: 'id' }).waitTask();
      await this.meili
        .index(uid)
        .updateSettings({ ...COMMON_SETTINGS, ...INDEX_SETTINGS[type], synonyms: meiliSynonyms() })
        .waitTask();
    }
  }

  async apply(refs: AggregateRef[], prefix = this.config.MEILI_INDEX_PREFIX): Promise<void> {
    if (!this.settingsApplied) {
      await this.ensureIndexes(prefix);
      this.settingsApplied = true;
      this.logger.log('Search indexes ready');
    }
    const changes = await this.loader.changesFor(refs);
    for (const type of SEARCH_TYPES) {
      const { upsert, remove } = changes[type];
      const index = this.meili.index(indexUid(prefix, type));
      if (upsert.length > 0) await index.addDocuments(upsert);
      const removeOnly = remove.filter((id) => !upsert.some((d) => d.id === id));
      if (removeOnly.length > 0) await index.deleteDocuments(removeOnly);
    }
  }
}
