import type { Settings } from 'meilisearch';

/** Settings that Meilisearch stores as sets: it returns them sorted, whatever order they were sent in. */
const SET_SETTINGS = new Set([
  'filterableAttributes',
  'sortableAttributes',
  'stopWords',
  'nonSeparatorTokens',
  'separatorTokens',
  'dictionary',
  'disableOnWords',
  'disableOnAttributes',
]);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const asSet = (values: unknown) =>
  JSON.stringify(
    (Array.isArray(values) ? values : [])
      .map((v) => (typeof v === 'string' ? v : JSON.stringify(v)))
      .sort(),
  );

const synonymsKey = (synonyms: unknown) =>
  JSON.stringify(
    Object.entries(isObject(synonyms) ? synonyms : {})
      .map(([term, others]) => [term, [...(others as string[])].sort()])
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  );

function sameSetting(key: string, current: unknown, wanted: unknown): boolean {
  if (key === 'synonyms') return synonymsKey(current) === synonymsKey(wanted);
  if (SET_SETTINGS.has(key)) return asSet(current) === asSet(wanted);
  if (isObject(wanted)) {
    // Nested settings (faceting, pagination, typoTolerance…): only the parts that are set here.
    return (
      isObject(current) && Object.entries(wanted).every(([k, v]) => sameSetting(k, current[k], v))
    );
  }
  return JSON.stringify(current) === JSON.stringify(wanted);
}

/**
 * Whether an index's current settings differ from the wanted ones, compared the way Meilisearch
 * returns them (sets sorted, defaults filled in): every setting given in `wanted` is compared,
 * settings it leaves out are not. Updating settings makes Meilisearch re-index the whole index,
 * so it is skipped when nothing changed.
 */
export function settingsDiffer(current: Settings, wanted: Settings): boolean {
  const stored = current as Record<string, unknown>;
  return Object.entries(wanted).some(
    ([key, value]) => value !== undefined && !sameSetting(key, stored[key], value),
  );
}
