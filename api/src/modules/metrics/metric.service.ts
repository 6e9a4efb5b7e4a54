import { randomUUID } from 'node:crypto';
import { IsNull } from 'typeorm';
import { z } from 'zod';
import type { RequestContext } from '../../platform/context.js';
import { forbidden, notFound } from '../../platform/errors.js';
import {
  childListPage,
  expectGlobalId,
  paginate,
  type ChildListSpec,
  type ConnectionArgs,
} from '../../platform/relay.js';
import { definedOnly, fail, InputCheck } from '../../platform/validation.js';
import { AccountService } from '../accounts/account.service.js';
import { ChangeLogService, diffFields } from '../changelog/changelog.service.js';
import { GoalService } from '../goals/goal.service.js';
import {
  METRIC_AGGREGATIONS,
  METRIC_DIRECTIONS,
  METRIC_INDICATORS,
  METRIC_KINDS,
  MetricDefinitionEntity,
  type MetricAggregation,
  type MetricDirection,
  type MetricIndicator,
  type MetricKind,
} from './metric-definition.entity.js';
import { metricDefinitionById } from './metric.loaders.js';

const ACCOUNT_METRICS: ChildListSpec<MetricDefinitionEntity> = {
  name: 'metricDefinitions.account',
  entity: MetricDefinitionEntity,
  parentProperty: 'accountId',
  sortProperty: 'createdAt',
  direction: 'ASC',
};

const keySchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,62}$/, 'Use lowercase letters, digits and _, starting with a letter (at most 63).');
const nameSchema = z.string().trim().min(1, 'Enter a name.').max(200, 'Use at most 200 characters.');
const descriptionSchema = z.string().trim().max(2000, 'Use at most 2,000 characters.');
const unitSchema = z.string().trim().max(40, 'Use at most 40 characters.');

export interface MetricFields {
  name?: string | null;
  description?: string | null;
  unit?: string | null;
  direction?: MetricDirection | null;
  kind?: MetricKind | null;
  indicator?: MetricIndicator | null;
  aggregation?: MetricAggregation | null;
}

const AUDITED = ['key', 'name', 'description', 'unit', 'direction', 'kind', 'indicator', 'aggregation'] as const;

export class MetricService {
  constructor(private readonly ctx: RequestContext) {}

  findById(id: string): Promise<MetricDefinitionEntity | null> {
    return metricDefinitionById(this.ctx).load(id);
  }

  /** The metric, synchronously when this request already loaded it. */
  findByIdNow(id: string): MetricDefinitionEntity | null | Promise<MetricDefinitionEntity | null> {
    return metricDefinitionById(this.ctx).loadNow(id);
  }

  loadMany(ids: string[]) {
    return metricDefinitionById(this.ctx).loadMany(ids);
  }

  /** An account's own metrics, oldest first. */
  listForAccount(accountId: string, args: ConnectionArgs) {
    this.ctx.requireCaller();
    return childListPage(this.ctx, ACCOUNT_METRICS, accountId, args);
  }

  /** The provider's templates, oldest first; every signed-in caller may read them. */
  listTemplates(args: ConnectionArgs) {
    this.ctx.requireCaller();
    const query = this.ctx.manager
      .createQueryBuilder(MetricDefinitionEntity, 'metric')
      .where('metric.accountId IS NULL');
    return paginate(query, args, { sortProperty: 'createdAt', direction: 'ASC' });
  }

  async create(input: MetricFields & { accountId?: string | null; key: string }): Promise<MetricDefinitionEntity> {
    const caller = this.ctx.requireRole('CUSTOMER_ADMIN', 'PROVIDER_ADMIN');
    const accountId =
      caller.role === 'PROVIDER_ADMIN' && !input.accountId
        ? null
        : (await new AccountService(this.ctx).target(input.accountId)).id;
    const check = new InputCheck();
    const key = check.parse(keySchema, input.key, 'key');
    const values = this.validate(check, input, true);
    if (key && (await this.keyTaken(accountId, key))) {
      check.add('TAKEN', 'Another metric here already uses that key.', 'key');
    }
    check.throwIfAny();
    const metric = this.ctx.manager.create(MetricDefinitionEntity, {
      description: '',
      ...values,
      id: randomUUID(),
      accountId,
      templateId: null,
      key: key!,
    });
    await this.ctx.manager.insert(MetricDefinitionEntity, metric);
    await this.log(metric, 'metric.created', diffFields({}, metric, [...AUDITED]));
    return this.ctx.manager.findOneByOrFail(MetricDefinitionEntity, { id: metric.id });
  }

  async update(id: string, input: MetricFields): Promise<MetricDefinitionEntity> {
    const caller = this.ctx.requireRole('CUSTOMER_ADMIN', 'PROVIDER_ADMIN');
    const metric = await this.findById(id);
    if (!metric) throw notFound('That metric');
    if (metric.accountId === null && caller.role !== 'PROVIDER_ADMIN') {
      throw forbidden('Only provider admins change metric templates; adopt it to make your own copy.');
    }
    const check = new InputCheck();
    const values = this.validate(check, input, false);
    if (values.direction && values.direction !== metric.direction && (await this.measuredWith(metric.id))) {
      check.add('IN_USE', 'Goals measure with this metric, so its direction cannot change.', 'direction');
    }
    check.throwIfAny();
    const changes = diffFields(metric, { ...metric, ...values }, [...AUDITED]);
    if (changes.length === 0) return metric;
    await this.ctx.manager.update(MetricDefinitionEntity, { id: metric.id }, { ...values, updatedAt: new Date() });
    await this.log(metric, 'metric.updated', changes);
    return this.ctx.manager.findOneByOrFail(MetricDefinitionEntity, { id: metric.id });
  }

  /** Copies a template into an account; adopting it again returns the copy already there. */
  async adopt(templateGlobalId: string, accountGlobalId?: string | null): Promise<MetricDefinitionEntity> {
    this.ctx.requireRole('CUSTOMER_ADMIN', 'PROVIDER_ADMIN');
    const account = await new AccountService(this.ctx).target(accountGlobalId);
    return this.adoptInto(expectGlobalId(templateGlobalId, 'MetricDefinition', 'templateId'), account.id, 'templateId');
  }

  /**
   * The account's copy of a template, made if needed. Also used when a measure names a
   * template: the measure then points at the copy, which the account can adjust.
   */
  async adoptInto(templateId: string, accountId: string, field: string): Promise<MetricDefinitionEntity> {
    const template = await this.findById(templateId);
    if (!template || template.accountId !== null) fail('NOT_FOUND', 'That metric template was not found.', field);
    const existing = await this.ctx.manager.findOneBy(MetricDefinitionEntity, { accountId, templateId });
    if (existing) return existing;
    if (await this.keyTaken(accountId, template.key)) {
      fail('TAKEN', `This account already has its own metric with the key ${template.key}.`, field);
    }
    const copy = this.ctx.manager.create(MetricDefinitionEntity, {
      ...template,
      id: randomUUID(),
      accountId,
      templateId: template.id,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    await this.ctx.manager.insert(MetricDefinitionEntity, copy);
    await this.log(copy, 'metric.adopted', [{ field: 'template', before: null, after: template.name }]);
    return copy;
  }

  private validate(check: InputCheck, input: MetricFields, creating: boolean): Partial<MetricDefinitionEntity> {
    const values: Partial<MetricDefinitionEntity> = {};
    if (creating || input.name != null) values.name = check.parse(nameSchema, input.name ?? '', 'name');
    if (input.description != null)
      values.description = check.parse(descriptionSchema, input.description, 'description');
    if (creating || input.unit != null) values.unit = check.parse(unitSchema, input.unit ?? '', 'unit');
    const pick = <T extends string>(allowed: readonly T[], value: T | null | undefined, field: string) => {
      if (value == null) {
        if (creating) check.add('REQUIRED', `Choose the ${field}.`, field);
        return undefined;
      }
      if (!allowed.includes(value)) check.add('INVALID', `Unknown ${field}.`, field);
      return value;
    };
    values.direction = pick(METRIC_DIRECTIONS, input.direction, 'direction');
    values.kind = pick(METRIC_KINDS, input.kind, 'kind');
    values.indicator = pick(METRIC_INDICATORS, input.indicator, 'indicator');
    values.aggregation = pick(METRIC_AGGREGATIONS, input.aggregation, 'aggregation');
    return definedOnly(values);
  }

  private async keyTaken(accountId: string | null, key: string): Promise<boolean> {
    return (await this.ctx.manager.countBy(MetricDefinitionEntity, { accountId: accountId ?? IsNull(), key })) > 0;
  }

  private async measuredWith(metricId: string): Promise<boolean> {
    return new GoalService(this.ctx).measuresUseMetric(metricId);
  }

  private async log(metric: MetricDefinitionEntity, action: string, changes: ReturnType<typeof diffFields>) {
    await new ChangeLogService(this.ctx).record({
      accountId: metric.accountId,
      action,
      entityType: 'MetricDefinition',
      entityId: metric.id,
      changes,
    });
  }
}
