import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from './user.entity';

/**
 * One district granted to a district operator (ADR 0016). The set of a user's rows is their
 * scope; the auth guard reads it with the session check. Deleting the rows revokes the grant;
 * the account stays.
 */
@Entity('operator_districts')
export class OperatorDistrict {
  @PrimaryColumn('uuid')
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  /** A code of the reference district catalogue (`@app/reference`). */
  @PrimaryColumn({ type: 'varchar', length: 16 })
  district: string;

  /** The platform admin who granted it (the audit log keeps the history). */
  @Column({ type: 'uuid', nullable: true })
  grantedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  grantedAt: Date;
}
