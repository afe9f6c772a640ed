import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RESPONSIVENESS_LOOKUP } from '@app/shared';
import { DemandReadersModule } from '@app/demands';
import { ExpertDirectoryModule } from '@app/experts';
import { UserDirectoryModule } from '@app/identity';
import { OrganizationDirectoryModule } from '@app/organizations';
import { ConnectionReader } from './connection-reader.service';
import { Connection } from './connection.entity';
import { ConnectionsController } from './connections.controller';
import { ConnectionsService } from './connections.service';
import { Responsiveness } from './responsiveness.service';

/**
 * Interests and invitations between demands and candidates, answered into matches. Global only
 * for RESPONSIVENESS_LOOKUP: the profiles it depends on show the figures without importing it.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([Connection]),
    // Other contexts' read ports (and, with them, the tables connections reference).
    DemandReadersModule,
    ExpertDirectoryModule,
    OrganizationDirectoryModule,
    UserDirectoryModule,
  ],
  controllers: [ConnectionsController],
  providers: [
    ConnectionsService,
    ConnectionReader,
    Responsiveness,
    { provide: RESPONSIVENESS_LOOKUP, useExisting: Responsiveness },
  ],
  exports: [ConnectionReader, Responsiveness, RESPONSIVENESS_LOOKUP],
})
export class ConnectionsModule {}
