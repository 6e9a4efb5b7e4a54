import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity.js';
import { UserEntity } from '../identity/user.entity.js';

/** A field's value as the log keeps it: scalars only (dates as ISO strings). */
export type LoggedValue = string | number | boolean | null;

export interface FieldChangeRecord {
  field: string;
  before: LoggedValue;
  after: LoggedValue;
}

/** Append-only: the application role may insert and read entries, never change them. */
@Entity({ name: 'change_log_entries' })
@Index('change_log_entries_account_idx', { synchronize: false })
export class ChangeLogEntryEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @ForeignKey(() => AccountEntity, 'id', { name: 'change_log_entries_account_id_fkey' })
  @Column({ type: 'uuid', name: 'account_id', nullable: true })
  accountId!: string | null;

  @ForeignKey(() => UserEntity, 'id', { name: 'change_log_entries_actor_user_id_fkey' })
  @Column({ type: 'uuid', name: 'actor_user_id', nullable: true })
  actorUserId!: string | null;

  /** The actor's name when the change was made: entries stay readable when people leave. */
  @Column({ type: 'text', name: 'actor_name' })
  actorName!: string;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text', name: 'entity_type' })
  entityType!: string;

  @Column({ type: 'uuid', name: 'entity_id' })
  entityId!: string;

  @Column({ type: 'jsonb' })
  changes!: FieldChangeRecord[];

  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', default: () => 'clock_timestamp()' })
  createdAt!: Date;
}
