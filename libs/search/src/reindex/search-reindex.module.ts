import { type DynamicModule, Module } from '@nestjs/common';
import { DemandReadersModule } from '@app/demands';
import { ExpertDirectoryModule } from '@app/experts';
import { OrganizationDirectoryModule } from '@app/organizations';
import { MeilisearchModule } from '@app/shared';
import { DocumentLoader } from '../indexing/document-loader';
import { SearchIndexer } from '../indexing/search-indexer.service';
import { type SearchSourcesOptions, withSearchSources } from '../indexing/search-sources';
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
    // The read ports DocumentLoader and FreshIndexBuilder use, so the module stands on its own.
    DemandReadersModule,
    ExpertDirectoryModule,
    OrganizationDirectoryModule,
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
export class SearchReindexModule {
  /** With the searchable aggregates of contexts above search (see SearchSource). */
  static withSources(options: SearchSourcesOptions): DynamicModule {
    return withSearchSources(SearchReindexModule, options);
  }
}
