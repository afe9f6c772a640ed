/**
 * The fields a PATCH body really carries. DTO classes declare every optional field, so with
 * ES2022+ class fields an absent one exists as `undefined`; assigning that would blank it.
 */
export function definedOnly<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}
