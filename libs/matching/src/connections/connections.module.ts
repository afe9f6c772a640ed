import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Demand } from '@app/demands';
import { Expert } from '@app/experts';
import { Organization, OrganizationsModule } from '@app/organizations';
import { ConnectionReader } from './connection-reader.service';
import { Connection } from './connection.entity';
import { ConnectionsController } from './connections.controller';
import { ConnectionsService } from './connections.service';
import { Responsiveness } from './responsiveness.service';

/** Interests and invitations between demands and candidates, answered into matches. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Connection, Demand, Expert, Organization]),
    OrganizationsModule,
  ],
  controllers: [ConnectionsController],
  providers: [ConnectionsService, ConnectionReader, Responsiveness],
  exports: [ConnectionReader, Responsiveness],
})
export class ConnectionsModule {}
