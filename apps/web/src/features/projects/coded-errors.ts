import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';

/**
 * Puts a VALIDATION_FAILED problem's errors at the form's fields, each in plain words (the
 * feature's `codes.<CODE>` message, else the api's) followed by the api's code, so the reader
 * and support see the same thing. Answers whether any field matched (else show ErrorAlert).
 */
export function showCodedFieldErrors(form: FormInstance, error: unknown, t: TFunction): boolean {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) return false;
  const values = form.getFieldsValue() as Record<string, unknown>;
  const fields = error.fieldErrors
    .filter((e) => has(values, e.field.split('.')))
    .map((e) => ({
      name: e.field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
      errors: [`${t(`codes.${e.code}`, { defaultValue: e.message })}（${e.code}）`],
    }));
  form.setFields(fields);
  return fields.length > 0;
}

/** Whether the form knows the field (a registered field may hold undefined). */
function has(values: Record<string, unknown>, path: string[]): boolean {
  let at: unknown = values;
  for (const part of path) {
    if (!at || typeof at !== 'object' || !(part in (at as object))) return false;
    at = (at as Record<string, unknown>)[part];
  }
  return true;
}
