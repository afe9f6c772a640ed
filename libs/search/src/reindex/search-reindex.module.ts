import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Demand, Offer } from '@app/demands';
import { Expert } from '@app/experts';
import { User } from '@app/identity';
import { Organization } from '@app/organizations';
import { MeilisearchModule } from '@app/shared';
import { DocumentLoader } from '../indexing/document-loader';
import { SearchIndexer } from '../indexing/search-indexer.service';
import { FreshIndexBuilder } from './fresh-index-builder';
import { IndexSetSwap } from './index-set-swap';
import { OutboxCatchUp } from './outbox-catch-up';
import { ReindexLock } from './reindex-lock';
import { SearchReindexer } from './search-reindexer.service';

/**
 * The full rebuild, for the CLI. Not part of SearchIndexingModule on purpose: that one runs the
 * search-index queue's processor, and a one-off command must not start consuming the worker's
 * jobs. Needs AppConfigModule and DatabaseModule from the importing application.
 */
@Module({
  imports: [
    // The entities DocumentLoader reads, registered here too so the module stands on its own.
    TypeOrmModule.forFeature([Demand, Offer, Expert, Organization, User]),
    MeilisearchModule,
  ],
  providers: [
    DocumentLoader,
    SearchIndexer,
    ReindexLock,
    FreshIndexBuilder,
    OutboxCatchUp,
    IndexSetSwap,
    SearchReindexer,
  ],
  exports: [SearchReindexer],
})
export class SearchReindexModule {}
