import { Module, type OnApplicationShutdown, Inject } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/shared';
import { ATTACHMENT_STORAGE, type AttachmentStorage } from './attachment-storage';
import { LocalDiskStorage } from './local-disk.storage';
import { S3Storage } from './s3.storage';

/** The driver STORAGE_DRIVER names (the config schema made sure its settings are present). */
export function storageFromConfig(config: AppConfig): AttachmentStorage {
  if (config.STORAGE_DRIVER === 's3') {
    return new S3Storage({
      bucket: config.S3_BUCKET as string,
      region: config.S3_REGION,
      endpoint: config.S3_ENDPOINT,
      accessKeyId: config.S3_ACCESS_KEY_ID as string,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY as string,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
    });
  }
  return new LocalDiskStorage(config.STORAGE_DIR);
}

/** Provides ATTACHMENT_STORAGE: local disk by default, S3 when configured. */
@Module({
  providers: [{ provide: ATTACHMENT_STORAGE, inject: [APP_CONFIG], useFactory: storageFromConfig }],
  exports: [ATTACHMENT_STORAGE],
})
export class AttachmentStorageModule implements OnApplicationShutdown {
  constructor(@Inject(ATTACHMENT_STORAGE) private readonly storage: AttachmentStorage) {}

  onApplicationShutdown(): void {
    if (this.storage instanceof S3Storage) this.storage.close();
  }
}
