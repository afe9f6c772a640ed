import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DemandReadersModule } from '@app/demands';
import { ExpertDirectoryModule } from '@app/experts';
import { UserDirectoryModule } from '@app/identity';
import { OrganizationDirectoryModule } from '@app/organizations';
import { QueueModule, Queues } from '@app/shared';
import { DocumentLoader } from './indexing/document-loader';
import { IndexedSignal } from './indexing/indexed-signal';
import { SearchIndexProcessor } from './indexing/search-index.processor';
import { SearchIndexer } from './indexing/search-indexer.service';
import { type SearchSourcesOptions, withSearchSources } from './indexing/search-sources';
import { SavedSearchAlerts } from './saved-searches/saved-search-alerts';
import { SavedSearch } from './saved-searches/saved-search.entity';
import { SavedSearchesController } from './saved-searches/saved-searches.controller';
import { SavedSearchesService } from './saved-searches/saved-searches.service';
import { SearchController } from './query/search.controller';
import { SearchService } from './query/search.service';

/** The search API (read side) and users' saved searches. */
@Module({
  // Identity: saved_searches references users.
  imports: [TypeOrmModule.forFeature([SavedSearch]), UserDirectoryModule],
  controllers: [SearchController, SavedSearchesController],
  providers: [SearchService, SavedSearchesService],
  exports: [SearchService, SavedSearchesService],
})
export class SearchModule {}

/** The worker side: keeps the indexes in step with PostgreSQL from the outbox events. */
@Module({
  imports: [
    // The public state of other contexts' aggregates, read through their ports, becomes documents.
    DemandReadersModule,
    ExpertDirectoryModule,
    OrganizationDirectoryModule,
    QueueModule,
    // Notifications hears "indexed" from here (IndexedSignal).
    BullModule.registerQueue({ name: Queues.SearchIndex }, { name: Queues.Notifications }),
  ],
  providers: [DocumentLoader, SearchIndexer, SearchIndexProcessor, IndexedSignal],
  exports: [SearchIndexer],
})
export class SearchIndexingModule {
  /** With the searchable aggregates of contexts above search (see SearchSource). */
  static withSources(options: SearchSourcesOptions): DynamicModule {
    return withSearchSources(SearchIndexingModule, options);
  }
}

/** For the notifications worker: which saved searches a new posting satisfies. */
@Module({
  imports: [TypeOrmModule.forFeature([SavedSearch]), UserDirectoryModule],
  providers: [SavedSearchAlerts],
  exports: [SavedSearchAlerts],
})
export class SavedSearchAlertsModule {}
