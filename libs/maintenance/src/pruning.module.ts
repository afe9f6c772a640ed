import { type DynamicModule, Module } from '@nestjs/common';
import { SessionPrunerModule } from '@app/identity';
import { DeliveryPrunerModule } from '@app/notifications';
import { EVENT_ROUTES, type EventRoute, OutboxPruner } from '@app/shared';
import { Pruning } from './pruning.service';

/**
 * The pruning run, without a queue (the CLI's `prune`). `routes` are the outbox routes the
 * relay serves: an event is kept until every route that keeps receipts has handled it.
 */
@Module({})
export class PruningModule {
  static forRoutes(routes: readonly EventRoute[]): DynamicModule {
    return {
      module: PruningModule,
      imports: [SessionPrunerModule, DeliveryPrunerModule],
      providers: [{ provide: EVENT_ROUTES, useValue: routes }, OutboxPruner, Pruning],
      exports: [Pruning],
    };
  }
}
