import { describe, expect, it } from '@jest/globals';
import type { ValidationError } from '@nestjs/common';
import { flattenValidationErrors } from './validation-exception';

describe('flattenValidationErrors', () => {
  it('names nested fields with dots and gives each constraint a stable code', () => {
    const errors: ValidationError[] = [
      {
        property: 'evil',
        constraints: { whitelistValidation: 'property evil should not exist' },
        children: [],
      },
      {
        property: 'talent',
        children: [
          {
            property: 'headcount',
            constraints: { isInt: 'headcount must be an integer number' },
            children: [],
          },
        ],
      },
      { property: 'creditCode', constraints: { isUscc: 'not a credit code' }, children: [] },
    ];
    expect(flattenValidationErrors(errors)).toEqual([
      { field: 'evil', code: 'UNKNOWN_FIELD', message: 'property evil should not exist' },
      {
        field: 'talent.headcount',
        code: 'INVALID_INT',
        message: 'headcount must be an integer number',
      },
      { field: 'creditCode', code: 'INVALID_USCC', message: 'not a credit code' },
    ]);
  });
});
