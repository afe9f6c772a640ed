import { Global, Module } from '@nestjs/common';
import { ExpertDirectoryModule } from '@app/experts';
import { OrganizationDirectoryModule } from '@app/organizations';
import { RESPONSIVENESS_LOOKUP } from '@app/shared';
import { Responsiveness } from './responsiveness.service';

/**
 * How reliably experts and organisations answer, under RESPONSIVENESS_LOOKUP for the profile
 * contexts, which cannot import matching (it depends on them). Global for that one token only
 * (ADR 0009); MatchingModule imports it once, so the api has it and the worker does not.
 */
@Global()
@Module({
  imports: [ExpertDirectoryModule, OrganizationDirectoryModule],
  providers: [Responsiveness, { provide: RESPONSIVENESS_LOOKUP, useExisting: Responsiveness }],
  exports: [Responsiveness, RESPONSIVENESS_LOOKUP],
})
export class ResponsivenessModule {}
