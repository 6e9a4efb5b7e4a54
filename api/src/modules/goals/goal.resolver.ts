import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Extensions, FieldResolver, Info, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/context.js';
import { selectedFields } from '../../platform/loaders.js';
import { runMutation } from '../../platform/mutation.js';
import { expectGlobalId, MAX_PAGE_SIZE } from '../../platform/relay.js';
import { AccountService } from '../accounts/account.service.js';
import { Account } from '../accounts/account.types.js';
import type { AccountEntity } from '../accounts/account.entity.js';
import { MetricService } from '../metrics/metric.service.js';
import { MetricDefinition, MetricKind } from '../metrics/metric.types.js';
import type { StakeholderEntity } from '../stakeholders/stakeholder.entity.js';
import { StakeholderService } from '../stakeholders/stakeholder.service.js';
import { Stakeholder } from '../stakeholders/stakeholder.types.js';
import type { GoalConflictEntity } from './goal-conflict.entity.js';
import { GoalConflictService } from './goal-conflict.service.js';
import type { GoalEndorsementEntity } from './goal-endorsement.entity.js';
import { GoalEndorsementService } from './goal-endorsement.service.js';
import type { GoalMeasureEntity } from './goal-measure.entity.js';
import type { GoalEntity } from './goal.entity.js';
import { outcomeTypes, suggestedMetricKinds } from './goal.rules.js';
import { GoalService, MAX_TREE_GOALS } from './goal.service.js';
import {
  AcceptGoalInput,
  CreateGoalConflictInput,
  CreateGoalInput,
  DeclineGoalInput,
  EndorseGoalInput,
  Goal,
  GoalConflict,
  GoalConflictConnection,
  GoalConflictListArgs,
  GoalConflictPayload,
  GoalConnection,
  GoalEndorsement,
  GoalListArgs,
  GoalMeasure,
  GoalPayload,
  OutcomeType,
  ResolveGoalConflictInput,
  SetGoalMeasureInput,
  SetGoalStatusInput,
  SuccessPlan,
  UpdateGoalInput,
} from './goal.types.js';

@Resolver(() => Goal)
export class GoalResolver {
  @FieldResolver(() => [OutcomeType], { description: 'Derived from level × categories; never stored.' })
  outcomeTypes(@Root() goal: GoalEntity) {
    return outcomeTypes(goal.level, goal.categories);
  }

  @FieldResolver(() => [MetricKind], { description: 'The kinds of metric that fit the goal’s outcome types.' })
  suggestedMetricKinds(@Root() goal: GoalEntity) {
    return suggestedMetricKinds(outcomeTypes(goal.level, goal.categories));
  }

  @FieldResolver(() => Account)
  async account(@Root() goal: GoalEntity, @Ctx() ctx: RequestContext) {
    return new AccountService(ctx).findById(goal.accountId);
  }

  // Several field resolvers answer synchronously when the value is already loaded: in a
  // whole tree that saves GraphQL hundreds of promises (see PeekableLoader).
  @FieldResolver(() => Goal, { nullable: true })
  parent(@Root() goal: GoalEntity, @Ctx() ctx: RequestContext) {
    return goal.parentId ? new GoalService(ctx).findByIdNow(goal.parentId) : null;
  }

  @FieldResolver(() => [Goal], { description: 'Direct sub-goals, oldest first.' })
  @Extensions({ listCost: 20 })
  async children(@Root() goal: GoalEntity, @Ctx() ctx: RequestContext) {
    return new GoalService(ctx).children(goal);
  }

  @FieldResolver(() => [Goal], { description: 'The goals above this one, the root first.' })
  @Extensions({ listCost: 6 })
  async ancestors(@Root() goal: GoalEntity, @Ctx() ctx: RequestContext) {
    return new GoalService(ctx).ancestors(goal);
  }

  @FieldResolver(() => Int, { description: 'How deep the goal sits: a root goal is 1.' })
  depth(@Root() goal: GoalEntity & { depth?: number }, @Ctx() ctx: RequestContext) {
    return goal.depth ?? new GoalService(ctx).ancestors(goal).then((ancestors) => ancestors.length + 1);
  }

  @FieldResolver(() => Stakeholder, { nullable: true, description: 'Required for individual goals.' })
  owner(@Root() goal: GoalEntity, @Ctx() ctx: RequestContext) {
    return goal.ownerStakeholderId ? new StakeholderService(ctx).findByIdNow(goal.ownerStakeholderId) : null;
  }

  @FieldResolver(() => GoalMeasure, { nullable: true })
  measure(@Root() goal: GoalEntity, @Ctx() ctx: RequestContext) {
    return new GoalService(ctx).measureNow(goal);
  }

  @FieldResolver(() => [GoalEndorsement], { description: 'Who backs the goal (collective goals), oldest first.' })
  @Extensions({ listCost: 20 })
  async endorsements(@Root() goal: GoalEntity, @Ctx() ctx: RequestContext) {
    return new GoalEndorsementService(ctx).forGoal(goal.id);
  }

  @FieldResolver(() => Int)
  async endorsementCount(@Root() goal: GoalEntity, @Ctx() ctx: RequestContext) {
    return (await new GoalEndorsementService(ctx).forGoal(goal.id)).length;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the signed-in user endorses this goal themself.' })
  async viewerEndorses(@Root() goal: GoalEntity, @Ctx() ctx: RequestContext) {
    return new GoalEndorsementService(ctx).viewerEndorses(goal);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the signed-in user may change this goal.' })
  async viewerCanEdit(@Root() goal: GoalEntity, @Ctx() ctx: RequestContext) {
    return new GoalService(ctx).canEdit(goal);
  }

  @FieldResolver(() => [GoalConflict], { description: 'Conflicts this goal is part of, open or resolved.' })
  @Extensions({ listCost: 10 })
  async conflicts(@Root() goal: GoalEntity, @Ctx() ctx: RequestContext) {
    return new GoalConflictService(ctx).forGoal(goal.id);
  }

  @Mutation(() => GoalPayload, { description: 'A customer user writes a goal (members: their own individual goals).' })
  async createGoal(@Arg('input', () => CreateGoalInput) input: CreateGoalInput, @Ctx() ctx: RequestContext) {
    const { result, errors } = await runMutation(ctx, () => new GoalService(ctx).create(input));
    return { goal: result, errors };
  }

  @Mutation(() => GoalPayload, {
    description: 'Provider staff propose a goal, and optionally its measure; it stays PROPOSED until accepted.',
  })
  async proposeGoal(@Arg('input', () => CreateGoalInput) input: CreateGoalInput, @Ctx() ctx: RequestContext) {
    const { result, errors } = await runMutation(ctx, () => new GoalService(ctx).propose(input));
    return { goal: result, errors };
  }

  @Mutation(() => GoalPayload, { description: 'Changes a goal; the version must be the one you edited.' })
  async updateGoal(@Arg('input', () => UpdateGoalInput) input: UpdateGoalInput, @Ctx() ctx: RequestContext) {
    const { id, version, ...changes } = input;
    const goalId = expectGlobalId(id, 'Goal');
    const { result, errors } = await runMutation(ctx, () => new GoalService(ctx).update(goalId, version, changes));
    return { goal: result, errors };
  }

  @Mutation(() => GoalPayload, { description: 'A customer admin accepts a proposed goal: it becomes ACTIVE.' })
  async acceptGoal(@Arg('input', () => AcceptGoalInput) input: AcceptGoalInput, @Ctx() ctx: RequestContext) {
    const goalId = expectGlobalId(input.id, 'Goal');
    const { result, errors } = await runMutation(ctx, () => new GoalService(ctx).accept(goalId, input.version));
    return { goal: result, errors };
  }

  @Mutation(() => GoalPayload, { description: 'A customer admin declines a proposed goal, with a reason.' })
  async declineGoal(@Arg('input', () => DeclineGoalInput) input: DeclineGoalInput, @Ctx() ctx: RequestContext) {
    const goalId = expectGlobalId(input.id, 'Goal');
    const { result, errors } = await runMutation(ctx, () => new GoalService(ctx).decline(goalId, input.reason));
    return { goal: result, errors };
  }

  @Mutation(() => GoalPayload, {
    description: 'Moves a goal between ACTIVE, AT_RISK, ACHIEVED and ABANDONED (with a reason).',
  })
  async setGoalStatus(@Arg('input', () => SetGoalStatusInput) input: SetGoalStatusInput, @Ctx() ctx: RequestContext) {
    const goalId = expectGlobalId(input.id, 'Goal');
    const { result, errors } = await runMutation(ctx, () =>
      new GoalService(ctx).setStatus(goalId, input.status, input.reason, input.version),
    );
    return { goal: result, errors };
  }

  @Mutation(() => GoalPayload, { description: "Sets, replaces or removes a goal's measure." })
  async setGoalMeasure(
    @Arg('input', () => SetGoalMeasureInput) input: SetGoalMeasureInput,
    @Ctx() ctx: RequestContext,
  ) {
    const goalId = expectGlobalId(input.goalId, 'Goal', 'goalId');
    const { result, errors } = await runMutation(ctx, () =>
      new GoalService(ctx).setMeasure(goalId, input.measure ?? null, input.version),
    );
    return { goal: result, errors };
  }

  @Mutation(() => GoalPayload, {
    description: 'A stakeholder backs a collective goal; endorsing twice changes nothing.',
  })
  async endorseGoal(@Arg('input', () => EndorseGoalInput) input: EndorseGoalInput, @Ctx() ctx: RequestContext) {
    const goalId = expectGlobalId(input.goalId, 'Goal', 'goalId');
    const { result, errors } = await runMutation(ctx, () =>
      new GoalEndorsementService(ctx).endorse(goalId, input.stakeholderId),
    );
    return { goal: result, errors };
  }

  @Mutation(() => GoalPayload)
  async withdrawEndorsement(@Arg('input', () => EndorseGoalInput) input: EndorseGoalInput, @Ctx() ctx: RequestContext) {
    const goalId = expectGlobalId(input.goalId, 'Goal', 'goalId');
    const { result, errors } = await runMutation(ctx, () =>
      new GoalEndorsementService(ctx).withdraw(goalId, input.stakeholderId),
    );
    return { goal: result, errors };
  }
}

@Resolver(() => GoalMeasure)
export class GoalMeasureResolver {
  @FieldResolver(() => MetricDefinition)
  metric(@Root() measure: GoalMeasureEntity, @Ctx() ctx: RequestContext) {
    return new MetricService(ctx).findByIdNow(measure.metricDefinitionId);
  }

  @FieldResolver(() => Goal)
  async goal(@Root() measure: GoalMeasureEntity, @Ctx() ctx: RequestContext) {
    return new GoalService(ctx).findById(measure.goalId);
  }
}

@Resolver(() => GoalEndorsement)
export class GoalEndorsementResolver {
  @FieldResolver(() => Goal)
  async goal(@Root() endorsement: GoalEndorsementEntity, @Ctx() ctx: RequestContext) {
    return new GoalService(ctx).findById(endorsement.goalId);
  }

  @FieldResolver(() => Stakeholder)
  async stakeholder(@Root() endorsement: GoalEndorsementEntity, @Ctx() ctx: RequestContext) {
    return new StakeholderService(ctx).findById(endorsement.stakeholderId);
  }
}

@Resolver(() => GoalConflict)
export class GoalConflictResolver {
  @FieldResolver(() => Goal)
  async goalA(@Root() conflict: GoalConflictEntity, @Ctx() ctx: RequestContext) {
    return new GoalService(ctx).findById(conflict.goalAId);
  }

  @FieldResolver(() => Goal)
  async goalB(@Root() conflict: GoalConflictEntity, @Ctx() ctx: RequestContext) {
    return new GoalService(ctx).findById(conflict.goalBId);
  }

  @FieldResolver(() => Goal, { nullable: true, description: 'With PRIORITIZE: the goal that comes first.' })
  async prioritizedGoal(@Root() conflict: GoalConflictEntity, @Ctx() ctx: RequestContext) {
    return conflict.prioritizedGoalId ? new GoalService(ctx).findById(conflict.prioritizedGoalId) : null;
  }

  @Mutation(() => GoalConflictPayload, { description: 'Marks two goals of an account as conflicting.' })
  async createGoalConflict(
    @Arg('input', () => CreateGoalConflictInput) input: CreateGoalConflictInput,
    @Ctx() ctx: RequestContext,
  ) {
    const { result, errors } = await runMutation(ctx, () => new GoalConflictService(ctx).create(input));
    return { conflict: result, errors };
  }

  @Mutation(() => GoalConflictPayload, { description: 'A customer admin records how a conflict is handled.' })
  async resolveGoalConflict(
    @Arg('input', () => ResolveGoalConflictInput) input: ResolveGoalConflictInput,
    @Ctx() ctx: RequestContext,
  ) {
    const id = expectGlobalId(input.id, 'GoalConflict');
    const { result, errors } = await runMutation(ctx, () => new GoalConflictService(ctx).resolve({ ...input, id }));
    return { conflict: result, errors };
  }
}

@Resolver(() => Account)
export class AccountGoalsResolver {
  @FieldResolver(() => GoalConnection, { description: 'The account’s goals, oldest first, filtered.' })
  async goals(
    @Root() account: AccountEntity,
    @Args(() => GoalListArgs) args: GoalListArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return new GoalService(ctx).list(account.id, args.filter, args);
  }

  @FieldResolver(() => [Goal], {
    description: `Every goal of the account (at most ${MAX_TREE_GOALS}), parents before their children, with depth: the whole tree in one request. Costed as ${MAX_PAGE_SIZE} goals.`,
  })
  @Extensions({ listCost: MAX_PAGE_SIZE })
  async goalTree(@Root() account: AccountEntity, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    const asked = selectedFields(info);
    return new GoalService(ctx).tree(account.id, {
      owner: asked.has('owner'),
      measure: asked.has('measure'),
      metric: selectedFields(info, 'measure').has('metric'),
    });
  }

  @FieldResolver(() => GoalConflictConnection, { description: 'Goal conflicts, newest first.' })
  async goalConflicts(
    @Root() account: AccountEntity,
    @Args(() => GoalConflictListArgs) args: GoalConflictListArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return new GoalConflictService(ctx).list(account.id, args.status, args);
  }

  @FieldResolver(() => Boolean, { description: 'At least one active goal has a measure and a due date.' })
  async hasSuccessPlan(@Root() account: AccountEntity, @Ctx() ctx: RequestContext) {
    return (await new GoalService(ctx).successPlan(account.id)).hasSuccessPlan;
  }

  @FieldResolver(() => SuccessPlan, { description: 'Whether the account has a success plan, and what is missing.' })
  async successPlan(@Root() account: AccountEntity, @Ctx() ctx: RequestContext) {
    return new GoalService(ctx).successPlan(account.id);
  }
}

@Resolver(() => Stakeholder)
export class StakeholderGoalsResolver {
  @FieldResolver(() => [Goal], { description: 'Goals this stakeholder owns.' })
  @Extensions({ listCost: 20 })
  async ownedGoals(@Root() stakeholder: StakeholderEntity, @Ctx() ctx: RequestContext) {
    return new GoalService(ctx).ownedBy(stakeholder.id);
  }

  @FieldResolver(() => [GoalEndorsement], { description: 'Collective goals this stakeholder backs.' })
  @Extensions({ listCost: 20 })
  async endorsements(@Root() stakeholder: StakeholderEntity, @Ctx() ctx: RequestContext) {
    return new GoalEndorsementService(ctx).byStakeholder(stakeholder.id);
  }
}
