import { idf as jiebaIdfTable } from '@node-rs/jieba/dict';
import { isDictionaryWord } from '@app/search';
import { isGenericRole } from './stopwords';

/**
 * How telling a word is, in [0, 1]: rare words (钢化, 减反射, s7-1200) near 1, generic ones
 * (工艺 0.36, 制造 0.19, 培训 0.41) low. Two sources, blended:
 * - a prior from jieba's IDF table (a general Chinese corpus), available at once;
 * - the platform's own corpus (document frequencies over the indexed documents, CorpusStats),
 *   which knows that 玻璃 is everywhere in this city's profiles.
 */
export interface CorpusStats {
  /** Documents counted. */
  documents: number;
  /** Documents containing each term (search-mode words, normalised). */
  frequency: ReadonlyMap<string, number>;
}

/** IDF range mapped onto [0, 1]: at or below LOW a word says nothing, at HIGH it is rare. */
const LOW_IDF = 4;
const HIGH_IDF = 12;
/** Words missing from jieba's table are domain words and codes: rare in general text. */
const UNKNOWN_IDF = 11.5;
/**
 * Words jieba guessed from characters it could not place are as often debris of colloquial
 * text (请人来看看 → 人来) as real trade words (料滴, 流挂): middling, until the corpus says.
 */
const GUESSED_WORD_WEIGHT = 0.5;
/** Only common words are kept in memory; the rest read as UNKNOWN_IDF. */
const KEEP_BELOW_IDF = 11;
/** The corpus counts half once it has this many documents (it is noisy when small). */
const CORPUS_FULL_WEIGHT_AT = 200;
const MIN_WEIGHT = 0.05;
/** Role words (操作工, 工程师) say who is wanted, not what they must know. */
const GENERIC_ROLE_WEIGHT = 0.15;

let common: Map<string, number> | undefined;
function commonWords(): Map<string, number> {
  if (common) return common;
  common = new Map();
  for (const line of Buffer.from(jiebaIdfTable).toString('utf8').split('\n')) {
    const space = line.lastIndexOf(' ');
    const value = Number(line.slice(space + 1));
    if (space > 0 && value < KEEP_BELOW_IDF) common.set(line.slice(0, space), value);
  }
  return common;
}

const clamp01 = (v: number) => Math.max(0, Math.min(1, v));

// The prior of a word never changes: remembered (a bounded map; cleared when full).
const priors = new Map<string, number>();
const MAX_REMEMBERED = 50_000;

/** jieba's IDF of the word, mapped onto [0, 1]. */
export function priorWeight(word: string): number {
  let prior = priors.get(word);
  if (prior === undefined) {
    if (priors.size >= MAX_REMEMBERED) priors.clear();
    prior = computePrior(word);
    priors.set(word, prior);
  }
  return prior;
}

function computePrior(word: string): number {
  if (isGenericRole(word)) return GENERIC_ROLE_WEIGHT;
  if (!isDictionaryWord(word)) return GUESSED_WORD_WEIGHT;
  const idf = commonWords().get(word) ?? UNKNOWN_IDF;
  return clamp01((idf - LOW_IDF) / (HIGH_IDF - LOW_IDF));
}

/** Smoothed IDF of the word in the platform's corpus, mapped onto [0, 1]. */
export function corpusWeight(word: string, corpus: CorpusStats): number {
  const n = corpus.documents;
  const df = corpus.frequency.get(word) ?? 0;
  return clamp01(Math.log((n + 1) / (df + 0.5)) / Math.log((n + 1) / 0.5));
}

/** The word's weight: the prior, blended with the corpus as far as the corpus is large enough. */
export function termWeight(word: string, corpus?: CorpusStats): number {
  const prior = priorWeight(word);
  if (!corpus || corpus.documents === 0) return Math.max(MIN_WEIGHT, prior);
  const share = 0.5 * Math.min(1, corpus.documents / CORPUS_FULL_WEIGHT_AT);
  return Math.max(MIN_WEIGHT, (1 - share) * prior + share * corpusWeight(word, corpus));
}

/** Whether any indexed document has the word (true when there are no statistics to ask). */
export function inCorpus(word: string, corpus?: CorpusStats): boolean {
  return !corpus || corpus.documents === 0 || (corpus.frequency.get(word) ?? 0) > 0;
}
