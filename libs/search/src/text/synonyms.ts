import { normalizeText } from './normalize';
import data from './synonyms.zh.json';

/** Meilisearch `synonyms` setting: each term maps to the terms it should also match. */
export type SynonymMap = Record<string, string[]>;

/**
 * Expands equivalence groups into Meilisearch's multi-way form. A term listed in several groups
 * gets the union of those groups; the expansion is one hop only, so groups never chain into
 * each other. Order follows the JSON so the setting (and its diff) is stable between deploys.
 */
export function buildSynonyms(groups: readonly (readonly string[])[]): SynonymMap {
  const related = new Map<string, Set<string>>();
  groups.forEach((group, index) => {
    validateGroup(group, index);
    for (const term of group) {
      const others = related.get(term) ?? new Set<string>();
      for (const other of group) if (other !== term) others.add(other);
      related.set(term, others);
    }
  });
  return Object.fromEntries([...related].map(([term, others]) => [term, [...others]]));
}

// A broken curated file must fail at boot, not silently degrade search relevance.
function validateGroup(group: readonly string[], index: number): void {
  const where = `synonyms.zh.json group #${index} ${JSON.stringify(group)}`;
  if (group.length < 2) throw new Error(`${where}: a group needs at least 2 terms`);
  for (const term of group) {
    if (term.trim() === '') throw new Error(`${where}: empty term`);
    if (term !== term.trim()) throw new Error(`${where}: term "${term}" has surrounding spaces`);
  }
  if (new Set(group).size !== group.length) throw new Error(`${where}: duplicate term`);
}

const SYNONYMS = buildSynonyms(data.groups);

/** The `synonyms` index setting; a fresh copy so callers cannot mutate the shared map. */
export function meiliSynonyms(): SynonymMap {
  return Object.fromEntries(Object.entries(SYNONYMS).map(([term, others]) => [term, [...others]]));
}

const normalizedSynonyms = new Map(
  Object.entries(SYNONYMS).map(([term, others]) => [
    normalizeText(term),
    others.map(normalizeText),
  ]),
);

/** The terms a (normalised, lower-case) term is equivalent to; empty when it has none. */
export function synonymsOf(term: string): readonly string[] {
  return normalizedSynonyms.get(term) ?? [];
}
