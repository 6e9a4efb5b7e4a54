import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity.js';
import type { MemberRole } from '../identity/membership.entity.js';
import { UserEntity } from '../identity/user.entity.js';

@Entity({ name: 'invitations' })
@Unique('invitations_token_hash_key', ['tokenHash'])
@Index('invitations_account_id_idx', ['accountId', 'createdAt', 'id'])
@Check('invitations_email_check', `email = lower(email)`)
@Check('invitations_role_check', `role IN ('CUSTOMER_ADMIN','CUSTOMER_MEMBER','CSM','PROVIDER_ADMIN')`)
@Check(
  'invitations_role_matches_side',
  `(account_id IS NULL AND role IN ('CSM','PROVIDER_ADMIN')) OR (account_id IS NOT NULL AND role IN ('CUSTOMER_ADMIN','CUSTOMER_MEMBER'))`,
)
export class InvitationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @ForeignKey(() => AccountEntity, 'id', { name: 'invitations_account_id_fkey' })
  @Column({ type: 'uuid', name: 'account_id', nullable: true })
  accountId!: string | null;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  role!: MemberRole;

  @Column({ type: 'text', name: 'token_hash', select: false })
  tokenHash!: string;

  @ForeignKey(() => UserEntity, 'id', { name: 'invitations_invited_by_user_id_fkey' })
  @Column({ type: 'uuid', name: 'invited_by_user_id' })
  invitedByUserId!: string;

  @Column({ type: 'text', name: 'invited_by_name' })
  invitedByName!: string;

  @Column({ type: 'timestamptz', precision: 3, name: 'expires_at' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, name: 'accepted_at', nullable: true })
  acceptedAt!: Date | null;

  @ForeignKey(() => UserEntity, 'id', { name: 'invitations_accepted_user_id_fkey' })
  @Column({ type: 'uuid', name: 'accepted_user_id', nullable: true })
  acceptedUserId!: string | null;

  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
