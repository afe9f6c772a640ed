import { normalizeText } from '@app/search';
import type { QueryConcept, WeightedQuery } from './weighted-query';

/** A field of a candidate and how much a word found there counts (skills above bio). */
export interface TextField {
  name: string;
  text: string;
  weight: number;
}

/** A concept of the query that the candidate has, as what, and where. */
export interface TermMatch {
  term: string;
  /** The form found, when it is not the term itself (a synonym or a part). */
  matchedAs?: string;
  via?: 'synonym' | 'part';
  fields: string[];
  /** The share of the concept's weight earned, in [0, 1]. */
  credit: number;
}

export interface TextMatch {
  /** In [0, 1]: weighted coverage of the query's core (WeightedQuery.core). */
  score: number;
  matches: TermMatch[];
}

/** Field texts normalised once per candidate. */
export function fieldsOf<D extends object>(
  doc: D,
  weights: Readonly<Partial<Record<keyof D & string, number>>>,
): TextField[] {
  return (Object.entries(weights) as [keyof D & string, number][]).map(([name, weight]) => ({
    name,
    weight,
    text: normalizeText(textOf(doc[name])),
  }));
}

function textOf(value: unknown): string {
  if (Array.isArray(value)) return value.map(textOf).join(' \u0001 ');
  return typeof value === 'string' ? value : '';
}

const LATIN = /^[a-z0-9]/;

/**
 * Whether the field contains the form: Han words as substrings (a profile's 中西面点 contains
 * the demand's 面点), Latin words and model numbers only as whole words (plc is not in plcx).
 */
export function contains(text: string, form: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(form, from);
    if (at < 0) return false;
    if (!LATIN.test(form)) return true;
    const before = text[at - 1];
    const after = text[at + form.length];
    if (!isLatinOrDigit(before) && !isLatinOrDigit(after)) return true;
    from = at + 1;
  }
}

const isLatinOrDigit = (c: string | undefined) => c !== undefined && /[a-z0-9]/.test(c);

/**
 * The best way the concept is found in the fields: the word or a synonym (best single form), or
 * its parts found apart (their credits add up), whichever earns more.
 */
function matchConcept(
  concept: QueryConcept,
  fields: TextField[],
  all: string,
): TermMatch | undefined {
  // Most forms are in no field: one look at all fields together rules them out.
  const found = (text: string) =>
    all.includes(text) ? fields.filter((f) => contains(f.text, text)) : [];
  let best: TermMatch | undefined;
  for (const form of concept.forms) {
    if (form.via === 'part') continue;
    const where = found(form.text);
    if (where.length === 0) continue;
    const credit = form.credit * Math.max(...where.map((f) => f.weight));
    if (credit > (best?.credit ?? 0)) {
      best = {
        term: concept.term,
        ...(form.via ? { matchedAs: form.text, via: form.via } : {}),
        fields: where.map((f) => f.name),
        credit,
      };
    }
  }
  const parts = concept.forms
    .filter((form) => form.via === 'part')
    .map((form) => ({ form, where: found(form.text) }))
    .filter((p) => p.where.length > 0);
  const partsCredit = parts.reduce(
    (sum, p) => sum + p.form.credit * Math.max(...p.where.map((f) => f.weight)),
    0,
  );
  if (partsCredit > (best?.credit ?? 0)) {
    best = {
      term: concept.term,
      matchedAs: parts.map((p) => p.form.text).join(' '),
      via: 'part',
      fields: [...new Set(parts.flatMap((p) => p.where.map((f) => f.name)))],
      credit: partsCredit,
    };
  }
  return best;
}

/** How well a candidate's fields cover the query: rare words and strong fields count most. */
export function matchText(query: WeightedQuery, fields: TextField[]): TextMatch {
  if (query.core === 0) return { score: 0, matches: [] };
  let earned = 0;
  const matches: TermMatch[] = [];
  const all = fields.map((f) => f.text).join('\u0001');
  for (const concept of query.concepts) {
    const match = matchConcept(concept, fields, all);
    if (!match) continue;
    earned += concept.weight * match.credit;
    matches.push(match);
  }
  return { score: Math.min(1, earned / query.core), matches };
}
