import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { SearchType } from '../search-indexes';
import type { SavedSearchFilters } from './saved-search-filters';

/** A user's named search, re-run on demand; the notifications context alerts on new matches. */
@Entity('saved_searches')
@Index('ux_saved_searches_user_name', ['userId', 'name'], { unique: true })
export class SavedSearch {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The owner's account (identity context). */
  @Column('uuid')
  @ForeignKey('users', { onDelete: 'CASCADE' })
  userId: string;

  @Column({ length: 50 })
  name: string;

  /** One of SEARCH_TYPES (text, not a PostgreSQL enum, so a new index type needs no migration). */
  @Column({ type: 'varchar', length: 16 })
  type: SearchType;

  /** The words; '' lists everything of the type. */
  @Column({ length: 100, default: '' })
  q: string;

  @Column('jsonb', { default: {} })
  filters: SavedSearchFilters;

  @Column({ default: true })
  alertsEnabled: boolean;

  /** When its results were last fetched (not an edit: updatedAt stays). */
  @Column({ type: 'timestamptz', nullable: true })
  lastRunAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
