import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OperatorDistrict } from '../entities/operator-district.entity';
import { User } from '../entities/user.entity';
import { UserDirectory } from './user-directory.service';

/**
 * The accounts' read port, without the auth machinery: contexts that read users, or whose
 * tables reference `users`, import this (it also registers the entity their foreign keys name).
 */
@Module({
  imports: [TypeOrmModule.forFeature([User, OperatorDistrict])],
  providers: [UserDirectory],
  exports: [UserDirectory],
})
export class UserDirectoryModule {}
