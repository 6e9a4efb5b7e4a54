import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity.js';
import { GoalEntity } from './goal.entity.js';

export const CONFLICT_HANDLINGS = ['PRIORITIZE', 'SYMBIOTIC', 'PARALLEL', 'PARTITION'] as const;
export const CONFLICT_STATUSES = ['OPEN', 'RESOLVED'] as const;
export type ConflictHandling = (typeof CONFLICT_HANDLINGS)[number];
export type ConflictStatus = (typeof CONFLICT_STATUSES)[number];

/** Two goals that pull against each other, and how the customer handles it. */
@Entity({ name: 'goal_conflicts' })
@Unique('goal_conflicts_account_id_id_key', ['accountId', 'id'])
@ForeignKey(() => GoalEntity, ['accountId', 'goalAId'], ['accountId', 'id'], { name: 'goal_conflicts_goal_a_fkey' })
@ForeignKey(() => GoalEntity, ['accountId', 'goalBId'], ['accountId', 'id'], { name: 'goal_conflicts_goal_b_fkey' })
@Index('goal_conflicts_goal_a_idx', ['accountId', 'goalAId'])
@Index('goal_conflicts_goal_b_idx', ['accountId', 'goalBId'])
@Index('goal_conflicts_open_pair_key', { synchronize: false })
@Check('goal_conflicts_distinct_check', `goal_a_id <> goal_b_id`)
@Check('goal_conflicts_description_check', `length(btrim(description)) BETWEEN 1 AND 2000`)
@Check('goal_conflicts_status_check', `status IN ('OPEN','RESOLVED')`)
@Check('goal_conflicts_handling_check', `handling IN ('PRIORITIZE','SYMBIOTIC','PARALLEL','PARTITION')`)
@Check('goal_conflicts_resolved_check', `status = 'OPEN' OR handling IS NOT NULL`)
@Check(
  'goal_conflicts_prioritized_check',
  `(handling = 'PRIORITIZE') = (prioritized_goal_id IS NOT NULL) AND (prioritized_goal_id IS NULL OR prioritized_goal_id IN (goal_a_id, goal_b_id))`,
)
export class GoalConflictEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @ForeignKey(() => AccountEntity, 'id', { name: 'goal_conflicts_account_id_fkey' })
  @Column({ type: 'uuid', name: 'account_id' })
  accountId!: string;

  @Column({ type: 'uuid', name: 'goal_a_id' })
  goalAId!: string;

  @Column({ type: 'uuid', name: 'goal_b_id' })
  goalBId!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text', default: 'OPEN' })
  status!: ConflictStatus;

  @Column({ type: 'text', nullable: true })
  handling!: ConflictHandling | null;

  @Column({ type: 'uuid', name: 'prioritized_goal_id', nullable: true })
  prioritizedGoalId!: string | null;

  @Column({ type: 'text', name: 'resolution_note', nullable: true })
  resolutionNote!: string | null;

  @Column({ type: 'text', name: 'raised_by_name' })
  raisedByName!: string;

  @Column({ type: 'text', name: 'resolved_by_name', nullable: true })
  resolvedByName!: string | null;

  @Column({ type: 'timestamptz', precision: 3, name: 'resolved_at', nullable: true })
  resolvedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
