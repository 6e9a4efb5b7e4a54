import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity.js';
import { UserEntity } from './user.entity.js';

export const CUSTOMER_ROLES = ['CUSTOMER_ADMIN', 'CUSTOMER_MEMBER'] as const;
export const STAFF_ROLES = ['CSM', 'PROVIDER_ADMIN'] as const;
export type CustomerRole = (typeof CUSTOMER_ROLES)[number];
export type StaffRole = (typeof STAFF_ROLES)[number];
export type MemberRole = CustomerRole | StaffRole;

export const isStaffRole = (role: string): role is StaffRole => (STAFF_ROLES as readonly string[]).includes(role);

/** A user's place: in one customer account, or (account null) on the provider's staff. */
@Entity({ name: 'memberships' })
@Index('memberships_account_id_idx', ['accountId', 'createdAt', 'id'])
@Check('memberships_role_check', `role IN ('CUSTOMER_ADMIN','CUSTOMER_MEMBER','CSM','PROVIDER_ADMIN')`)
@Check(
  'memberships_role_matches_side',
  `(account_id IS NULL AND role IN ('CSM','PROVIDER_ADMIN')) OR (account_id IS NOT NULL AND role IN ('CUSTOMER_ADMIN','CUSTOMER_MEMBER'))`,
)
export class MembershipEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Index('memberships_user_id_key', { unique: true })
  @ForeignKey(() => UserEntity, 'id', { name: 'memberships_user_id_fkey' })
  @Column({ type: 'uuid', name: 'user_id' })
  userId!: string;

  @ForeignKey(() => AccountEntity, 'id', { name: 'memberships_account_id_fkey' })
  @Column({ type: 'uuid', name: 'account_id', nullable: true })
  accountId!: string | null;

  @Column({ type: 'text' })
  role!: MemberRole;

  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
