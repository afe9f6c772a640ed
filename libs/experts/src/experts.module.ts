import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExpertDirectoryModule } from './directory/expert-directory.module';
import { Expert } from './expert.entity';
import { ExpertsController } from './experts.controller';
import { ExpertsService } from './experts.service';

@Module({
  imports: [TypeOrmModule.forFeature([Expert]), ExpertDirectoryModule],
  controllers: [ExpertsController],
  providers: [ExpertsService],
  exports: [ExpertsService, ExpertDirectoryModule],
})
export class ExpertsModule {}
