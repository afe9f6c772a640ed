import { Module } from '@nestjs/common';

/** Email channel, API side (placeholder). */
@Module({})
export class EmailModule {}

/** Email channel, worker side (placeholder). */
@Module({})
export class EmailWorkerModule {}
