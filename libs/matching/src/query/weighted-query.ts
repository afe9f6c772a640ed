import { cutWords, normalizeText, synonymsOf, wordParts } from '@app/search';
import { isNumberLike, isStopword } from './stopwords';
import { type CorpusStats, inCorpus, termWeight } from './term-weights';

/** One way a concept can be found in a profile, and the share of its weight that earns. */
export interface QueryForm {
  text: string;
  credit: number;
  /** How it relates to the concept's own word (absent: the word itself). */
  via?: 'synonym' | 'part';
}

/** A thing the demand asks for: one word of it, its weight, and the forms that count. */
export interface QueryConcept {
  term: string;
  weight: number;
  forms: QueryForm[];
  /**
   * Whether some indexed document has one of its forms. Words nobody has (a typo, debris of
   * colloquial text) cannot tell candidates apart, so they do not count in the query's core.
   */
  known: boolean;
}

export interface WeightedQuery {
  /** Heaviest first. */
  concepts: QueryConcept[];
  /**
   * The weight a perfect candidate is expected to cover: that of the heaviest CORE_CONCEPTS
   * concepts some document has (a long description adds concepts but must not make every
   * candidate's share small).
   */
  core: number;
}

/** See WeightedQuery.core. */
export const CORE_CONCEPTS = 6;

/** A piece of the thing being matched, and how much its words count. */
export interface QuerySource {
  text: string;
  weight: number;
  /** A short phrase typed whole (a skill, a tag): kept as one concept. */
  phrase?: boolean;
}

/** Concepts kept: more only add noise from long descriptions. */
export const MAX_CONCEPTS = 24;
/** A phrase longer than this is a sentence someone typed into a skill box: cut it up. */
const MAX_PHRASE_LENGTH = 8;
/** A synonym is nearly as good as the word itself. */
const SYNONYM_CREDIT = 0.9;
/** All parts of a compound found apart (可编程 … 控制器) earn at most this much of it. */
const PARTS_CREDIT = 0.8;
/** Each further mention of a word (title and description) adds this share, up to the cap. */
const REPEAT_BONUS = 0.15;
const REPEAT_CAP = 1.3;

/** Longer "words" are pasted blobs (hashes, URLs), never something a profile says too. */
const MAX_WORD_LENGTH = 40;

const isUseful = (word: string) =>
  word.length <= MAX_WORD_LENGTH && !isStopword(word) && !isNumberLike(word);

/**
 * Builds the weighted query of a demand (or a profile): its words, cut with the domain
 * dictionary so compounds stay whole, each weighted by how rare it is (term-weights.ts) times
 * how central its source is (title and skills above description), with its synonyms and the
 * parts of compounds as further forms. Words in `ignore` (those restating the demand's kind)
 * are left out.
 */
export function buildQuery(
  sources: QuerySource[],
  corpus?: CorpusStats,
  ignore: ReadonlySet<string> = new Set(),
): WeightedQuery {
  const found = new Map<string, { weight: number; mentions: number }>();
  for (const source of sources) {
    if (!source.text.trim()) continue;
    for (const word of wordsOf(source)) {
      if (!isUseful(word) || ignore.has(word)) continue;
      const weight = termWeight(word, corpus) * source.weight;
      const known = found.get(word);
      found.set(word, {
        weight: Math.max(known?.weight ?? 0, weight),
        mentions: (known?.mentions ?? 0) + 1,
      });
    }
  }
  const concepts = [...found]
    .map(([term, { weight, mentions }]): QueryConcept => {
      const forms = formsOf(term, corpus);
      return {
        term,
        weight: weight * Math.min(REPEAT_CAP, 1 + REPEAT_BONUS * (mentions - 1)),
        forms,
        known: forms.some((f) => inCorpus(f.text, corpus)),
      };
    })
    .sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term))
    .slice(0, MAX_CONCEPTS);
  return { concepts, core: coreWeight(concepts) };
}

function coreWeight(concepts: QueryConcept[]): number {
  const known = concepts.filter((c) => c.known);
  return (known.length > 0 ? known : concepts)
    .slice(0, CORE_CONCEPTS)
    .reduce((sum, concept) => sum + concept.weight, 0);
}

function wordsOf(source: QuerySource): string[] {
  const text = normalizeText(source.text).trim();
  if (source.phrase && [...text].length <= MAX_PHRASE_LENGTH && !/\s/.test(text)) {
    const words = cutWords(text);
    // A phrase of one word, or a compound the dictionary does not know (钢化炉调试): whole.
    return words.length <= 1 ? words : [text];
  }
  return cutWords(text);
}

/** The word itself, its synonyms, and its parts weighted by how telling each part is. */
export function formsOf(term: string, corpus?: CorpusStats): QueryForm[] {
  const forms: QueryForm[] = [{ text: term, credit: 1 }];
  const seen = new Set([term]);
  const weight = termWeight(term, corpus);
  for (const synonym of synonymsOf(term)) {
    if (seen.has(synonym)) continue;
    seen.add(synonym);
    // A broader synonym (员工培训 → 培训) tells less than the word: it earns no more than it tells.
    const tells = Math.min(1, termWeight(synonym, corpus) / weight);
    forms.push({ text: synonym, credit: SYNONYM_CREDIT * tells, via: 'synonym' });
  }
  const parts = wordParts(term).filter((p) => isUseful(p) && !seen.has(p));
  const partWeights = parts.map((p) => termWeight(p, corpus));
  // Shares of the credit by how telling each part is; parts that together say less than the
  // whole (玻璃板 → 玻璃 in a glass town) earn less than the whole would.
  const total = Math.max(
    weight,
    partWeights.reduce((a, b) => a + b, 0),
  );
  parts.forEach((part, i) => {
    seen.add(part);
    forms.push({ text: part, credit: (PARTS_CREDIT * partWeights[i]) / total, via: 'part' });
  });
  return forms;
}
