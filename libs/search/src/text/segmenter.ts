import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

/** Upper bound of the indexed `searchTerms` field, so long descriptions stay cheap to index. */
export const MAX_SEARCH_TERMS_LENGTH = 2000;

const HAN = /\p{Script=Han}/u;
const ALPHANUMERIC = /^[\p{L}\p{N}]+$/u;

// Loading the dictionary takes ~170 ms, so only processes that actually segment pay for it.
let jieba: Jieba | undefined;
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

// Single characters (的, 和, a) would match nearly every document and add only noise.
function isTerm(token: string): boolean {
  if ([...token].length < 2) return false;
  return HAN.test(token) || ALPHANUMERIC.test(token);
}

/**
 * Search-mode sub-words of the given texts, space-separated, for a field indexed alongside them.
 * Meilisearch segments Chinese with jieba `cut`, which keeps 安装简单 or 待处理 as one word, so a
 * query for 简单 or 处理 misses them; `cutForSearch` also emits the sub-words and fixes recall.
 */
export function searchTerms(...texts: (string | undefined | null)[]): string {
  const seen = new Set<string>();
  let length = 0;
  for (const text of texts) {
    if (!text) continue;
    // NFKC folds full-width letters and digits (ＣＮＣ) into the ASCII forms people type.
    for (const raw of segmenter().cutForSearch(text.normalize('NFKC'), true)) {
      const token = raw.trim().toLowerCase();
      if (!isTerm(token) || seen.has(token)) continue;
      const added = token.length + (seen.size > 0 ? 1 : 0);
      // Stop at the first token that does not fit, so the field never ends in a cut word.
      if (length + added > MAX_SEARCH_TERMS_LENGTH) return [...seen].join(' ');
      seen.add(token);
      length += added;
    }
  }
  return [...seen].join(' ');
}

/** The same segmentation applied to a user query, so both sides split words alike. */
export function queryTerms(q: string): string {
  return searchTerms(q);
}
