import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserDirectoryModule } from '@app/identity';
import { Expert } from '../expert.entity';
import { ExpertDirectory } from './expert-directory.service';

/**
 * The expert profiles' read port, without controllers. Identity comes along because
 * experts.user_id references users.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Expert]), UserDirectoryModule],
  providers: [ExpertDirectory],
  exports: [ExpertDirectory],
})
export class ExpertDirectoryModule {}
