export { AuthService } from './auth/auth.service';
export { JwtAuthGuard } from './auth/jwt-auth.guard';
export { UserDto } from './dto/auth.dto';
export { User } from './entities/user.entity';
export { type Locale } from './entities/user.types';
export { IdentityModule } from './identity.module';
export { type UserRecord } from './users/user.record';
export { UserDirectory } from './users/user-directory.service';
export { UserDirectoryModule } from './users/user-directory.module';
