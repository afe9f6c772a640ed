import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DemandReadersModule } from '@app/demands';
import { ExpertDirectoryModule } from '@app/experts';
import { UserDirectoryModule } from '@app/identity';
import { OrganizationDirectoryModule } from '@app/organizations';
import { ContactBook } from '../contacts/contact-book';
import { ConnectionReader } from './connection-reader.service';
import { Connection } from './connection.entity';

/** The connections' read port, without controllers: for the notifications fan-out (worker). */
@Module({
  imports: [
    TypeOrmModule.forFeature([Connection]),
    // Other contexts' read ports (and, with them, the tables connections reference).
    DemandReadersModule,
    ExpertDirectoryModule,
    OrganizationDirectoryModule,
    UserDirectoryModule,
  ],
  providers: [ConnectionReader, ContactBook],
  exports: [
    ConnectionReader,
    DemandReadersModule,
    ExpertDirectoryModule,
    OrganizationDirectoryModule,
  ],
})
export class ConnectionReadersModule {}
