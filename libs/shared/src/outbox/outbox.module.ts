import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxEvent } from './outbox-event.entity';
import { OutboxReceipt } from './outbox-receipt.entity';
import { OutboxService } from './outbox.service';

/** Lets any context record events in its own transactions. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([OutboxEvent, OutboxReceipt])],
  providers: [OutboxService],
  exports: [OutboxService],
})
export class OutboxModule {}
