import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../platform/context.js';
import { forbidden } from '../../platform/errors.js';
import { childListPage, type ChildListSpec, type ConnectionArgs } from '../../platform/relay.js';
import { ChangeLogEntryEntity, type FieldChangeRecord, type LoggedValue } from './change-log-entry.entity.js';

const ACCOUNT_CHANGE_LOG: ChildListSpec<ChangeLogEntryEntity> = {
  name: 'changelog.account',
  entity: ChangeLogEntryEntity,
  parentProperty: 'accountId',
  sortProperty: 'createdAt',
  direction: 'DESC',
};

export interface ChangeRecord {
  /** null for provider-level changes (staff invitations). */
  accountId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  changes?: FieldChangeRecord[];
  /** Who acted, when the request has no signed-in caller yet (accepting an invitation). */
  actor?: { userId: string; name: string };
}

const toLogged = (value: unknown): LoggedValue =>
  value === undefined || value === null
    ? null
    : value instanceof Date
      ? value.toISOString()
      : typeof value === 'object'
        ? JSON.stringify(value)
        : (value as LoggedValue);

/** Lists the fields whose values differ, for a before/after change record. */
export function diffFields<T extends object>(
  before: Partial<T>,
  after: Partial<T>,
  fields: Array<keyof T & string>,
): FieldChangeRecord[] {
  return fields
    .map((field) => ({ field, before: toLogged(before[field]), after: toLogged(after[field]) }))
    .filter((change) => change.before !== change.after);
}

export class ChangeLogService {
  constructor(private readonly ctx: RequestContext) {}

  /** Writes an entry in the caller's transaction: it exists exactly when the change does. */
  async record(change: ChangeRecord): Promise<void> {
    const actor = change.actor ?? {
      userId: this.ctx.requireCaller().userId,
      name: this.ctx.requireCaller().userName,
    };
    const entry = this.ctx.manager.create(ChangeLogEntryEntity, {
      id: randomUUID(),
      accountId: change.accountId,
      actorUserId: actor.userId,
      actorName: actor.name,
      action: change.action,
      entityType: change.entityType,
      entityId: change.entityId,
      changes: change.changes ?? [],
    });
    await this.ctx.manager.insert(ChangeLogEntryEntity, entry);
  }

  /** The account's log, newest first: for customer admins and provider staff. */
  async listForAccount(accountId: string, args: ConnectionArgs) {
    const caller = this.ctx.requireCaller();
    if (caller.role === 'CUSTOMER_MEMBER') throw forbidden('Only account admins can read the change log.');
    return childListPage(this.ctx, ACCOUNT_CHANGE_LOG, accountId, args);
  }
}
