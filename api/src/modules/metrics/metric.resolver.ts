import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/context.js';
import { runMutation } from '../../platform/mutation.js';
import { ConnectionArgs, expectGlobalId } from '../../platform/relay.js';
import type { AccountEntity } from '../accounts/account.entity.js';
import { Account } from '../accounts/account.types.js';
import { Viewer } from '../viewer/viewer.types.js';
import type { MetricDefinitionEntity } from './metric-definition.entity.js';
import { MetricService } from './metric.service.js';
import {
  AdoptMetricTemplateInput,
  CreateMetricDefinitionInput,
  MetricDefinition,
  MetricDefinitionConnection,
  MetricDefinitionPayload,
  UpdateMetricDefinitionInput,
} from './metric.types.js';

@Resolver(() => MetricDefinition)
export class MetricDefinitionResolver {
  @FieldResolver(() => Boolean, { description: 'A provider-wide template rather than an account metric.' })
  isTemplate(@Root() metric: MetricDefinitionEntity) {
    return metric.accountId === null;
  }

  @FieldResolver(() => MetricDefinition, { nullable: true, description: 'The template this metric was adopted from.' })
  async template(@Root() metric: MetricDefinitionEntity, @Ctx() ctx: RequestContext) {
    return metric.templateId ? new MetricService(ctx).findById(metric.templateId) : null;
  }

  @Mutation(() => MetricDefinitionPayload, {
    description: 'Customer admins add account metrics; provider admins add templates (no accountId).',
  })
  async createMetricDefinition(
    @Arg('input', () => CreateMetricDefinitionInput) input: CreateMetricDefinitionInput,
    @Ctx() ctx: RequestContext,
  ) {
    const { result, errors } = await runMutation(ctx, () => new MetricService(ctx).create(input));
    return { metricDefinition: result, errors };
  }

  @Mutation(() => MetricDefinitionPayload)
  async updateMetricDefinition(
    @Arg('input', () => UpdateMetricDefinitionInput) input: UpdateMetricDefinitionInput,
    @Ctx() ctx: RequestContext,
  ) {
    const { id, ...changes } = input;
    const metricId = expectGlobalId(id, 'MetricDefinition');
    const { result, errors } = await runMutation(ctx, () => new MetricService(ctx).update(metricId, changes));
    return { metricDefinition: result, errors };
  }

  @Mutation(() => MetricDefinitionPayload, {
    description: "Copies a template into an account's metrics; adopting it again returns the same copy.",
  })
  async adoptMetricTemplate(
    @Arg('input', () => AdoptMetricTemplateInput) input: AdoptMetricTemplateInput,
    @Ctx() ctx: RequestContext,
  ) {
    const { result, errors } = await runMutation(ctx, () =>
      new MetricService(ctx).adopt(input.templateId, input.accountId),
    );
    return { metricDefinition: result, errors };
  }
}

@Resolver(() => Account)
export class AccountMetricsResolver {
  @FieldResolver(() => MetricDefinitionConnection, { description: "The account's own metrics, oldest first." })
  async metricDefinitions(
    @Root() account: AccountEntity,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return new MetricService(ctx).listForAccount(account.id, args);
  }
}

@Resolver(() => Viewer)
export class ViewerMetricsResolver {
  @FieldResolver(() => MetricDefinitionConnection, { description: "The provider's metric templates, oldest first." })
  async metricTemplates(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: RequestContext) {
    return new MetricService(ctx).listTemplates(args);
  }
}
