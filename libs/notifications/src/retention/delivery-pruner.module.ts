import { Module } from '@nestjs/common';
import { DeliveryPruner } from './delivery-pruner';

/** Retention of the email and webhook delivery logs, for the worker's pruning and the CLI. */
@Module({ providers: [DeliveryPruner], exports: [DeliveryPruner] })
export class DeliveryPrunerModule {}
