import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity.js';
import { UserEntity } from '../identity/user.entity.js';

export const STAKEHOLDER_GROUPS = [
  'MANAGEMENT',
  'FRONT_LINE',
  'IT',
  'PROCUREMENT',
  'END_CUSTOMER',
  'OTHER_SUPPLIER',
] as const;
export const STAKEHOLDER_CENTRES = ['BUYING', 'USAGE'] as const;
export const STAKEHOLDER_STATUSES = ['PROPOSED', 'ACTIVE', 'DECLINED', 'ARCHIVED'] as const;
export type StakeholderGroup = (typeof STAKEHOLDER_GROUPS)[number];
export type StakeholderCentre = (typeof STAKEHOLDER_CENTRES)[number];
export type StakeholderStatus = (typeof STAKEHOLDER_STATUSES)[number];

/** A person at the customer, optionally a user; endorses collective goals, owns individual ones. */
@Entity({ name: 'stakeholders' })
@Unique('stakeholders_account_id_id_key', ['accountId', 'id'])
@Index('stakeholders_account_idx', ['accountId', 'createdAt', 'id'])
@Index('stakeholders_user_key', { synchronize: false })
@Check('stakeholders_name_check', `length(btrim(name)) BETWEEN 1 AND 200`)
@Check('stakeholders_title_check', `length(title) <= 200`)
@Check(
  'stakeholders_group_check',
  `stakeholder_group IN ('MANAGEMENT','FRONT_LINE','IT','PROCUREMENT','END_CUSTOMER','OTHER_SUPPLIER')`,
)
@Check(
  'stakeholders_centres_check',
  `cardinality(centres) BETWEEN 1 AND 2 AND centres <@ ARRAY['BUYING','USAGE']::text[]`,
)
@Check('stakeholders_influence_check', `influence BETWEEN 1 AND 5`)
@Check('stakeholders_status_check', `status IN ('PROPOSED','ACTIVE','DECLINED','ARCHIVED')`)
export class StakeholderEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @ForeignKey(() => AccountEntity, 'id', { name: 'stakeholders_account_id_fkey' })
  @Column({ type: 'uuid', name: 'account_id' })
  accountId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: '' })
  title!: string;

  @Column({ type: 'text', name: 'stakeholder_group' })
  group!: StakeholderGroup;

  @Column({ type: 'text', array: true })
  centres!: StakeholderCentre[];

  @Column({ type: 'integer' })
  influence!: number;

  @ForeignKey(() => UserEntity, 'id', { name: 'stakeholders_user_id_fkey' })
  @Column({ type: 'uuid', name: 'user_id', nullable: true })
  userId!: string | null;

  @Column({ type: 'text' })
  status!: StakeholderStatus;

  @Column({ type: 'text', name: 'status_reason', nullable: true })
  statusReason!: string | null;

  /** The staff member who suggested the stakeholder, by name. */
  @Column({ type: 'text', name: 'proposed_by_name', nullable: true })
  proposedByName!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
