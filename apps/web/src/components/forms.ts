import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';

/**
 * Shows a VALIDATION_FAILED problem's messages at the form's fields. The api names nested
 * fields with dots (`details.headcount`), antd with arrays. Answers whether any field matched;
 * if none did, the caller shows the problem as a whole (ErrorAlert).
 */
export function showFieldErrors(form: FormInstance, error: unknown): boolean {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) return false;
  const known = new Set(Object.keys(flatten(form.getFieldsValue(true) as object)));
  const fields = error.fieldErrors
    .filter((e) => known.has(e.field) || known.has(e.field.split('.')[0] ?? ''))
    .map((e) => ({ name: e.field.split('.').map(segment), errors: [e.message] }));
  form.setFields(fields);
  return fields.length > 0;
}

const segment = (part: string): string | number => (/^\d+$/.test(part) ? Number(part) : part);

function flatten(value: object, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    out[path] = inner;
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
      Object.assign(out, flatten(inner as object, path));
    }
  }
  return out;
}
