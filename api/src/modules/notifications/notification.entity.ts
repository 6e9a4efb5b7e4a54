import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity.js';
import { UserEntity } from '../identity/user.entity.js';

/** A message for one person inside Ascent: the bell's list. */
@Entity({ name: 'notifications' })
@Unique('notifications_account_id_id_key', ['accountId', 'id'])
@Index('notifications_recipient_idx', { synchronize: false })
@Index('notifications_unread_idx', { synchronize: false })
@Index('notifications_dedupe_key', { synchronize: false })
@Check('notifications_kind_check', `kind ~ '^[a-z][a-z_.]{0,79}$'`)
@Check('notifications_title_check', `length(btrim(title)) BETWEEN 1 AND 200`)
@Check('notifications_body_check', `length(body) <= 2000`)
@Check('notifications_link_check', `link IS NULL OR (link LIKE '/%' AND link NOT LIKE '//%')`)
export class NotificationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** The account it is about; null for provider-level news. */
  @ForeignKey(() => AccountEntity, 'id', { name: 'notifications_account_id_fkey' })
  @Column({ type: 'uuid', name: 'account_id', nullable: true })
  accountId!: string | null;

  @ForeignKey(() => UserEntity, 'id', { name: 'notifications_recipient_user_id_fkey' })
  @Column({ type: 'uuid', name: 'recipient_user_id' })
  recipientUserId!: string;

  /** What happened, as a dotted name: `goal.achieved`, `learning.nudge`. */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  body!: string;

  /** Where in the portal to act on it: a path on this site. */
  @Column({ type: 'text', nullable: true })
  link!: string | null;

  /** Same key, same recipient: sent once, however often the cause is seen. */
  @Column({ type: 'text', name: 'dedupe_key', nullable: true })
  dedupeKey!: string | null;

  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', default: () => 'clock_timestamp()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, name: 'read_at', nullable: true })
  readAt!: Date | null;
}
