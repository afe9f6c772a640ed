export { AuthService } from './auth/auth.service';
export { JwtAuthGuard } from './auth/jwt-auth.guard';
export { UserDto } from './dto/auth.dto';
export { User } from './entities/user.entity';
export { IdentityModule } from './identity.module';
