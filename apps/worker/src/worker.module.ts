import { Module } from '@nestjs/common';
import { AppConfigModule, DatabaseModule, LoggingModule, OutboxRelayModule } from '@app/shared';

/** Queue-side process: relays the outbox to BullMQ (consumers arrive with later contexts). */
@Module({
  imports: [AppConfigModule, LoggingModule, DatabaseModule, OutboxRelayModule],
})
export class WorkerModule {}
