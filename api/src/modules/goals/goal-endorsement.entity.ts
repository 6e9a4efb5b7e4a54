import { Column, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity.js';
import { StakeholderEntity } from '../stakeholders/stakeholder.entity.js';
import { GoalEntity } from './goal.entity.js';

/** A stakeholder backing a collective goal: organisations do not have goals, people do. */
@Entity({ name: 'goal_endorsements' })
@Unique('goal_endorsements_account_id_id_key', ['accountId', 'id'])
@Unique('goal_endorsements_goal_stakeholder_key', ['accountId', 'goalId', 'stakeholderId'])
@ForeignKey(() => GoalEntity, ['accountId', 'goalId'], ['accountId', 'id'], { name: 'goal_endorsements_goal_fkey' })
@ForeignKey(() => StakeholderEntity, ['accountId', 'stakeholderId'], ['accountId', 'id'], {
  name: 'goal_endorsements_stakeholder_fkey',
})
@Index('goal_endorsements_stakeholder_idx', ['accountId', 'stakeholderId'])
export class GoalEndorsementEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @ForeignKey(() => AccountEntity, 'id', { name: 'goal_endorsements_account_id_fkey' })
  @Column({ type: 'uuid', name: 'account_id' })
  accountId!: string;

  @Column({ type: 'uuid', name: 'goal_id' })
  goalId!: string;

  @Column({ type: 'uuid', name: 'stakeholder_id' })
  stakeholderId!: string;

  /** Who recorded it: the stakeholder themself, or an admin on their behalf. */
  @Column({ type: 'text', name: 'endorsed_by_name' })
  endorsedByName!: string;

  @Column({ type: 'timestamptz', precision: 3, name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
