import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity.js';
import { MetricDefinitionEntity } from '../metrics/metric-definition.entity.js';
import { GoalEntity } from './goal.entity.js';

export const AMBITIONS = ['GOOD_ENOUGH', 'EXCEPTIONAL'] as const;
export type Ambition = (typeof AMBITIONS)[number];

/** How a goal's success is measured: a metric moving from a baseline to a target by a date. */
@Entity({ name: 'goal_measures' })
@Unique('goal_measures_account_id_id_key', ['accountId', 'id'])
@Unique('goal_measures_goal_key', ['accountId', 'goalId'])
@ForeignKey(() => GoalEntity, ['accountId', 'goalId'], ['accountId', 'id'], { name: 'goal_measures_goal_fkey' })
@ForeignKey(() => MetricDefinitionEntity, ['accountId', 'metricDefinitionId'], ['accountId', 'id'], {
  name: 'goal_measures_metric_fkey',
})
@Index('goal_measures_metric_idx', ['accountId', 'metricDefinitionId'])
@Check(
  'goal_measures_finite_check',
  `baseline NOT IN ('NaN','Infinity','-Infinity') AND target NOT IN ('NaN','Infinity','-Infinity')`,
)
@Check('goal_measures_ambition_check', `ambition IN ('GOOD_ENOUGH','EXCEPTIONAL')`)
export class GoalMeasureEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @ForeignKey(() => AccountEntity, 'id', { name: 'goal_measures_account_id_fkey' })
  @Column({ type: 'uuid', name: 'account_id' })
  accountId!: string;

  @Column({ type: 'uuid', name: 'goal_id' })
  goalId!: string;

  @Column({ type: 'uuid', name: 'metric_definition_id' })
  metricDefinitionId!: string;

  @Column({ type: 'double precision' })
  baseline!: number;

  @Column({ type: 'double precision' })
  target!: number;

  /** YYYY-MM-DD */
  @Column({ type: 'date', name: 'due_date', nullable: true })
  dueDate!: string | null;

  @Column({ type: 'text' })
  ambition!: Ambition;

  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
