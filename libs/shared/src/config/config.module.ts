import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, validateEnvironment } from './env.schema';
import { loadDotEnv } from './dotenv';

/** Provides the validated `AppConfig` under the `APP_CONFIG` token. */
@Global()
@Module({
  providers: [
    {
      provide: APP_CONFIG,
      useFactory: () => validateEnvironment({ ...loadDotEnv(), ...process.env }),
    },
  ],
  exports: [APP_CONFIG],
})
export class AppConfigModule {}
