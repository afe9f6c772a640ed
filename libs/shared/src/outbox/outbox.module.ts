import { Global, Module } from '@nestjs/common';
import { OutboxService } from './outbox.service';

/** Lets any context record events in its own transactions. */
@Global()
@Module({ providers: [OutboxService], exports: [OutboxService] })
export class OutboxModule {}
