import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { RequestContext } from '../../platform/context.js';
import { forbidden, notFound, UserError, UserErrorsException } from '../../platform/errors.js';
import { fail } from '../../platform/validation.js';
import { expectGlobalId, fromGlobalId, paginate, type ConnectionArgs } from '../../platform/relay.js';
import type { FieldChangeRecord, LoggedValue } from '../changelog/change-log-entry.entity.js';
import { ChangeLogService, diffFields } from '../changelog/changelog.service.js';
import { IdentityService } from '../identity/identity.service.js';
import { AccountEntity, JOURNEY_PHASES, type JourneyPhase } from './account.entity.js';
import { accountById } from './account.loaders.js';

const accountNameSchema = z.string().trim().min(1, 'Enter an account name.').max(200, 'Use at most 200 characters.');
const renewalDateSchema = z.iso.date('Use a date in the form YYYY-MM-DD.');

export interface AccountChanges {
  name?: string | null;
  journeyPhase?: JourneyPhase | null;
  csmId?: string | null;
  renewalDate?: string | null;
}

const AUDITED_FIELDS = ['name', 'journeyPhase', 'csmUserId', 'renewalDate'] as const;

export class AccountService {
  constructor(private readonly ctx: RequestContext) {}

  /** An account by id, batched per request; null when outside the caller's scope. */
  findById(id: string): Promise<AccountEntity | null> {
    return accountById(this.ctx).load(id);
  }

  /**
   * The account a write is for: a customer user's own (an id may be left out), or the one
   * staff name. Another account is NOT_FOUND, as it is to row-level security.
   */
  async target(accountGlobalId: string | null | undefined, field = 'accountId'): Promise<AccountEntity> {
    const caller = this.ctx.requireCaller();
    const accountId = accountGlobalId ? expectGlobalId(accountGlobalId, 'Account', field) : caller.accountId;
    if (!accountId) fail('REQUIRED', 'Choose the account.', field);
    const account = await this.findById(accountId);
    if (!account || (caller.accountId && caller.accountId !== accountId)) throw notFound('That account');
    return account;
  }

  /** The accounts the caller may see, oldest first. */
  list(args: ConnectionArgs) {
    this.ctx.requireCaller();
    return paginate(this.ctx.manager.createQueryBuilder(AccountEntity, 'account'), args, {
      sortProperty: 'createdAt',
      direction: 'ASC',
    });
  }

  async create(input: AccountChanges & { name: string }): Promise<AccountEntity> {
    this.ctx.requireRole('PROVIDER_ADMIN');
    const values = await this.validate(input);
    const account = this.ctx.manager.create(AccountEntity, {
      id: randomUUID(),
      name: values.name ?? input.name,
      journeyPhase: values.journeyPhase ?? 'TRIGGER',
      csmUserId: values.csmUserId ?? null,
      renewalDate: values.renewalDate ?? null,
    });
    await this.insertUnique(account);
    const created = await this.ctx.manager.findOneByOrFail(AccountEntity, { id: account.id });
    await new ChangeLogService(this.ctx).record({
      accountId: created.id,
      action: 'account.created',
      entityType: 'Account',
      entityId: created.id,
      changes: await this.withCsmNames(diffFields({}, created, [...AUDITED_FIELDS])),
    });
    return created;
  }

  /**
   * Provider admins change anything; the assigned CSM changes the journey phase and
   * renewal date; customers read their account but do not change it here.
   */
  async update(accountId: string, input: AccountChanges): Promise<AccountEntity> {
    const caller = this.ctx.requireRole('PROVIDER_ADMIN', 'CSM');
    if (caller.role === 'CSM' && (input.name !== undefined || input.csmId !== undefined)) {
      throw forbidden('Only a provider admin can rename an account or reassign its CSM.');
    }
    const account = await this.findById(accountId);
    if (!account) throw new UserErrorsException([UserError.of('NOT_FOUND', 'That account was not found.', 'id')]);
    const values = await this.validate(input, account.id);
    const before = { ...account };
    const changed = diffFields(before, { ...before, ...values }, [...AUDITED_FIELDS]);
    if (changed.length === 0) return account;
    await this.ctx.manager
      .update(AccountEntity, { id: account.id }, { ...values, updatedAt: new Date() })
      .catch((error) => rethrowDuplicateName(error));
    const updated = await this.ctx.manager.findOneByOrFail(AccountEntity, { id: account.id });
    await new ChangeLogService(this.ctx).record({
      accountId: account.id,
      action: 'account.updated',
      entityType: 'Account',
      entityId: account.id,
      changes: await this.withCsmNames(changed),
    });
    return updated;
  }

  /** The log names the CSM, not their id: a reader of the log may not see staff records. */
  private async withCsmNames(changes: FieldChangeRecord[]): Promise<FieldChangeRecord[]> {
    const identity = new IdentityService(this.ctx);
    const nameOf = async (id: LoggedValue) =>
      typeof id === 'string' ? ((await identity.userById(id))?.name ?? null) : null;
    return Promise.all(
      changes.map(async (change) =>
        change.field === 'csmUserId'
          ? { field: 'csm', before: await nameOf(change.before), after: await nameOf(change.after) }
          : change,
      ),
    );
  }

  /** Checks every given field; collects all problems before failing. */
  private async validate(input: AccountChanges, accountId?: string): Promise<Partial<AccountEntity>> {
    const errors: UserError[] = [];
    const values: Partial<AccountEntity> = {};
    if (input.name !== undefined) {
      const parsed = accountNameSchema.safeParse(input.name ?? '');
      if (!parsed.success) errors.push(UserError.of('INVALID', parsed.error.issues[0]!.message, 'name'));
      else if (await this.nameTaken(parsed.data, accountId)) {
        errors.push(UserError.of('TAKEN', 'Another account already has that name.', 'name'));
      } else values.name = parsed.data;
    }
    if (input.journeyPhase !== undefined && input.journeyPhase !== null) {
      if (JOURNEY_PHASES.includes(input.journeyPhase)) values.journeyPhase = input.journeyPhase;
      else errors.push(UserError.of('INVALID', 'Unknown journey phase.', 'journeyPhase'));
    }
    if (input.renewalDate !== undefined) {
      if (input.renewalDate === null || input.renewalDate === '') values.renewalDate = null;
      else {
        const parsed = renewalDateSchema.safeParse(input.renewalDate);
        if (parsed.success) values.renewalDate = parsed.data;
        else errors.push(UserError.of('INVALID', parsed.error.issues[0]!.message, 'renewalDate'));
      }
    }
    if (input.csmId !== undefined) {
      if (input.csmId === null || input.csmId === '') values.csmUserId = null;
      else {
        const csmUserId = await this.resolveCsm(input.csmId);
        if (csmUserId) values.csmUserId = csmUserId;
        else errors.push(UserError.of('INVALID', 'The CSM must be a provider user with the CSM role.', 'csmId'));
      }
    }
    if (errors.length) throw new UserErrorsException(errors);
    return values;
  }

  /** Provider admins, who alone name accounts, see every account, so this check is complete. */
  private async nameTaken(name: string, exceptId?: string): Promise<boolean> {
    const query = this.ctx.manager
      .createQueryBuilder(AccountEntity, 'account')
      .where('lower(account.name) = lower(:name)', { name });
    if (exceptId) query.andWhere('account.id <> :exceptId', { exceptId });
    return (await query.getCount()) > 0;
  }

  private async resolveCsm(globalId: string): Promise<string | null> {
    const parsed = fromGlobalId(globalId);
    if (!parsed || parsed.typeName !== 'User') return null;
    const membership = await new IdentityService(this.ctx)
      .membershipsQuery()
      .where('membership.userId = :userId', { userId: parsed.id })
      .getOne();
    return membership?.role === 'CSM' ? parsed.id : null;
  }

  private async insertUnique(account: AccountEntity): Promise<void> {
    await this.ctx.manager.insert(AccountEntity, account).catch((error) => rethrowDuplicateName(error));
  }
}

function rethrowDuplicateName(error: unknown): never {
  if ((error as { constraint?: string }).constraint === 'accounts_name_key') {
    throw new UserErrorsException([UserError.of('TAKEN', 'Another account already has that name.', 'name')]);
  }
  throw error;
}
