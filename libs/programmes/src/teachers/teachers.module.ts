import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditLogModule } from '@app/audit';
import { DemandReadersModule } from '@app/demands';
import { ExpertDirectoryModule } from '@app/experts';
import { OrganizationDirectoryModule } from '@app/organizations';
import { PracticeLog } from './practice-log.entity';
import { Teacher } from './teacher.entity';
import { CollegeTeachersController, PracticeLogsController } from './teachers.controller';
import { CollegeAccess } from './college-access';
import { PracticeService } from './practice.service';
import { TeachersService } from './teachers.service';

/** A college's teachers, their practice ledger and the two-for-one flow (ADR 0019 addendum). */
@Module({
  imports: [
    TypeOrmModule.forFeature([Teacher, PracticeLog]),
    OrganizationDirectoryModule,
    ExpertDirectoryModule,
    DemandReadersModule,
    AuditLogModule,
  ],
  controllers: [CollegeTeachersController, PracticeLogsController],
  providers: [TeachersService, PracticeService, CollegeAccess],
})
export class TeachersModule {}
