import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity.js';

export const OUTBOX_STATUSES = ['PENDING', 'SENT', 'HELD', 'FAILED'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** An outgoing message, written in the transaction that caused it and delivered by a job. */
@Entity({ name: 'outbox_messages' })
@Index('outbox_messages_pending_idx', { synchronize: false })
@Index('outbox_messages_account_idx', { synchronize: false })
@Check('outbox_messages_status_check', `status IN ('PENDING','SENT','HELD','FAILED')`)
export class OutboxMessageEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @ForeignKey(() => AccountEntity, 'id', { name: 'outbox_messages_account_id_fkey' })
  @Column({ type: 'uuid', name: 'account_id', nullable: true })
  accountId!: string | null;

  @Column({ type: 'text', name: 'to_email' })
  toEmail!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text', name: 'body_text' })
  bodyText!: string;

  @Column({ type: 'text', default: 'PENDING' })
  status!: OutboxStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'text', name: 'last_error', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', precision: 3, name: 'next_attempt_at', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', default: () => 'clock_timestamp()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, name: 'delivered_at', nullable: true })
  deliveredAt!: Date | null;
}
