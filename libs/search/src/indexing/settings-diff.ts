import type { Settings } from 'meilisearch';

const sorted = (values: unknown) =>
  JSON.stringify([...((values as unknown[]) ?? [])].map(String).sort());
const synonymsKey = (synonyms: Settings['synonyms']) =>
  JSON.stringify(
    Object.entries(synonyms ?? {})
      .map(([term, others]) => [term, [...others].sort()])
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  );

/**
 * Whether an index's current settings differ from the wanted ones, compared the way Meilisearch
 * stores them (it sorts some lists). Updating settings makes Meilisearch re-index the whole
 * index, so it is skipped when nothing changed.
 */
export function settingsDiffer(current: Settings, wanted: Settings): boolean {
  return (
    JSON.stringify(current.searchableAttributes) !== JSON.stringify(wanted.searchableAttributes) ||
    JSON.stringify(current.rankingRules) !== JSON.stringify(wanted.rankingRules) ||
    JSON.stringify(current.displayedAttributes) !== JSON.stringify(wanted.displayedAttributes) ||
    sorted(current.filterableAttributes) !== sorted(wanted.filterableAttributes) ||
    sorted(current.sortableAttributes) !== sorted(wanted.sortableAttributes) ||
    synonymsKey(current.synonyms) !== synonymsKey(wanted.synonyms) ||
    current.pagination?.maxTotalHits !== wanted.pagination?.maxTotalHits ||
    current.faceting?.maxValuesPerFacet !== wanted.faceting?.maxValuesPerFacet ||
    (wanted.facetSearch !== undefined && current.facetSearch !== wanted.facetSearch)
  );
}
