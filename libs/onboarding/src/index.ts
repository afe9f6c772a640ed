export { ImportBatch } from './import-batch.entity';
export {
  type CommitResult,
  IMPORT_TYPES,
  type ImportReport,
  type ImportRowReport,
  ImportStatus,
  type ImportType,
  MAX_DATA_ROWS,
  MAX_FILE_BYTES,
} from './import-types';
export { OnboardingModule } from './onboarding.module';
export { OnboardingService, type UploadedImportFile } from './onboarding.service';
