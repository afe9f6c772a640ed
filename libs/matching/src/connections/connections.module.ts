import { Module } from '@nestjs/common';
import { AuditLogModule } from '@app/audit';
import { AccountLinksModule } from '@app/identity';
import { ConnectionReadersModule } from './connection-readers.module';
import { ConnectionsController } from './connections.controller';
import { ConnectionsService } from './connections.service';

/** Interests and invitations between demands and candidates, answered into matches (HTTP). */
@Module({
  imports: [ConnectionReadersModule, AuditLogModule, AccountLinksModule],
  controllers: [ConnectionsController],
  providers: [ConnectionsService],
})
export class ConnectionsModule {}
