import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { type FieldError, flattenValidationErrors } from '@app/shared';
import type { RowCells } from '../columns/column-spec';
import type { ImportProfile } from '../columns/import-profile';

export interface RowOutcome {
  /** The DTO's values when valid (what the commit inserts), else the normalised input. */
  data: Record<string, unknown>;
  errors: FieldError[];
}

/** Same options as the API's global ValidationPipe, so a row passes exactly when a create would. */
const OPTIONS = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true };

export async function validateRow(
  profile: ImportProfile,
  cells: RowCells<string>,
): Promise<RowOutcome> {
  const input = withoutUndefined(profile.toInput(cells));
  const dto = plainToInstance(profile.dto, input);
  const errors = await validate(dto, OPTIONS);
  if (errors.length === 0) return { data: toJson(dto), errors: [] };
  // Flattened with the API's codes (isUscc → INVALID_USCC, …).
  const fieldErrors = flattenValidationErrors(errors).map((e) => ({
    ...e,
    field: profile.fieldOf?.(e.field) ?? e.field,
  }));
  return { data: toJson(input), errors: withRequired(profile, input, fieldErrors) };
}

/**
 * An empty required cell would otherwise show every constraint of its field ("must be a
 * string", "must be longer than…"); one REQUIRED error says what to do.
 */
function withRequired(
  profile: ImportProfile,
  input: Record<string, unknown>,
  errors: FieldError[],
): FieldError[] {
  const missing = profile.columns.filter((c) => c.required && input[c.key] === undefined);
  const missingKeys = new Set<string>(missing.map((c) => c.key));
  return [
    ...missing.map((c) => ({
      field: c.key,
      code: 'REQUIRED',
      message: `${c.zh} (${c.key}) is required`,
    })),
    ...errors.filter((e) => !missingKeys.has(e.field)),
  ];
}

function withoutUndefined(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
}

/** Plain JSON, as stored in the batch's jsonb report. */
function toJson(value: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}
