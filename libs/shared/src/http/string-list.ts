import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, IsArray, IsString, Length } from 'class-validator';
import { Optional } from './optional';

/** An optional list of short labels (tags, fields, skills): at most `maxItems`, each 1–30 characters. */
export const StringList = (maxItems: number) =>
  applyDecorators(
    Optional(),
    IsArray(),
    ArrayMaxSize(maxItems),
    IsString({ each: true }),
    Length(1, 30, { each: true }),
  );
