import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Meilisearch } from 'meilisearch';
import { indexUid, type SearchType } from '@app/search';
import { APP_CONFIG, type AppConfig, MEILISEARCH, meiliErrorCode } from '@app/shared';
import type { CorpusStats } from './term-weights';

/**
 * Statistics are recounted in the background once older than 15 ms per document counted, within
 * [15 s, 10 min]: a small corpus is cheap to recount and changes in relative terms with every
 * new profile; a large one is costly and barely moves.
 */
const MIN_REFRESH_MS = 15_000;
const MAX_REFRESH_MS = 10 * 60_000;
const REFRESH_MS_PER_DOCUMENT = 15;
/** A count that failed is tried again after this long. */
const RETRY_AFTER_MS = 30_000;
/** The first ranking of a process waits this long for the first count, then goes without. */
const FIRST_COUNT_WAIT_MS = 3_000;
/** Small pages: each parse and count holds the event loop for a few ms only. */
const PAGE = 250;
/**
 * Enough documents for stable relative frequencies (the weights use df / N only); a larger
 * index is counted on its first 20,000 documents, which keeps a recount to ~1 s of CPU.
 */
const MAX_DOCUMENTS = 20_000;

function refreshAfter(stats: CorpusStats | undefined): number {
  const ms = (stats?.documents ?? 0) * REFRESH_MS_PER_DOCUMENT;
  return Math.min(MAX_REFRESH_MS, Math.max(MIN_REFRESH_MS, ms));
}

interface Entry {
  stats?: CorpusStats;
  countedAt: number;
  counting?: Promise<void>;
}

/**
 * Document frequencies of the words of each search index, counted from the indexed documents'
 * `terms` field (jieba search-mode words, one set per document), kept in memory and recounted
 * in the background (every 15 s to 10 min, by size). Term weights use them to tell this city's
 * everyday words (玻璃 in a glass town) from the telling ones. A count that fails leaves the previous one (or
 * none: weights then use jieba's general IDF alone).
 */
@Injectable()
export class CorpusStatistics {
  private readonly logger = new Logger(CorpusStatistics.name);
  private readonly entries = new Map<SearchType, Entry>();

  constructor(
    @Inject(MEILISEARCH) private readonly meili: Meilisearch,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The current statistics of an index (waits for the first count, briefly). */
  async of(type: SearchType): Promise<CorpusStats | undefined> {
    const entry = this.entries.get(type) ?? { countedAt: 0 };
    this.entries.set(type, entry);
    if (!entry.counting && Date.now() > entry.countedAt + refreshAfter(entry.stats)) {
      entry.counting = this.count(type, entry).finally(() => (entry.counting = undefined));
    }
    if (!entry.stats && entry.counting) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        entry.counting,
        new Promise((r) => (timer = setTimeout(r, FIRST_COUNT_WAIT_MS))),
      ]);
      clearTimeout(timer);
    }
    return entry.stats;
  }

  /** Counts now and waits for it (the evaluation, after loading its documents). */
  async recount(type: SearchType): Promise<CorpusStats | undefined> {
    const entry = this.entries.get(type) ?? { countedAt: 0 };
    this.entries.set(type, entry);
    await entry.counting;
    await this.count(type, entry);
    return entry.stats;
  }

  private async count(type: SearchType, entry: Entry): Promise<void> {
    const index = this.meili.index(indexUid(this.config.MEILI_INDEX_PREFIX, type));
    const frequency = new Map<string, number>();
    let documents = 0;
    try {
      for (let offset = 0; offset < MAX_DOCUMENTS; offset += PAGE) {
        const page = await index.getDocuments<{ terms?: string }>({
          fields: ['terms'],
          limit: PAGE,
          offset,
        });
        for (const doc of page.results) {
          documents += 1;
          for (const term of new Set((doc.terms ?? '').split(' '))) {
            if (term) frequency.set(term, (frequency.get(term) ?? 0) + 1);
          }
        }
        if (page.results.length < PAGE) break;
        // Long counts give the event loop back between pages.
        await new Promise((r) => setImmediate(r));
      }
      entry.stats = { documents, frequency };
      entry.countedAt = Date.now();
    } catch (error) {
      if (meiliErrorCode(error) !== 'index_not_found')
        this.logger.warn(`Counting ${type} terms failed: ${(error as Error).message}`);
      entry.countedAt = Date.now() - refreshAfter(entry.stats) + RETRY_AFTER_MS;
    }
  }
}
