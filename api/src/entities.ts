import { AccountEntity } from './modules/accounts/account.entity.js';
import { ChangeLogEntryEntity } from './modules/changelog/change-log-entry.entity.js';
import { MembershipEntity } from './modules/identity/membership.entity.js';
import { UserEntity } from './modules/identity/user.entity.js';
import { InvitationEntity } from './modules/invitations/invitation.entity.js';
import { GoalConflictEntity } from './modules/goals/goal-conflict.entity.js';
import { GoalEndorsementEntity } from './modules/goals/goal-endorsement.entity.js';
import { GoalMeasureEntity } from './modules/goals/goal-measure.entity.js';
import { GoalEntity } from './modules/goals/goal.entity.js';
import { MetricDefinitionEntity } from './modules/metrics/metric-definition.entity.js';
import { StakeholderEntity } from './modules/stakeholders/stakeholder.entity.js';
import { NotificationEntity } from './modules/notifications/notification.entity.js';
import { OutboxMessageEntity } from './modules/outbox/outbox-message.entity.js';

/** Every TypeORM entity; the migrated schema must match these exactly (a test checks). */
export const entities = [
  AccountEntity,
  UserEntity,
  MembershipEntity,
  InvitationEntity,
  ChangeLogEntryEntity,
  OutboxMessageEntity,
  MetricDefinitionEntity,
  StakeholderEntity,
  GoalEntity,
  GoalMeasureEntity,
  GoalEndorsementEntity,
  GoalConflictEntity,
  NotificationEntity,
];
