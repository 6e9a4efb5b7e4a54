import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { z } from 'zod';
import type { Caller, RequestContext } from '../../platform/context.js';
import { forbidden, notFound, staleVersion } from '../../platform/errors.js';
import { expectGlobalId, paginate, type ConnectionArgs } from '../../platform/relay.js';
import { definedOnly, fail, InputCheck } from '../../platform/validation.js';
import { AccountService } from '../accounts/account.service.js';
import { ChangeLogService, diffFields } from '../changelog/changelog.service.js';
import { IdentityService } from '../identity/identity.service.js';
import { isStaffRole } from '../identity/membership.entity.js';
import {
  STAKEHOLDER_CENTRES,
  STAKEHOLDER_GROUPS,
  StakeholderEntity,
  type StakeholderCentre,
  type StakeholderGroup,
  type StakeholderStatus,
} from './stakeholder.entity.js';
import { stakeholderById } from './stakeholder.loaders.js';

const nameSchema = z.string().trim().min(1, 'Enter the person’s name.').max(200, 'Use at most 200 characters.');
const titleSchema = z.string().trim().max(200, 'Use at most 200 characters.');
const influenceSchema = z
  .number()
  .int('Influence is a whole number.')
  .min(1, 'Influence is 1 to 5.')
  .max(5, 'Influence is 1 to 5.');
const reasonSchema = z
  .string()
  .trim()
  .min(1, 'Say why, for the person who suggested it.')
  .max(1000, 'Use at most 1,000 characters.');

export interface StakeholderFields {
  name?: string | null;
  title?: string | null;
  group?: StakeholderGroup | null;
  centres?: StakeholderCentre[] | null;
  influence?: number | null;
  userId?: string | null;
}

const AUDITED = ['name', 'title', 'group', 'centres', 'influence', 'userId', 'status', 'statusReason'] as const;
const LIVE: StakeholderStatus[] = ['PROPOSED', 'ACTIVE'];

export class StakeholderService {
  constructor(private readonly ctx: RequestContext) {}

  findById(id: string): Promise<StakeholderEntity | null> {
    return stakeholderById(this.ctx).load(id);
  }

  /** The stakeholder, synchronously when this request already loaded it. */
  findByIdNow(id: string): StakeholderEntity | null | Promise<StakeholderEntity | null> {
    return stakeholderById(this.ctx).loadNow(id);
  }

  loadMany(ids: string[]) {
    return stakeholderById(this.ctx).loadMany(ids);
  }

  /** An account's stakeholders, oldest first; archived and declined ones only when asked for. */
  list(accountId: string, args: ConnectionArgs & { status?: StakeholderStatus[] | null }) {
    this.ctx.requireCaller();
    const query = this.ctx.manager
      .createQueryBuilder(StakeholderEntity, 'stakeholder')
      .where('stakeholder.accountId = :accountId', { accountId })
      .andWhere('stakeholder.status IN (:...statuses)', { statuses: args.status?.length ? args.status : LIVE });
    return paginate(query, args, { sortProperty: 'createdAt', direction: 'ASC' });
  }

  /** Customer admins add stakeholders; provider staff suggest them (PROPOSED). */
  async create(input: StakeholderFields & { accountId?: string | null }): Promise<StakeholderEntity> {
    const caller = this.ctx.requireRole('CUSTOMER_ADMIN', 'CSM', 'PROVIDER_ADMIN');
    const account = await new AccountService(this.ctx).target(input.accountId);
    const check = new InputCheck();
    const values = await this.validate(check, account.id, input, true);
    check.throwIfAny();
    const proposed = isStaffRole(caller.role);
    const stakeholder = this.ctx.manager.create(StakeholderEntity, {
      id: randomUUID(),
      accountId: account.id,
      title: '',
      userId: null,
      ...values,
      status: proposed ? 'PROPOSED' : 'ACTIVE',
      statusReason: null,
      proposedByName: proposed ? caller.userName : null,
      version: 1,
    });
    await this.insert(stakeholder);
    await this.log(
      stakeholder,
      proposed ? 'stakeholder.proposed' : 'stakeholder.created',
      diffFields({}, stakeholder, [...AUDITED]),
    );
    return this.reload(stakeholder.id);
  }

  async update(id: string, version: number, input: StakeholderFields): Promise<StakeholderEntity> {
    const caller = this.ctx.requireCaller();
    const stakeholder = await this.require(id);
    this.assertCustomerAdmin(caller, 'change stakeholders');
    const check = new InputCheck();
    const values = await this.validate(check, stakeholder.accountId, input, false, stakeholder.id);
    check.throwIfAny();
    return this.write(stakeholder, version, values, 'stakeholder.updated');
  }

  async accept(id: string): Promise<StakeholderEntity> {
    const stakeholder = await this.require(id);
    this.assertCustomerAdmin(this.ctx.requireCaller(), 'accept a suggested stakeholder');
    if (stakeholder.status !== 'PROPOSED') fail('NOT_PROPOSED', 'Only a suggested stakeholder can be accepted.', 'id');
    return this.write(stakeholder, stakeholder.version, { status: 'ACTIVE' }, 'stakeholder.accepted');
  }

  async decline(id: string, reason: string): Promise<StakeholderEntity> {
    const stakeholder = await this.require(id);
    this.assertCustomerAdmin(this.ctx.requireCaller(), 'decline a suggested stakeholder');
    const check = new InputCheck();
    if (stakeholder.status !== 'PROPOSED')
      check.add('NOT_PROPOSED', 'Only a suggested stakeholder can be declined.', 'id');
    const statusReason = check.parse(reasonSchema, reason, 'reason');
    check.throwIfAny();
    return this.write(stakeholder, stakeholder.version, { status: 'DECLINED', statusReason }, 'stakeholder.declined');
  }

  /** Archived stakeholders keep their history but leave the lists, and own no new goals. */
  async archive(id: string): Promise<StakeholderEntity> {
    const stakeholder = await this.require(id);
    this.assertCustomerAdmin(this.ctx.requireCaller(), 'archive stakeholders');
    if (stakeholder.status !== 'ACTIVE') fail('NOT_ACTIVE', 'Only an active stakeholder can be archived.', 'id');
    return this.write(stakeholder, stakeholder.version, { status: 'ARCHIVED' }, 'stakeholder.archived');
  }

  /**
   * The caller's own stakeholder record, made on first need: a member who endorses a goal
   * or writes their own goal becomes a stakeholder (the admin can refine group and influence).
   */
  async forCaller(): Promise<StakeholderEntity> {
    const caller = this.ctx.requireCaller();
    if (!caller.accountId) throw forbidden('Only people at the customer are stakeholders.');
    const existing = await this.ctx.manager.findOneBy(StakeholderEntity, {
      accountId: caller.accountId,
      userId: caller.userId,
      status: In(LIVE),
    });
    if (existing?.status === 'ACTIVE') return existing;
    if (existing) {
      return this.write(existing, existing.version, { status: 'ACTIVE' }, 'stakeholder.accepted');
    }
    const stakeholder = this.ctx.manager.create(StakeholderEntity, {
      id: randomUUID(),
      accountId: caller.accountId,
      name: caller.userName,
      title: '',
      group: 'FRONT_LINE',
      centres: ['USAGE'],
      influence: 3,
      userId: caller.userId,
      status: 'ACTIVE',
      statusReason: null,
      proposedByName: null,
      version: 1,
    });
    await this.insert(stakeholder);
    await this.log(stakeholder, 'stakeholder.created', diffFields({}, stakeholder, [...AUDITED]));
    return this.reload(stakeholder.id);
  }

  /** Stakeholders of one account by id, for a rule that needs them live (owners, endorsers). */
  async requireActive(accountId: string, globalId: string, field: string): Promise<StakeholderEntity> {
    const stakeholder = await this.findById(expectGlobalId(globalId, 'Stakeholder', field));
    if (!stakeholder || stakeholder.accountId !== accountId)
      fail('NOT_FOUND', 'That stakeholder was not found in this account.', field);
    if (stakeholder.status !== 'ACTIVE') fail('NOT_ACTIVE', `${stakeholder.name} is not an active stakeholder.`, field);
    return stakeholder;
  }

  private assertCustomerAdmin(caller: Caller, what: string): void {
    if (caller.role !== 'CUSTOMER_ADMIN') throw forbidden(`Only the customer's admins ${what}.`);
  }

  private async require(globalOrRowId: string): Promise<StakeholderEntity> {
    const stakeholder = await this.findById(globalOrRowId);
    if (!stakeholder) throw notFound('That stakeholder');
    return stakeholder;
  }

  private async validate(
    check: InputCheck,
    accountId: string,
    input: StakeholderFields,
    creating: boolean,
    exceptId?: string,
  ): Promise<Partial<StakeholderEntity>> {
    const values: Partial<StakeholderEntity> = {};
    if (creating || input.name != null) values.name = check.parse(nameSchema, input.name ?? '', 'name');
    if (input.title != null) values.title = check.parse(titleSchema, input.title, 'title');
    if (creating || input.group != null) {
      if (input.group && STAKEHOLDER_GROUPS.includes(input.group)) values.group = input.group;
      else check.add('REQUIRED', 'Choose the group the person belongs to.', 'group');
    }
    if (creating || input.centres != null) {
      const centres = [...new Set(input.centres ?? [])];
      if (centres.length === 0 || centres.some((centre) => !STAKEHOLDER_CENTRES.includes(centre))) {
        check.add('REQUIRED', 'Choose buying, usage, or both.', 'centres');
      } else values.centres = STAKEHOLDER_CENTRES.filter((centre) => centres.includes(centre));
    }
    if (creating || input.influence != null)
      values.influence = check.parse(influenceSchema, input.influence, 'influence');
    if (input.userId !== undefined) values.userId = await this.linkableUser(check, accountId, input.userId, exceptId);
    return definedOnly(values);
  }

  /** A linked user must be a member of the account and not already another live stakeholder. */
  private async linkableUser(
    check: InputCheck,
    accountId: string,
    userGlobalId: string | null,
    exceptId?: string,
  ): Promise<string | null | undefined> {
    if (!userGlobalId) return null;
    const userId = expectGlobalId(userGlobalId, 'User', 'userId');
    const membership = await new IdentityService(this.ctx)
      .membershipsQuery()
      .where('membership.userId = :userId AND membership.accountId = :accountId', { userId, accountId })
      .getOne();
    if (!membership) {
      check.add('NOT_FOUND', 'That user is not a member of this account.', 'userId');
      return undefined;
    }
    const linked = await this.ctx.manager.findOneBy(StakeholderEntity, { accountId, userId, status: In(LIVE) });
    if (linked && linked.id !== exceptId) {
      check.add('TAKEN', `That user is already the stakeholder ${linked.name}.`, 'userId');
      return undefined;
    }
    return userId;
  }

  /** Writes a change if the version still matches; logs it with before and after. */
  private async write(
    stakeholder: StakeholderEntity,
    version: number,
    values: Partial<StakeholderEntity>,
    action: string,
  ): Promise<StakeholderEntity> {
    if (version !== stakeholder.version) throw staleVersion('This stakeholder', stakeholder.version);
    const changes = diffFields(stakeholder, { ...stakeholder, ...values }, [...AUDITED]);
    if (changes.length === 0) return stakeholder;
    const result = await this.ctx.manager
      .createQueryBuilder()
      .update(StakeholderEntity)
      .set({ ...values, version: () => 'version + 1', updatedAt: new Date() })
      .where('id = :id AND version = :version', { id: stakeholder.id, version })
      .execute()
      .catch((error: unknown) => rethrowLinkTaken(error));
    if (result.affected !== 1) throw staleVersion('This stakeholder', stakeholder.version + 1);
    await this.log(stakeholder, action, changes);
    return this.reload(stakeholder.id);
  }

  private async insert(stakeholder: StakeholderEntity): Promise<void> {
    await this.ctx.manager.insert(StakeholderEntity, stakeholder).catch((error: unknown) => rethrowLinkTaken(error));
  }

  private reload(id: string): Promise<StakeholderEntity> {
    stakeholderById(this.ctx).clear(id);
    return this.ctx.manager.findOneByOrFail(StakeholderEntity, { id });
  }

  private async log(stakeholder: StakeholderEntity, action: string, changes: ReturnType<typeof diffFields>) {
    await new ChangeLogService(this.ctx).record({
      accountId: stakeholder.accountId,
      action,
      entityType: 'Stakeholder',
      entityId: stakeholder.id,
      changes,
    });
  }
}

/** Two requests linking the same user at once: the unique index decides, the loser hears why. */
function rethrowLinkTaken(error: unknown): never {
  if ((error as { constraint?: string }).constraint === 'stakeholders_user_key') {
    fail('TAKEN', 'That user is already linked to another stakeholder.', 'userId');
  }
  throw error;
}
