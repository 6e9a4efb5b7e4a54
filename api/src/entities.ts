import { AccountEntity } from './modules/accounts/account.entity.js';
import { ChangeLogEntryEntity } from './modules/changelog/change-log-entry.entity.js';
import { MembershipEntity } from './modules/identity/membership.entity.js';
import { UserEntity } from './modules/identity/user.entity.js';
import { InvitationEntity } from './modules/invitations/invitation.entity.js';
import { OutboxMessageEntity } from './modules/outbox/outbox-message.entity.js';

/** Every TypeORM entity; the migrated schema must match these exactly (a test checks). */
export const entities = [
  AccountEntity,
  UserEntity,
  MembershipEntity,
  InvitationEntity,
  ChangeLogEntryEntity,
  OutboxMessageEntity,
];
