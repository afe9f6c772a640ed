/**
 * Input that no DTO should ever see: NUL characters and lone UTF-16 surrogates (PostgreSQL
 * refuses both, which used to surface as 500s), and JSON nested or wide enough to overflow the
 * validator's recursion. Checked once, iteratively, on the parsed body and query string.
 */
export type InputProblemCode = 'INVALID_CHARACTERS' | 'JSON_TOO_DEEP' | 'JSON_TOO_MANY_KEYS';

export interface InputProblem {
  code: InputProblemCode;
  field: string;
}

export interface InputLimits {
  /** Deepest nesting of objects and arrays (the root is depth 1). */
  maxDepth: number;
  /** Object keys plus array elements, counted over the whole document. */
  maxKeys: number;
  /** Rewrite strings to Unicode NFC in place (not for a query string, which Express re-parses). */
  normalize: boolean;
}

// NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
const BAD_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- matching NUL is the point
  /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const NON_ASCII = /[^\p{ASCII}]/u;
// Secrets are compared byte for byte with what was stored before NFC existed here.
const KEEP_AS_SENT = /password|secret|token/i;

type Container = Record<string, unknown> | unknown[];

interface Pending {
  value: Container;
  path: string;
  depth: number;
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

/** The first problem of `root` (null: none); strings are NFC-normalised on the way if asked. */
export function inspectInput(
  root: unknown,
  limits: InputLimits,
  rootName = 'body',
): InputProblem | null {
  if (typeof root === 'string') {
    return BAD_CHARACTERS.test(root) ? { code: 'INVALID_CHARACTERS', field: rootName } : null;
  }
  if (!isContainer(root)) return null;
  const stack: Pending[] = [{ value: root, path: '', depth: 1 }];
  let keys = 0;
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (depth > limits.maxDepth) return { code: 'JSON_TOO_DEEP', field: path || rootName };
    const entries = Array.isArray(value)
      ? value.map((item, index): [string, unknown] => [String(index), item])
      : Object.entries(value);
    keys += entries.length;
    if (keys > limits.maxKeys) return { code: 'JSON_TOO_MANY_KEYS', field: path || rootName };
    for (const [key, item] of entries) {
      const field = join(path, key);
      if (BAD_CHARACTERS.test(key)) return { code: 'INVALID_CHARACTERS', field: path || rootName };
      if (typeof item === 'string') {
        if (BAD_CHARACTERS.test(item)) return { code: 'INVALID_CHARACTERS', field };
        if (limits.normalize && NON_ASCII.test(item) && !KEEP_AS_SENT.test(key)) {
          (value as Record<string, unknown>)[key] = item.normalize('NFC');
        }
      } else if (isContainer(item)) {
        stack.push({ value: item, path: field, depth: depth + 1 });
      }
    }
  }
  return null;
}
