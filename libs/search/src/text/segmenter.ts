import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { domainDictionary, userDictionary } from './dictionary';
import { normalizeText } from './normalize';

/** Upper bound of the indexed `searchTerms` field, so long descriptions stay cheap to index. */
export const MAX_SEARCH_TERMS_LENGTH = 2000;

const HAN = /\p{Script=Han}/u;
const ALPHANUMERIC = /^[\p{L}\p{N}]+$/u;
/** Model numbers and codes people type whole: s7-1200, fx3u, iso9001, 0.5mm. */
const MODEL_NUMBER = /^[a-z0-9]+(?:[-./][a-z0-9]+)+$/;
const LATIN_RUN = /([a-z0-9]+(?:[-./+][a-z0-9]+)*)/;
const LATIN_RUN_WHOLE = /^[a-z0-9]+(?:[-./+][a-z0-9]+)*$/;

// Loading the dictionary takes ~170 ms, so only processes that actually segment pay for it.
let jieba: Jieba | undefined;
function segmenter(): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    // Domain compounds stay whole (可编程控制器, 光伏玻璃), so synonym groups and key parts survive.
    jieba.loadDict(userDictionary());
  }
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

// Dictionary words that mix Latin and Han (cnc机床, 3d打印): jieba always cuts at the script
// boundary, so they are found by substring before cutting.
let mixedWords: string[] | undefined;
function mixedDictionaryWords(): string[] {
  mixedWords ??= domainDictionary()
    .map(normalizeText)
    .filter((w) => /[a-z0-9]/.test(w))
    .sort((a, b) => b.length - a.length);
  return mixedWords;
}

/**
 * The words of a text in reading order (jieba `cut` with the domain dictionary: compounds stay
 * whole; model numbers such as S7-1200 too), normalised, without single characters and
 * punctuation; repeats kept.
 */
export function cutWords(text: string): string[] {
  let rest = normalizeText(text);
  const words: string[] = [];
  for (const mixed of mixedDictionaryWords()) {
    if (!rest.includes(mixed)) continue;
    words.push(mixed);
    rest = rest.split(mixed).join(' ');
  }
  // Latin runs are words of their own (jieba would cut s7-1200 into s7 / 1200); Han text between
  // them goes to jieba.
  for (const piece of rest.split(LATIN_RUN)) {
    if (!piece) continue;
    if (LATIN_RUN_WHOLE.test(piece)) {
      if (isTerm(piece) || MODEL_NUMBER.test(piece)) words.push(piece);
      continue;
    }
    for (const token of segmenter().cut(piece, true)) {
      const t = token.trim();
      if (isTerm(t)) words.push(t);
    }
  }
  return words;
}

/**
 * Whether jieba knows the word (its dictionary or the domain dictionary) rather than having
 * guessed it with its HMM from characters it could not place (请人来看看 → 人来, 老出问题 → 老出).
 * Latin words and numbers count as known.
 */
export function isDictionaryWord(word: string): boolean {
  const w = normalizeText(word);
  if (!HAN.test(w)) return true;
  const pieces = segmenter().cut(w, false);
  return pieces.length === 1 && pieces[0] === w;
}

/**
 * The parts of a compound word, left to right, each the longest dictionary word that starts
 * there (可编程控制器 → 可编程 / 控制器, 数控车床操作工 → 数控车床 / 操作工); single characters
 * are skipped (合格率 → 合格). Empty for a word without smaller dictionary words.
 */
export function wordParts(word: string): string[] {
  const w = normalizeText(word);
  const inside = new Set(
    segmenter()
      .cutForSearch(w, true)
      .map((t) => t.trim())
      .filter((t) => t !== w && isTerm(t)),
  );
  if (inside.size === 0) return [];
  const chars = [...w];
  const parts: string[] = [];
  for (let i = 0; i < chars.length;) {
    let found = '';
    for (let j = chars.length; j > i + 1; j--) {
      const candidate = chars.slice(i, j).join('');
      if (inside.has(candidate)) {
        found = candidate;
        break;
      }
    }
    if (found) {
      parts.push(found);
      i += [...found].length;
    } else i += 1;
  }
  return parts;
}
