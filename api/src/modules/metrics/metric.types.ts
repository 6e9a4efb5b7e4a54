import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../platform/errors.js';
import { ConnectionType, Node, registerNodeType } from '../../platform/relay.js';
import { MetricDefinitionEntity } from './metric-definition.entity.js';

export enum MetricDirection {
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
}
registerEnumType(MetricDirection, { name: 'MetricDirection' });

export enum MetricKind {
  MONETARY = 'MONETARY',
  OPERATIONAL = 'OPERATIONAL',
  BEHAVIORAL = 'BEHAVIORAL',
  PERCEPTUAL = 'PERCEPTUAL',
}
registerEnumType(MetricKind, {
  name: 'MetricKind',
  description: 'Money, operations, behaviour (what people do) or perception (what people feel).',
});

export enum MetricIndicator {
  LEADING = 'LEADING',
  LAGGING = 'LAGGING',
}
registerEnumType(MetricIndicator, {
  name: 'MetricIndicator',
  description: 'LEADING metrics move before the outcome (usage); LAGGING ones after it (satisfaction, renewal).',
});

export enum MetricAggregation {
  SUM = 'SUM',
  AVG = 'AVG',
  LAST = 'LAST',
}
registerEnumType(MetricAggregation, {
  name: 'MetricAggregation',
  description: 'How observations combine in a period.',
});

@ObjectType({
  implements: Node,
  description: "What can be measured: a provider template (isTemplate) or an account's own metric.",
})
export class MetricDefinition extends Node {
  @Field(() => String, { description: 'A stable key, e.g. tickets_resolved_per_day; used by imports.' })
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => String, { description: 'The unit shown beside values, e.g. EUR, %, hours.' })
  unit!: string;

  @Field(() => MetricDirection)
  direction!: MetricDirection;

  @Field(() => MetricKind)
  kind!: MetricKind;

  @Field(() => MetricIndicator)
  indicator!: MetricIndicator;

  @Field(() => MetricAggregation)
  aggregation!: MetricAggregation;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@InputType({ description: 'A new metric. Without accountId a provider admin creates a template.' })
export class CreateMetricDefinitionInput {
  @Field(() => ID, { nullable: true, description: 'The account; customer admins may leave it out (their own).' })
  accountId?: string | null;

  @Field(() => String, { description: 'Lowercase letters, digits and _, starting with a letter; at most 63.' })
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String)
  unit!: string;

  @Field(() => MetricDirection)
  direction!: MetricDirection;

  @Field(() => MetricKind)
  kind!: MetricKind;

  @Field(() => MetricIndicator)
  indicator!: MetricIndicator;

  @Field(() => MetricAggregation)
  aggregation!: MetricAggregation;
}

@InputType({ description: 'Only the fields given change. The key never changes: imports rely on it.' })
export class UpdateMetricDefinitionInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  unit?: string | null;

  @Field(() => MetricDirection, { nullable: true, description: 'Fixed once a goal measures with the metric.' })
  direction?: MetricDirection | null;

  @Field(() => MetricKind, { nullable: true })
  kind?: MetricKind | null;

  @Field(() => MetricIndicator, { nullable: true })
  indicator?: MetricIndicator | null;

  @Field(() => MetricAggregation, { nullable: true })
  aggregation?: MetricAggregation | null;
}

@InputType()
export class AdoptMetricTemplateInput {
  @Field(() => ID, { description: 'The template to copy into the account.' })
  templateId!: string;

  @Field(() => ID, { nullable: true, description: 'The account; customer admins may leave it out.' })
  accountId?: string | null;
}

@ObjectType()
export class MetricDefinitionPayload {
  @Field(() => MetricDefinition, { nullable: true })
  metricDefinition!: unknown | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

export const MetricDefinitionConnection = ConnectionType(MetricDefinition, 'MetricDefinition');
registerNodeType(MetricDefinitionEntity, 'MetricDefinition');
