import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Demand, Offer } from '@app/demands';
import { Expert } from '@app/experts';
import { User } from '@app/identity';
import { Organization } from '@app/organizations';
import { QueueModule, Queues } from '@app/shared';
import { DocumentLoader } from './indexing/document-loader';
import { SearchIndexProcessor } from './indexing/search-index.processor';
import { SearchIndexer } from './indexing/search-indexer.service';
import { SavedSearchAlerts } from './saved-searches/saved-search-alerts';
import { SavedSearch } from './saved-searches/saved-search.entity';
import { SavedSearchesController } from './saved-searches/saved-searches.controller';
import { SavedSearchesService } from './saved-searches/saved-searches.service';
import { SearchController } from './query/search.controller';
import { SearchService } from './query/search.service';

/** The search API (read side) and users' saved searches. */
@Module({
  imports: [TypeOrmModule.forFeature([SavedSearch])],
  controllers: [SearchController, SavedSearchesController],
  providers: [SearchService, SavedSearchesService],
  exports: [SearchService, SavedSearchesService],
})
export class SearchModule {}

/** The worker side: keeps the indexes in step with PostgreSQL from the outbox events. */
@Module({
  imports: [
    // Read-only: the public state of other contexts' aggregates becomes search documents.
    TypeOrmModule.forFeature([Demand, Offer, Expert, Organization, User]),
    QueueModule,
    BullModule.registerQueue({ name: Queues.SearchIndex }),
  ],
  providers: [DocumentLoader, SearchIndexer, SearchIndexProcessor],
  exports: [SearchIndexer],
})
export class SearchIndexingModule {}

/** For the notifications worker: which saved searches a new posting satisfies. */
@Module({
  imports: [TypeOrmModule.forFeature([SavedSearch])],
  providers: [SavedSearchAlerts],
  exports: [SavedSearchAlerts],
})
export class SavedSearchAlertsModule {}
