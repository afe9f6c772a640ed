import type { SearchDocuments, StoredDocument } from '@app/search';
import type { CandidateIndex } from './candidate-queries';
import type { Candidate } from './candidate-search';
import type { Features } from './match-features';
import { scoreOf } from './match-features';
import type { MatchCandidate } from './match.types';
import { fieldsOf, matchText, type TextMatch } from './query/text-match';
import type { WeightedQuery } from './query/weighted-query';
import { reasonsFor } from './reasons';
import type { MatchWeights } from './scoring/weights';

type RankedType = 'experts' | 'colleges' | 'enterprises' | 'demands';
type FieldWeights<T extends CandidateIndex> = Readonly<
  Partial<Record<keyof SearchDocuments[T] & string, number>>
>;

/** How much a word found in each field counts, per kind of document. */
export const FIELD_WEIGHTS: { [T in RankedType]: FieldWeights<T> } = {
  experts: { skills: 1, fields: 1, title: 0.4, industryNames: 0.6, affiliation: 0.5, bio: 0.75 },
  colleges: { majorNames: 1, researchTitles: 0.9, tags: 0.8, description: 0.7, name: 0.6 },
  enterprises: { tags: 1, description: 0.8, industryName: 0.6, name: 0.6 },
  demands: { title: 1, skills: 1, tags: 0.8, description: 0.75, industryName: 0.5 },
};

export interface RankInput<T extends CandidateIndex> {
  kind: MatchCandidate['kind'];
  weights: MatchWeights;
  /** The structured features of one candidate (text is added here). */
  features: (doc: StoredDocument<T>) => Omit<Features, 'text'>;
  name: (doc: StoredDocument<T>) => string;
}

interface Scored<T extends CandidateIndex> {
  candidate: Candidate<T>;
  text: TextMatch;
  features: Features;
  score: number;
}

/** Each candidate's text match against the whole query, in memory (pool order). */
export function matchTexts<T extends CandidateIndex>(
  pool: Candidate<T>[],
  query: WeightedQuery,
  fieldWeights: FieldWeights<T>,
): TextMatch[] {
  return pool.map((c) => matchText(query, fieldsOf<StoredDocument<T>>(c.document, fieldWeights)));
}

/**
 * Adds the structured features to the candidates' text matches (`texts`, in pool order, from
 * matchTexts) and orders by score; ties go to the better text match, then the more matched
 * words, then the id (stable output). Only the answer's candidates get an explanation.
 */
export function rankCandidates<T extends CandidateIndex>(
  pool: Candidate<T>[],
  texts: TextMatch[],
  input: RankInput<T>,
  limit: number,
): MatchCandidate[] {
  return pool
    .map((candidate, i): Scored<T> => {
      const text = texts[i];
      const features: Features = { text: round(text.score), ...input.features(candidate.document) };
      return { candidate, text, features, score: scoreOf(features, input.weights) };
    })
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.text.score - a.text.score ||
        b.text.matches.length - a.text.matches.length ||
        a.candidate.id.localeCompare(b.candidate.id),
    )
    .slice(0, limit)
    .map(({ candidate, text, features, score }): MatchCandidate => {
      const reasons = reasonsFor(features, text.matches, input.weights);
      return {
        id: candidate.id,
        kind: input.kind,
        name: input.name(candidate.document),
        score,
        explanation: {
          matchedTerms: text.matches.map((m) => m.term),
          matches: text.matches.map((m) => ({ ...m, credit: round(m.credit) })),
          matchedFields: [...new Set(text.matches.flatMap((m) => m.fields))],
          features,
          reasons: reasons.zh,
          reasonsEn: reasons.en,
        },
        profile: candidate.document,
      };
    });
}

const round = (v: number) => Math.round(v * 1000) / 1000;
