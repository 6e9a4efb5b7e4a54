import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity.js';
import { UserEntity } from '../identity/user.entity.js';
import { StakeholderEntity } from '../stakeholders/stakeholder.entity.js';

export const GOAL_LEVELS = ['COLLECTIVE', 'INDIVIDUAL'] as const;
export const VALUE_CATEGORIES = ['RELIEVING', 'ENABLING', 'ENRICHING'] as const;
export const VALUE_DIMENSIONS = ['FINANCIAL', 'OPERATIONAL', 'SOCIAL', 'STRATEGIC'] as const;
export const GOAL_STATUSES = ['PROPOSED', 'ACTIVE', 'AT_RISK', 'ACHIEVED', 'ABANDONED', 'DECLINED'] as const;
export type GoalLevel = (typeof GOAL_LEVELS)[number];
export type ValueCategory = (typeof VALUE_CATEGORIES)[number];
export type ValueDimension = (typeof VALUE_DIMENSIONS)[number];
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** What a customer wants to achieve; written by the customer, or proposed by provider staff. */
@Entity({ name: 'goals' })
@Unique('goals_account_id_id_key', ['accountId', 'id'])
@ForeignKey(() => GoalEntity, ['accountId', 'parentId'], ['accountId', 'id'], { name: 'goals_parent_fkey' })
@ForeignKey(() => StakeholderEntity, ['accountId', 'ownerStakeholderId'], ['accountId', 'id'], {
  name: 'goals_owner_fkey',
})
@Index('goals_account_idx', ['accountId', 'createdAt', 'id'])
@Index('goals_parent_idx', ['accountId', 'parentId'])
@Index('goals_owner_idx', ['accountId', 'ownerStakeholderId'])
@Check('goals_title_check', `length(btrim(title)) BETWEEN 1 AND 200`)
@Check('goals_description_check', `length(description) <= 5000`)
@Check('goals_level_check', `level IN ('COLLECTIVE','INDIVIDUAL')`)
@Check(
  'goals_categories_check',
  `cardinality(categories) BETWEEN 1 AND 3 AND categories <@ ARRAY['RELIEVING','ENABLING','ENRICHING']::text[]`,
)
@Check('goals_dimensions_check', `dimensions <@ ARRAY['FINANCIAL','OPERATIONAL','SOCIAL','STRATEGIC']::text[]`)
@Check('goals_status_check', `status IN ('PROPOSED','ACTIVE','AT_RISK','ACHIEVED','ABANDONED','DECLINED')`)
@Check('goals_individual_owner_check', `level <> 'INDIVIDUAL' OR owner_stakeholder_id IS NOT NULL`)
@Check('goals_not_own_parent_check', `parent_id IS NULL OR parent_id <> id`)
export class GoalEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @ForeignKey(() => AccountEntity, 'id', { name: 'goals_account_id_fkey' })
  @Column({ type: 'uuid', name: 'account_id' })
  accountId!: string;

  @Column({ type: 'uuid', name: 'parent_id', nullable: true })
  parentId!: string | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text' })
  level!: GoalLevel;

  @Column({ type: 'text', array: true })
  categories!: ValueCategory[];

  @Column({ type: 'text', array: true, default: '{}' })
  dimensions!: ValueDimension[];

  @Column({ type: 'uuid', name: 'owner_stakeholder_id', nullable: true })
  ownerStakeholderId!: string | null;

  @Column({ type: 'text' })
  status!: GoalStatus;

  /** Why a goal was abandoned or a proposal declined. */
  @Column({ type: 'text', name: 'status_reason', nullable: true })
  statusReason!: string | null;

  /** The staff member who proposed the goal, by name. */
  @Column({ type: 'text', name: 'proposed_by_name', nullable: true })
  proposedByName!: string | null;

  @ForeignKey(() => UserEntity, 'id', { name: 'goals_created_by_user_id_fkey' })
  @Column({ type: 'uuid', name: 'created_by_user_id', nullable: true })
  createdByUserId!: string | null;

  @Column({ type: 'timestamptz', precision: 3, name: 'achieved_at', nullable: true })
  achievedAt!: Date | null;

  /** Bumped by every change: an edit names the version it started from. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
