import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppliedVersion } from './applied-version.entity';
import { OutboxEvent } from './outbox-event.entity';
import { OutboxReceipt } from './outbox-receipt.entity';
import { OutboxService } from './outbox.service';

/** Lets any context record events in its own transactions. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([OutboxEvent, OutboxReceipt, AppliedVersion])],
  providers: [OutboxService],
  exports: [OutboxService],
})
export class OutboxModule {}
