import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Caller, RequestContext } from '../../platform/context.js';
import { forbidden, notFound, staleVersion } from '../../platform/errors.js';
import { expectGlobalId, paginate, toGlobalId, type ConnectionArgs } from '../../platform/relay.js';
import { mapNow, selectRows } from '../../platform/loaders.js';
import { definedOnly, fail, InputCheck } from '../../platform/validation.js';
import { AccountService } from '../accounts/account.service.js';
import type { FieldChangeRecord } from '../changelog/change-log-entry.entity.js';
import { ChangeLogService, diffFields } from '../changelog/changelog.service.js';
import { isStaffRole } from '../identity/membership.entity.js';
import type { MetricDefinitionEntity } from '../metrics/metric-definition.entity.js';
import { MetricService } from '../metrics/metric.service.js';
import { accountLink, NotificationService } from '../notifications/notification.service.js';
import { StakeholderService } from '../stakeholders/stakeholder.service.js';
import { AMBITIONS, GoalMeasureEntity, type Ambition } from './goal-measure.entity.js';
import {
  GOAL_LEVELS,
  GoalEntity,
  VALUE_CATEGORIES,
  VALUE_DIMENSIONS,
  type GoalLevel,
  type GoalStatus,
  type ValueCategory,
  type ValueDimension,
} from './goal.entity.js';
import {
  ancestorsOf,
  childrenByParent,
  goalById,
  goalsByOwner,
  measuresByGoal,
  successPlanCounts,
} from './goal.loaders.js';
import { canMoveStatus, MAX_TREE_DEPTH, treeOrder } from './goal.rules.js';

/** The most goals the whole-tree read returns; an account's tree is far smaller in practice. */
export const MAX_TREE_GOALS = 5000;

const titleSchema = z.string().trim().min(1, 'Give the goal a title.').max(200, 'Use at most 200 characters.');
const descriptionSchema = z.string().trim().max(5000, 'Use at most 5,000 characters.');
const reasonSchema = z.string().trim().min(1, 'Give a reason.').max(1000, 'Use at most 1,000 characters.');
const dateSchema = z.iso.date('Use a date in the form YYYY-MM-DD.');
const MAX_MAGNITUDE = 1e15;

export interface GoalFields {
  parentId?: string | null;
  title?: string | null;
  description?: string | null;
  level?: GoalLevel | null;
  categories?: ValueCategory[] | null;
  dimensions?: ValueDimension[] | null;
  ownerId?: string | null;
}

export interface MeasureFields {
  metricDefinitionId: string;
  baseline: number;
  target: number;
  dueDate?: string | null;
  ambition?: Ambition | null;
}

export interface GoalFilterValues {
  status?: GoalStatus[] | null;
  level?: GoalLevel | null;
  category?: ValueCategory | null;
  ownerId?: string | null;
  parentId?: string | null;
  rootsOnly?: boolean | null;
}

const AUDITED = [
  'title',
  'description',
  'level',
  'categories',
  'dimensions',
  'parentId',
  'ownerStakeholderId',
  'status',
  'statusReason',
] as const;

export class GoalService {
  constructor(private readonly ctx: RequestContext) {}

  findById(id: string): Promise<GoalEntity | null> {
    return goalById(this.ctx).load(id);
  }

  /**
   * Every goal of the account, parents before their children, each with its depth. What
   * `prefetch` names is loaded before the list returns, so that the goals' fields answer
   * at once (the same statements, fewer promises for GraphQL to wait on).
   */
  async tree(
    accountId: string,
    prefetch: { owner?: boolean; measure?: boolean; metric?: boolean } = {},
  ): Promise<Array<GoalEntity & { depth: number }>> {
    this.ctx.requireCaller();
    const goals = await selectRows(
      this.ctx,
      GoalEntity,
      'tree',
      '{accountId} = $1',
      [accountId, MAX_TREE_GOALS],
      '{createdAt}, id LIMIT $2',
    );
    for (const goal of goals) goalById(this.ctx).prime(goal.id, goal);
    const owners = [...new Set(goals.flatMap((goal) => (goal.ownerStakeholderId ? [goal.ownerStakeholderId] : [])))];
    const [measures] = await Promise.all([
      prefetch.measure ? measuresByGoal(this.ctx).loadMany(goals.map((goal) => goal.id)) : [],
      prefetch.owner ? new StakeholderService(this.ctx).loadMany(owners) : [],
    ]);
    if (prefetch.metric) {
      const metricIds = measures.flatMap((list) => (Array.isArray(list) ? list.map((m) => m.metricDefinitionId) : []));
      await new MetricService(this.ctx).loadMany([...new Set(metricIds)]);
    }
    return treeOrder(goals);
  }

  /** The goal, synchronously when this request already loaded it. */
  findByIdNow(id: string): GoalEntity | null | Promise<GoalEntity | null> {
    return goalById(this.ctx).loadNow(id);
  }

  measureNow(goal: GoalEntity): GoalMeasureEntity | null | Promise<GoalMeasureEntity | null> {
    return mapNow(measuresByGoal(this.ctx).loadNow(goal.id), (measures) => measures[0] ?? null);
  }

  list(accountId: string, filter: GoalFilterValues | null | undefined, args: ConnectionArgs) {
    this.ctx.requireCaller();
    const query = this.ctx.manager
      .createQueryBuilder(GoalEntity, 'goal')
      .where('goal.accountId = :accountId', { accountId });
    if (filter?.status?.length) query.andWhere('goal.status IN (:...statuses)', { statuses: filter.status });
    if (filter?.level) query.andWhere('goal.level = :level', { level: filter.level });
    if (filter?.category) query.andWhere(':category = ANY(goal.categories)', { category: filter.category });
    if (filter?.ownerId) {
      query.andWhere('goal.ownerStakeholderId = :ownerId', {
        ownerId: expectGlobalId(filter.ownerId, 'Stakeholder', 'ownerId'),
      });
    }
    if (filter?.parentId) {
      query.andWhere('goal.parentId = :parentId', { parentId: expectGlobalId(filter.parentId, 'Goal', 'parentId') });
    }
    if (filter?.rootsOnly) query.andWhere('goal.parentId IS NULL');
    return paginate(query, args, { sortProperty: 'createdAt', direction: 'ASC' });
  }

  children(goal: GoalEntity): Promise<GoalEntity[]> {
    return childrenByParent(this.ctx).load(goal.id);
  }

  ancestors(goal: GoalEntity): Promise<GoalEntity[]> {
    return ancestorsOf(this.ctx).load(goal.id);
  }

  async measure(goal: GoalEntity): Promise<GoalMeasureEntity | null> {
    return (await measuresByGoal(this.ctx).load(goal.id))[0] ?? null;
  }

  ownedBy(stakeholderId: string): Promise<GoalEntity[]> {
    return goalsByOwner(this.ctx).load(stakeholderId);
  }

  async successPlan(accountId: string) {
    const counts = await successPlanCounts(this.ctx).load(accountId);
    const gaps: Array<{ code: 'NO_ACTIVE_GOAL' | 'NO_MEASURE' | 'NO_DUE_DATE'; message: string }> = [];
    if (counts.active === 0) {
      gaps.push({
        code: 'NO_ACTIVE_GOAL',
        message:
          counts.proposed > 0
            ? `No goal is active yet; ${counts.proposed} proposed ${counts.proposed === 1 ? 'goal waits' : 'goals wait'} for an admin.`
            : 'No goal is active yet: write one, or accept a proposal.',
      });
    }
    if (counts.measured === 0) {
      gaps.push({ code: 'NO_MEASURE', message: 'No active goal has a measure: a metric, a baseline and a target.' });
    }
    if (counts.planned === 0) {
      gaps.push({ code: 'NO_DUE_DATE', message: 'No measured active goal has a due date.' });
    }
    return {
      hasSuccessPlan: counts.planned > 0,
      gaps,
      activeGoals: counts.active,
      plannedGoals: counts.planned,
      proposedGoals: counts.proposed,
    };
  }

  async measuresUseMetric(metricId: string): Promise<boolean> {
    return (await this.ctx.manager.countBy(GoalMeasureEntity, { metricDefinitionId: metricId })) > 0;
  }

  /** Whether the caller may change this goal (title, parent, measure, status). */
  async canEdit(goal: GoalEntity): Promise<boolean> {
    const caller = this.ctx.caller;
    if (!caller || goal.status === 'DECLINED') return false;
    if (caller.role === 'CUSTOMER_ADMIN') return caller.accountId === goal.accountId;
    if (caller.role === 'CUSTOMER_MEMBER') return this.ownsIndividualGoal(caller, goal);
    return goal.status === 'PROPOSED' && goal.createdByUserId === caller.userId;
  }

  /** Customer users write goals: admins any, members their own individual goals. */
  async create(input: GoalFields & { accountId?: string | null; measure?: MeasureFields | null }) {
    const caller = this.ctx.requireCaller();
    if (isStaffRole(caller.role)) {
      throw forbidden('Provider staff propose goals for the customer to accept: use proposeGoal.');
    }
    if (caller.role === 'CUSTOMER_MEMBER') {
      if (input.level !== 'INDIVIDUAL') {
        throw forbidden('Members write their own individual goals; an admin writes collective goals.');
      }
      const own = await new StakeholderService(this.ctx).forCaller();
      if (input.ownerId && expectGlobalId(input.ownerId, 'Stakeholder', 'ownerId') !== own.id) {
        throw forbidden('Members write goals they own themselves.');
      }
      input = { ...input, ownerId: toGlobalId('Stakeholder', own.id) };
    }
    return this.insert(caller, input, 'ACTIVE');
  }

  /** Provider staff propose a goal (and a measure) for the customer's admins to accept. */
  async propose(input: GoalFields & { accountId?: string | null; measure?: MeasureFields | null }) {
    const caller = this.ctx.requireCaller();
    if (!isStaffRole(caller.role)) throw forbidden('Customers write goals directly: use createGoal.');
    return this.insert(caller, input, 'PROPOSED');
  }

  async update(id: string, version: number, input: GoalFields): Promise<GoalEntity> {
    const goal = await this.requireEditable(id);
    const check = new InputCheck();
    const values = await this.validate(check, goal.accountId, input, goal);
    if (
      this.ctx.requireCaller().role === 'CUSTOMER_MEMBER' &&
      (values.level === 'COLLECTIVE' || values.ownerStakeholderId)
    ) {
      throw forbidden('Members keep their own goals individual and owned by themselves.');
    }
    const level = values.level ?? goal.level;
    if (level === 'INDIVIDUAL' && goal.level === 'COLLECTIVE' && (await this.endorsementCount(goal.id)) > 0) {
      check.add('HAS_ENDORSEMENTS', 'Endorsed goals stay collective: withdraw the endorsements first.', 'level');
    }
    check.throwIfAny();
    return this.write(goal, version, values, 'goal.updated');
  }

  async accept(id: string, version?: number | null): Promise<GoalEntity> {
    const goal = await this.requireGoal(id);
    this.requireCustomerAdmin('accept proposed goals');
    if (goal.status !== 'PROPOSED') fail('NOT_PROPOSED', 'Only a proposed goal can be accepted.', 'id');
    const accepted = await this.write(
      goal,
      version ?? goal.version,
      { status: 'ACTIVE', statusReason: null },
      'goal.accepted',
    );
    await this.tellProposer(accepted, 'goal.proposal_accepted', `Accepted: “${accepted.title}”`, '');
    return accepted;
  }

  async decline(id: string, reason: string): Promise<GoalEntity> {
    const goal = await this.requireGoal(id);
    this.requireCustomerAdmin('decline proposed goals');
    const check = new InputCheck();
    if (goal.status !== 'PROPOSED') check.add('NOT_PROPOSED', 'Only a proposed goal can be declined.', 'id');
    const statusReason = check.parse(reasonSchema, reason, 'reason');
    check.throwIfAny();
    const declined = await this.write(goal, goal.version, { status: 'DECLINED', statusReason }, 'goal.declined');
    await this.tellProposer(declined, 'goal.proposal_declined', `Declined: “${declined.title}”`, statusReason ?? '');
    return declined;
  }

  async setStatus(id: string, status: GoalStatus, reason?: string | null, version?: number | null) {
    const goal = await this.requireEditable(id);
    if (isStaffRole(this.ctx.requireCaller().role)) {
      throw forbidden("Only the customer changes a goal's status.");
    }
    const check = new InputCheck();
    if (status === goal.status) return goal;
    if (!canMoveStatus(goal.status, status)) {
      check.add(
        'INVALID_TRANSITION',
        goal.status === 'PROPOSED'
          ? 'A proposed goal is accepted or declined, not moved.'
          : `A goal that is ${goal.status.toLowerCase().replace('_', ' ')} cannot become ${status.toLowerCase().replace('_', ' ')}.`,
        'status',
      );
    }
    let statusReason: string | null = null;
    if (status === 'ABANDONED') statusReason = check.parse(reasonSchema, reason ?? '', 'reason') ?? null;
    check.throwIfAny();
    const changed = await this.write(
      goal,
      version ?? goal.version,
      { status, statusReason, achievedAt: status === 'ACHIEVED' ? new Date() : null },
      status === 'ACHIEVED' ? 'goal.achieved' : 'goal.status_changed',
    );
    if (status === 'ACHIEVED') await this.announceAchieved(changed);
    return changed;
  }

  /** Tells the account's admins (and its CSM) that a goal was achieved, and what comes next. */
  async announceAchieved(goal: GoalEntity): Promise<void> {
    const notifications = new NotificationService(this.ctx);
    const path = `/goals/${encodeURIComponent(toGlobalId('Goal', goal.id))}`;
    const news = {
      accountId: goal.accountId,
      kind: 'goal.achieved',
      title: `Achieved: “${goal.title}”`,
      body: 'Celebrate it with the team, then choose the next goal: its parent, a sibling still open, or a new one.',
      dedupeKey: `goal.achieved:${goal.id}:${goal.achievedAt?.toISOString() ?? ''}`,
    };
    await notifications.send(await notifications.accountAdmins(goal.accountId), { ...news, link: path });
    await notifications.send(await notifications.accountCsm(goal.accountId), {
      ...news,
      link: accountLink(goal.accountId, true, path),
    });
  }

  /** Answers the staff member who proposed the goal. */
  private async tellProposer(goal: GoalEntity, kind: string, title: string, body: string): Promise<void> {
    if (!goal.createdByUserId) return;
    const path = `/goals/${encodeURIComponent(toGlobalId('Goal', goal.id))}`;
    await new NotificationService(this.ctx).send([goal.createdByUserId], {
      accountId: goal.accountId,
      kind,
      title,
      body,
      link: accountLink(goal.accountId, true, path),
    });
  }

  /** Sets, replaces or (with null) removes a goal's measure. */
  async setMeasure(id: string, measure: MeasureFields | null, version?: number | null): Promise<GoalEntity> {
    const goal = await this.requireEditable(id);
    if (version != null && version !== goal.version) throw staleVersion('This goal', goal.version);
    const existing = await this.measure(goal);
    if (!measure) {
      if (!existing) return goal;
      await this.ctx.manager.delete(GoalMeasureEntity, { id: existing.id });
      measuresByGoal(this.ctx).clear(goal.id);
      await this.log(goal, 'goal.measure_removed', await this.measureChanges(existing, null));
    } else {
      const check = new InputCheck();
      const values = await this.validateMeasure(check, goal.accountId, measure, goal.createdAt);
      check.throwIfAny();
      await this.saveMeasure(goal, existing, values!);
    }
    return this.bump(goal);
  }

  private async insert(
    caller: Caller,
    input: GoalFields & { accountId?: string | null; measure?: MeasureFields | null },
    status: 'ACTIVE' | 'PROPOSED',
  ): Promise<GoalEntity> {
    const account = await new AccountService(this.ctx).target(input.accountId);
    const check = new InputCheck();
    const values = await this.validate(check, account.id, input, null);
    const createdAt = new Date();
    const measure = input.measure ? await this.validateMeasure(check, account.id, input.measure, createdAt) : undefined;
    check.throwIfAny();
    const goal = this.ctx.manager.create(GoalEntity, {
      id: randomUUID(),
      accountId: account.id,
      parentId: null,
      description: '',
      dimensions: [],
      ownerStakeholderId: null,
      ...values,
      status,
      statusReason: null,
      proposedByName: status === 'PROPOSED' ? caller.userName : null,
      createdByUserId: caller.userId,
      achievedAt: null,
      version: 1,
      createdAt,
      updatedAt: createdAt,
    });
    await this.ctx.manager.insert(GoalEntity, goal);
    await this.log(
      goal,
      status === 'PROPOSED' ? 'goal.proposed' : 'goal.created',
      await this.readable(diffFields({}, goal, [...AUDITED])),
    );
    if (measure) await this.saveMeasure(goal, null, measure);
    if (status === 'PROPOSED') {
      const notifications = new NotificationService(this.ctx);
      await notifications.send(await notifications.accountAdmins(account.id), {
        accountId: account.id,
        kind: 'goal.proposed',
        title: `${caller.userName} proposes a goal: “${goal.title}”`,
        body: 'Accept it, edit it first, or decline it with a reason.',
        link: `/goals/${encodeURIComponent(toGlobalId('Goal', goal.id))}`,
      });
    }
    return this.reload(goal.id);
  }

  /** Checks every given field against the rules; a goal (when editing) for tree rules. */
  private async validate(
    check: InputCheck,
    accountId: string,
    input: GoalFields,
    goal: GoalEntity | null,
  ): Promise<Partial<GoalEntity>> {
    const creating = goal === null;
    const values: Partial<GoalEntity> = {};
    if (creating || input.title != null) values.title = check.parse(titleSchema, input.title ?? '', 'title');
    if (input.description != null) {
      values.description = check.parse(descriptionSchema, input.description, 'description');
    }
    if (creating || input.level != null) {
      if (input.level && GOAL_LEVELS.includes(input.level)) values.level = input.level;
      else check.add('REQUIRED', 'Choose collective or individual.', 'level');
    }
    if (creating || input.categories != null) {
      const categories = VALUE_CATEGORIES.filter((category) => input.categories?.includes(category));
      if (categories.length === 0) check.add('REQUIRED', 'Choose at least one value category.', 'categories');
      else values.categories = categories;
    }
    if (input.dimensions != null) {
      values.dimensions = VALUE_DIMENSIONS.filter((dimension) => input.dimensions!.includes(dimension));
    }
    if (input.ownerId !== undefined) {
      values.ownerStakeholderId = input.ownerId ? await this.ownerId(check, accountId, input.ownerId) : null;
    }
    if (input.parentId !== undefined) {
      values.parentId = input.parentId ? await this.parentId(check, accountId, input.parentId, goal) : null;
    }
    const level = values.level ?? goal?.level;
    const owner = values.ownerStakeholderId !== undefined ? values.ownerStakeholderId : goal?.ownerStakeholderId;
    if (level === 'INDIVIDUAL' && !owner && !check.errors.some((error) => error.field === 'ownerId')) {
      check.add('REQUIRED', 'An individual goal belongs to a stakeholder: choose its owner.', 'ownerId');
    }
    return definedOnly(values);
  }

  private async ownerId(check: InputCheck, accountId: string, ownerGlobalId: string): Promise<string | undefined> {
    try {
      return (await new StakeholderService(this.ctx).requireActive(accountId, ownerGlobalId, 'ownerId')).id;
    } catch (error) {
      return collect(check, error);
    }
  }

  /**
   * A parent must be a goal of the same account, not the goal itself or one of its
   * descendants (no cycles), and the tree may not grow deeper than MAX_TREE_DEPTH.
   */
  private async parentId(
    check: InputCheck,
    accountId: string,
    parentGlobalId: string,
    goal: GoalEntity | null,
  ): Promise<string | undefined> {
    const parent = await this.findById(expectGlobalId(parentGlobalId, 'Goal', 'parentId'));
    if (!parent || parent.accountId !== accountId) {
      check.add('NOT_FOUND', 'The parent goal was not found in this account.', 'parentId');
      return undefined;
    }
    if (parent.status === 'DECLINED') {
      check.add('INVALID', 'A declined proposal cannot be a parent goal.', 'parentId');
      return undefined;
    }
    const parentDepth = (await this.ancestors(parent)).length + 1;
    let height = 1;
    if (goal) {
      const [subtree] = (await this.ctx.manager.query(
        `WITH RECURSIVE down AS (
           SELECT id, 1 AS level FROM goals WHERE id = $1
           UNION ALL
           SELECT g.id, down.level + 1 FROM goals g JOIN down ON g.parent_id = down.id WHERE down.level < 50
         )
         SELECT max(level)::int AS height, bool_or(id = $2) AS contains_parent FROM down`,
        [goal.id, parent.id],
      )) as Array<{ height: number; contains_parent: boolean }>;
      if (subtree!.contains_parent) {
        check.add('CYCLE', 'A goal cannot sit under itself or one of its own sub-goals.', 'parentId');
        return undefined;
      }
      height = subtree!.height;
    }
    if (parentDepth + height > MAX_TREE_DEPTH) {
      check.add(
        'TOO_DEEP',
        `Goal trees are at most ${MAX_TREE_DEPTH} levels deep; choose a higher parent.`,
        'parentId',
      );
      return undefined;
    }
    return parent.id;
  }

  private async validateMeasure(
    check: InputCheck,
    accountId: string,
    input: MeasureFields,
    goalCreatedAt: Date,
  ): Promise<
    | (Omit<GoalMeasureEntity, 'id' | 'accountId' | 'goalId' | 'createdAt' | 'updatedAt'> & {
        metric: MetricDefinitionEntity;
      })
    | undefined
  > {
    const metric = await this.measureMetric(check, accountId, input.metricDefinitionId);
    let finite = true;
    for (const field of ['baseline', 'target'] as const) {
      const value = input[field];
      if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > MAX_MAGNITUDE) {
        check.add('INVALID', `The ${field} must be a finite number.`, `measure.${field}`);
        finite = false;
      }
    }
    const { baseline, target } = input;
    if (finite && baseline === target) {
      check.add('SAME_AS_BASELINE', 'The target must differ from the baseline.', 'measure.target');
    } else if (finite && metric) {
      const higher = metric.direction === 'HIGHER_IS_BETTER';
      if (higher ? target < baseline : target > baseline) {
        check.add(
          'WRONG_DIRECTION',
          `${metric.name} is better when ${higher ? 'higher' : 'lower'}: set a target ${higher ? 'above' : 'below'} the baseline (${baseline}).`,
          'measure.target',
        );
      }
    }
    let dueDate: string | null = null;
    if (input.dueDate) {
      dueDate = check.parse(dateSchema, input.dueDate, 'measure.dueDate') ?? null;
      const created = goalCreatedAt.toISOString().slice(0, 10);
      if (dueDate && dueDate < created) {
        check.add(
          'BEFORE_CREATION',
          `The due date cannot be before the goal was created (${created}).`,
          'measure.dueDate',
        );
      } else if (dueDate && dueDate > '2199-12-31') {
        check.add('INVALID', 'Choose a due date before 2200.', 'measure.dueDate');
      }
    }
    const ambition = input.ambition ?? 'GOOD_ENOUGH';
    if (!AMBITIONS.includes(ambition)) check.add('INVALID', 'Unknown ambition.', 'measure.ambition');
    if (!metric) return undefined;
    return { metricDefinitionId: metric.id, metric, baseline, target, dueDate, ambition };
  }

  /** The account metric a measure uses; a template is adopted into the account first. */
  private async measureMetric(
    check: InputCheck,
    accountId: string,
    metricGlobalId: string,
  ): Promise<MetricDefinitionEntity | undefined> {
    const field = 'measure.metricDefinitionId';
    const metrics = new MetricService(this.ctx);
    const metric = await metrics.findById(expectGlobalId(metricGlobalId, 'MetricDefinition', field));
    if (!metric || (metric.accountId !== null && metric.accountId !== accountId)) {
      check.add('NOT_FOUND', 'That metric was not found.', field);
      return undefined;
    }
    if (metric.accountId !== null) return metric;
    try {
      return await metrics.adoptInto(metric.id, accountId, field);
    } catch (error) {
      return collect(check, error);
    }
  }

  private async saveMeasure(
    goal: GoalEntity,
    existing: GoalMeasureEntity | null,
    values: NonNullable<Awaited<ReturnType<GoalService['validateMeasure']>>>,
  ): Promise<void> {
    const { metric, ...columns } = values;
    const now = new Date();
    const saved = this.ctx.manager.create(GoalMeasureEntity, {
      id: existing?.id ?? randomUUID(),
      accountId: goal.accountId,
      goalId: goal.id,
      ...columns,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    if (existing) await this.ctx.manager.update(GoalMeasureEntity, { id: existing.id }, { ...columns, updatedAt: now });
    else await this.ctx.manager.insert(GoalMeasureEntity, saved);
    measuresByGoal(this.ctx).clear(goal.id);
    const changes = await this.measureChanges(existing, { ...saved, metricName: metric.name });
    if (changes.length) await this.log(goal, 'goal.measure_set', changes);
  }

  private async measureChanges(
    before: GoalMeasureEntity | null,
    after: (GoalMeasureEntity & { metricName: string }) | null,
  ): Promise<FieldChangeRecord[]> {
    const metricName = async (measure: GoalMeasureEntity | null) =>
      measure ? ((await new MetricService(this.ctx).findById(measure.metricDefinitionId))?.name ?? null) : null;
    const beforeMetric = await metricName(before);
    const afterMetric = after ? after.metricName : null;
    const changes = diffFields<Partial<GoalMeasureEntity>>(before ?? {}, after ?? {}, [
      'baseline',
      'target',
      'dueDate',
      'ambition',
    ]);
    return beforeMetric === afterMetric
      ? changes
      : [{ field: 'metric', before: beforeMetric, after: afterMetric }, ...changes];
  }

  private async requireGoal(id: string): Promise<GoalEntity> {
    const goal = await this.findById(id);
    if (!goal) throw notFound('That goal');
    return goal;
  }

  private async requireEditable(id: string): Promise<GoalEntity> {
    const goal = await this.requireGoal(id);
    const caller = this.ctx.requireCaller();
    if (goal.status === 'DECLINED') fail('DECLINED', 'A declined proposal cannot be changed.', 'id');
    if (await this.canEdit(goal)) return goal;
    if (isStaffRole(caller.role)) {
      throw forbidden("Provider staff cannot change a customer's goal; propose a new goal instead.");
    }
    throw forbidden('Members change only their own individual goals.');
  }

  private requireCustomerAdmin(what: string): void {
    if (this.ctx.requireCaller().role !== 'CUSTOMER_ADMIN') throw forbidden(`Only the customer's admins ${what}.`);
  }

  private async ownsIndividualGoal(caller: Caller, goal: GoalEntity): Promise<boolean> {
    if (goal.level !== 'INDIVIDUAL' || !goal.ownerStakeholderId) return false;
    const owner = await new StakeholderService(this.ctx).findById(goal.ownerStakeholderId);
    return owner?.userId === caller.userId;
  }

  private async endorsementCount(goalId: string): Promise<number> {
    const [row] = (await this.ctx.manager.query(
      'SELECT count(*)::int AS count FROM goal_endorsements WHERE goal_id = $1',
      [goalId],
    )) as Array<{ count: number }>;
    return row!.count;
  }

  /** Writes a change if the version still matches, bumps the version, logs before and after. */
  private async write(goal: GoalEntity, version: number, values: Partial<GoalEntity>, action: string) {
    if (version !== goal.version) throw staleVersion('This goal', goal.version);
    const changes = diffFields(goal, { ...goal, ...values }, [...AUDITED]);
    if (changes.length === 0) return goal;
    await this.compareAndSet(goal, values);
    await this.log(goal, action, await this.readable(changes));
    return this.reload(goal.id);
  }

  /** A measure change is a change of the goal: its version moves too. */
  private async bump(goal: GoalEntity): Promise<GoalEntity> {
    await this.compareAndSet(goal, {});
    return this.reload(goal.id);
  }

  private async compareAndSet(goal: GoalEntity, values: Partial<GoalEntity>): Promise<void> {
    const result = await this.ctx.manager
      .createQueryBuilder()
      .update(GoalEntity)
      .set({ ...values, version: () => 'version + 1', updatedAt: new Date() })
      .where('id = :id AND version = :version', { id: goal.id, version: goal.version })
      .execute();
    if (result.affected !== 1) throw staleVersion('This goal', goal.version + 1);
  }

  /** The log shows parents by title and owners by name, not by id. */
  private async readable(changes: FieldChangeRecord[]): Promise<FieldChangeRecord[]> {
    const titleOf = async (id: unknown) => (typeof id === 'string' ? ((await this.findById(id))?.title ?? null) : null);
    const nameOf = async (id: unknown) =>
      typeof id === 'string' ? ((await new StakeholderService(this.ctx).findById(id))?.name ?? null) : null;
    return Promise.all(
      changes.map(async (change) => {
        if (change.field === 'parentId') {
          return { field: 'parent', before: await titleOf(change.before), after: await titleOf(change.after) };
        }
        if (change.field === 'ownerStakeholderId') {
          return { field: 'owner', before: await nameOf(change.before), after: await nameOf(change.after) };
        }
        return change;
      }),
    );
  }

  private async reload(id: string): Promise<GoalEntity> {
    goalById(this.ctx).clear(id);
    const goal = await this.ctx.manager.findOneByOrFail(GoalEntity, { id });
    goalById(this.ctx).prime(id, goal);
    return goal;
  }

  async log(goal: GoalEntity, action: string, changes: FieldChangeRecord[]): Promise<void> {
    await new ChangeLogService(this.ctx).record({
      accountId: goal.accountId,
      action,
      entityType: 'Goal',
      entityId: goal.id,
      changes,
    });
  }
}

/** Turns a single-error failure of a nested rule into one more collected error. */
function collect(check: InputCheck, error: unknown): undefined {
  const errors = (error as { errors?: InputCheck['errors'] }).errors;
  if (!Array.isArray(errors)) throw error;
  check.errors.push(...errors);
  return undefined;
}
