import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { IMPORT_TYPES, ImportStatus, type ImportType, type StoredReport } from './import-types';

/**
 * A validated upload waiting for its commit. The parsed rows live in `report`, so committing
 * needs no re-upload and inserts exactly what the admin reviewed.
 */
@Entity('import_batches')
@Index('ix_import_batches_expires', ['expiresAt'], { where: "status = 'validated'" })
export class ImportBatch {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: IMPORT_TYPES, enumName: 'import_type' })
  type: ImportType;

  @Column({
    type: 'enum',
    enum: ImportStatus,
    enumName: 'import_status',
    default: ImportStatus.Validated,
  })
  status: ImportStatus;

  @Column({ length: 255 })
  fileName: string;

  @Column('uuid')
  createdBy: string;

  @Column('jsonb')
  report: StoredReport;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  committedAt: Date | null;

  /** The profiles the commit made, in row order (claim invitations are sent from them). */
  @Column('uuid', { array: true, default: '{}' })
  createdIds: string[];

  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}
