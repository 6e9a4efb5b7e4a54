import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../platform/errors.js';
import { ConnectionArgs, ConnectionType, Node, registerNodeType } from '../../platform/relay.js';
import { GoalConflictEntity } from './goal-conflict.entity.js';
import { GoalEndorsementEntity } from './goal-endorsement.entity.js';
import { GoalMeasureEntity } from './goal-measure.entity.js';
import { GoalEntity } from './goal.entity.js';

export enum GoalLevel {
  COLLECTIVE = 'COLLECTIVE',
  INDIVIDUAL = 'INDIVIDUAL',
}
registerEnumType(GoalLevel, {
  name: 'GoalLevel',
  description: 'COLLECTIVE: an organisation or team goal, backed by endorsements. INDIVIDUAL: one person’s goal.',
});

export enum ValueCategory {
  RELIEVING = 'RELIEVING',
  ENABLING = 'ENABLING',
  ENRICHING = 'ENRICHING',
}
registerEnumType(ValueCategory, {
  name: 'ValueCategory',
  description: 'RELIEVING takes a burden away; ENABLING makes something new possible; ENRICHING adds meaning or joy.',
});

export enum OutcomeType {
  EFFICIENCY = 'EFFICIENCY',
  DIFFERENTIATION = 'DIFFERENTIATION',
  ASSOCIATION = 'ASSOCIATION',
  CONVENIENCE = 'CONVENIENCE',
  EMPOWERMENT = 'EMPOWERMENT',
  RELATIONSHIP = 'RELATIONSHIP',
}
registerEnumType(OutcomeType, {
  name: 'OutcomeType',
  description: 'Derived from level × value category (see Goal.outcomeTypes).',
});

export enum ValueDimension {
  FINANCIAL = 'FINANCIAL',
  OPERATIONAL = 'OPERATIONAL',
  SOCIAL = 'SOCIAL',
  STRATEGIC = 'STRATEGIC',
}
registerEnumType(ValueDimension, { name: 'ValueDimension', description: 'Where the value in use shows.' });

export enum GoalStatus {
  PROPOSED = 'PROPOSED',
  ACTIVE = 'ACTIVE',
  AT_RISK = 'AT_RISK',
  ACHIEVED = 'ACHIEVED',
  ABANDONED = 'ABANDONED',
  DECLINED = 'DECLINED',
}
registerEnumType(GoalStatus, {
  name: 'GoalStatus',
  description: 'PROPOSED by provider staff until a customer admin accepts (ACTIVE) or declines (DECLINED) it.',
});

export enum Ambition {
  GOOD_ENOUGH = 'GOOD_ENOUGH',
  EXCEPTIONAL = 'EXCEPTIONAL',
}
registerEnumType(Ambition, { name: 'Ambition', description: 'More is not always better: many want good enough.' });

export enum ConflictHandling {
  PRIORITIZE = 'PRIORITIZE',
  SYMBIOTIC = 'SYMBIOTIC',
  PARALLEL = 'PARALLEL',
  PARTITION = 'PARTITION',
}
registerEnumType(ConflictHandling, {
  name: 'ConflictHandling',
  description:
    'PRIORITIZE: one goal wins; SYMBIOTIC: both reframed to serve each other; PARALLEL: both pursued separately; PARTITION: split by group or time.',
});

export enum ConflictStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}
registerEnumType(ConflictStatus, { name: 'ConflictStatus' });

export enum SuccessPlanGapCode {
  NO_ACTIVE_GOAL = 'NO_ACTIVE_GOAL',
  NO_MEASURE = 'NO_MEASURE',
  NO_DUE_DATE = 'NO_DUE_DATE',
}
registerEnumType(SuccessPlanGapCode, { name: 'SuccessPlanGapCode' });

@ObjectType({ implements: Node, description: 'What the customer wants to achieve.' })
export class Goal extends Node {
  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

  @Field(() => GoalLevel)
  level!: GoalLevel;

  @Field(() => [ValueCategory])
  categories!: ValueCategory[];

  @Field(() => [ValueDimension])
  dimensions!: ValueDimension[];

  @Field(() => GoalStatus)
  status!: GoalStatus;

  @Field(() => String, { nullable: true, description: 'Why the goal was abandoned or the proposal declined.' })
  statusReason!: string | null;

  @Field(() => String, { nullable: true, description: 'The staff member who proposed the goal.' })
  proposedByName!: string | null;

  @Field(() => Date, { nullable: true })
  achievedAt!: Date | null;

  @Field(() => Int, { description: 'Give it back with updateGoal: a stale version is a CONFLICT.' })
  version!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType({ implements: Node, description: 'How a goal is measured: a metric from a baseline to a target.' })
export class GoalMeasure extends Node {
  @Field(() => Float)
  baseline!: number;

  @Field(() => Float)
  target!: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dueDate!: string | null;

  @Field(() => Ambition)
  ambition!: Ambition;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType({ implements: Node, description: 'A stakeholder backing a collective goal.' })
export class GoalEndorsement extends Node {
  @Field(() => String, { description: 'Who recorded it: the stakeholder, or an admin for them.' })
  endorsedByName!: string;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType({ implements: Node, description: 'Two goals that pull against each other, and how that is handled.' })
export class GoalConflict extends Node {
  @Field(() => String)
  description!: string;

  @Field(() => ConflictStatus)
  status!: ConflictStatus;

  @Field(() => ConflictHandling, { nullable: true })
  handling!: ConflictHandling | null;

  @Field(() => String, { nullable: true })
  resolutionNote!: string | null;

  @Field(() => String)
  raisedByName!: string;

  @Field(() => String, { nullable: true })
  resolvedByName!: string | null;

  @Field(() => Date, { nullable: true })
  resolvedAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType({ description: 'Something an account still needs before it has a success plan.' })
export class SuccessPlanGap {
  @Field(() => SuccessPlanGapCode)
  code!: SuccessPlanGapCode;

  @Field(() => String)
  message!: string;
}

@ObjectType({
  description: 'An account has a success plan when at least one active goal has a measure and a due date.',
})
export class SuccessPlan {
  @Field(() => Boolean)
  hasSuccessPlan!: boolean;

  @Field(() => [SuccessPlanGap], { description: 'What is missing; empty when the plan is there.' })
  gaps!: SuccessPlanGap[];

  @Field(() => Int, { description: 'Goals that are ACTIVE or AT_RISK.' })
  activeGoals!: number;

  @Field(() => Int, { description: 'Active goals with a measure and a due date.' })
  plannedGoals!: number;

  @Field(() => Int, { description: 'Proposals waiting for a customer admin.' })
  proposedGoals!: number;
}

@InputType({ description: 'Which goals to list; every condition given must hold.' })
export class GoalFilter {
  @Field(() => [GoalStatus], { nullable: true })
  status?: GoalStatus[] | null;

  @Field(() => GoalLevel, { nullable: true })
  level?: GoalLevel | null;

  @Field(() => ValueCategory, { nullable: true, description: 'Goals with this category among theirs.' })
  category?: ValueCategory | null;

  @Field(() => ID, { nullable: true, description: 'Goals owned by this stakeholder.' })
  ownerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Direct sub-goals of this goal.' })
  parentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only goals without a parent.' })
  rootsOnly?: boolean | null;
}

@ArgsType()
export class GoalListArgs extends ConnectionArgs {
  @Field(() => GoalFilter, { nullable: true })
  filter?: GoalFilter | null;
}

@ArgsType()
export class GoalConflictListArgs extends ConnectionArgs {
  @Field(() => ConflictStatus, { nullable: true, description: 'Only conflicts in this status.' })
  status?: ConflictStatus | null;
}

@InputType({ description: 'A measure. metricDefinitionId may name a template: the account adopts it.' })
export class GoalMeasureInput {
  @Field(() => ID)
  metricDefinitionId!: string;

  @Field(() => Float)
  baseline!: number;

  @Field(() => Float)
  target!: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; not before the goal was created.' })
  dueDate?: string | null;

  @Field(() => Ambition, { nullable: true, description: 'Defaults to GOOD_ENOUGH.' })
  ambition?: Ambition | null;
}

@InputType()
export class CreateGoalInput {
  @Field(() => ID, { nullable: true, description: 'The account; customer users may leave it out.' })
  accountId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The goal this one serves.' })
  parentId?: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => GoalLevel)
  level!: GoalLevel;

  @Field(() => [ValueCategory], { description: 'At least one.' })
  categories!: ValueCategory[];

  @Field(() => [ValueDimension], { nullable: true })
  dimensions?: ValueDimension[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The owning stakeholder; required for INDIVIDUAL goals (a member’s own goal defaults to them).',
  })
  ownerId?: string | null;

  @Field(() => GoalMeasureInput, { nullable: true })
  measure?: GoalMeasureInput | null;
}

@InputType({ description: 'Only the fields given change; parentId null makes the goal a root.' })
export class UpdateGoalInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you edited; a stale one gets CONFLICT and changes nothing.' })
  version!: number;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => GoalLevel, { nullable: true })
  level?: GoalLevel | null;

  @Field(() => [ValueCategory], { nullable: true })
  categories?: ValueCategory[] | null;

  @Field(() => [ValueDimension], { nullable: true })
  dimensions?: ValueDimension[] | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;
}

@InputType()
export class AcceptGoalInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you reviewed; if given, a stale one is a CONFLICT.' })
  version?: number | null;
}

@InputType()
export class DeclineGoalInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Why, for the staff member who proposed it.' })
  reason!: string;
}

@InputType()
export class SetGoalStatusInput {
  @Field(() => ID)
  id!: string;

  @Field(() => GoalStatus, { description: 'ACTIVE, AT_RISK, ACHIEVED or ABANDONED.' })
  status!: GoalStatus;

  @Field(() => String, { nullable: true, description: 'Required when abandoning.' })
  reason?: string | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}

@InputType()
export class SetGoalMeasureInput {
  @Field(() => ID)
  goalId!: string;

  @Field(() => GoalMeasureInput, { nullable: true, description: 'null removes the measure.' })
  measure?: GoalMeasureInput | null;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}

@InputType()
export class EndorseGoalInput {
  @Field(() => ID)
  goalId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Who endorses: by default the caller’s own stakeholder; admins may name another.',
  })
  stakeholderId?: string | null;
}

@InputType()
export class CreateGoalConflictInput {
  @Field(() => ID)
  goalAId!: string;

  @Field(() => ID)
  goalBId!: string;

  @Field(() => String, { description: 'How the goals clash, in a few words.' })
  description!: string;
}

@InputType()
export class ResolveGoalConflictInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ConflictHandling)
  handling!: ConflictHandling;

  @Field(() => ID, { nullable: true, description: 'With PRIORITIZE: the goal that wins (one of the two).' })
  prioritizedGoalId?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ObjectType()
export class GoalPayload {
  @Field(() => Goal, { nullable: true })
  goal!: unknown | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class GoalConflictPayload {
  @Field(() => GoalConflict, { nullable: true })
  conflict!: unknown | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

export const GoalConnection = ConnectionType(Goal, 'Goal');
export const GoalConflictConnection = ConnectionType(GoalConflict, 'GoalConflict');
registerNodeType(GoalEntity, 'Goal');
registerNodeType(GoalMeasureEntity, 'GoalMeasure');
registerNodeType(GoalEndorsementEntity, 'GoalEndorsement');
registerNodeType(GoalConflictEntity, 'GoalConflict');
