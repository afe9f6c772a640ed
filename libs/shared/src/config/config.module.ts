import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, validateEnvironment } from './env.schema';
import { rawEnvironment } from './dotenv';

/** Provides the validated `AppConfig` under the `APP_CONFIG` token. */
@Global()
@Module({
  providers: [
    {
      provide: APP_CONFIG,
      useFactory: () => validateEnvironment(rawEnvironment()),
    },
  ],
  exports: [APP_CONFIG],
})
export class AppConfigModule {}
