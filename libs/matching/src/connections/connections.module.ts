import { Module } from '@nestjs/common';
import { ConnectionReadersModule } from './connection-readers.module';
import { ConnectionsController } from './connections.controller';
import { ConnectionsService } from './connections.service';

/** Interests and invitations between demands and candidates, answered into matches (HTTP). */
@Module({
  imports: [ConnectionReadersModule],
  controllers: [ConnectionsController],
  providers: [ConnectionsService],
})
export class ConnectionsModule {}
