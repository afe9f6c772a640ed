/**
 * Meilisearch's error code (`index_not_found`, `document_not_found`, `invalid_search_filter`, …)
 * of a failed call, wherever the client put it: on an API error it is `cause.code`; when a
 * custom transport rejected, the client wraps that error, so it is `cause.cause.code`.
 */
export function meiliErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 3 && current && typeof current === 'object'; depth++) {
    const cause = (current as { cause?: unknown }).cause;
    const code = (cause as { code?: unknown } | undefined)?.code;
    if (typeof code === 'string' && /^[a-z_]+$/.test(code)) return code;
    current = cause;
  }
  return undefined;
}
