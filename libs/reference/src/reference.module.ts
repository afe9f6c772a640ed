import { Module } from '@nestjs/common';
import { ReferenceController } from './http/reference.controller';

/** Public, read-only national and local reference data (industries, districts, majors). */
@Module({ controllers: [ReferenceController] })
export class ReferenceModule {}
