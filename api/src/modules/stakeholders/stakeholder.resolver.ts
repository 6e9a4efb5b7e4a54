import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/context.js';
import { runMutation } from '../../platform/mutation.js';
import { expectGlobalId } from '../../platform/relay.js';
import type { AccountEntity } from '../accounts/account.entity.js';
import { Account } from '../accounts/account.types.js';
import { IdentityService } from '../identity/identity.service.js';
import { User } from '../identity/identity.types.js';
import type { StakeholderEntity } from './stakeholder.entity.js';
import { StakeholderService } from './stakeholder.service.js';
import {
  CreateStakeholderInput,
  DeclineStakeholderInput,
  Stakeholder,
  StakeholderConnection,
  StakeholderIdInput,
  StakeholderListArgs,
  StakeholderPayload,
  UpdateStakeholderInput,
} from './stakeholder.types.js';

@Resolver(() => Stakeholder)
export class StakeholderResolver {
  @FieldResolver(() => User, { nullable: true, description: 'The user who is this person, if linked.' })
  async user(@Root() stakeholder: StakeholderEntity, @Ctx() ctx: RequestContext) {
    return stakeholder.userId ? new IdentityService(ctx).userById(stakeholder.userId) : null;
  }

  @Mutation(() => StakeholderPayload, {
    description: 'A customer admin adds a stakeholder; provider staff suggest one (PROPOSED).',
  })
  async createStakeholder(
    @Arg('input', () => CreateStakeholderInput) input: CreateStakeholderInput,
    @Ctx() ctx: RequestContext,
  ) {
    const { result, errors } = await runMutation(ctx, () => new StakeholderService(ctx).create(input));
    return { stakeholder: result, errors };
  }

  @Mutation(() => StakeholderPayload, { description: 'Changes a stakeholder; the version must be the one you edited.' })
  async updateStakeholder(
    @Arg('input', () => UpdateStakeholderInput) input: UpdateStakeholderInput,
    @Ctx() ctx: RequestContext,
  ) {
    const { id, version, ...changes } = input;
    const stakeholderId = expectGlobalId(id, 'Stakeholder');
    const { result, errors } = await runMutation(ctx, () =>
      new StakeholderService(ctx).update(stakeholderId, version, changes),
    );
    return { stakeholder: result, errors };
  }

  @Mutation(() => StakeholderPayload, { description: 'A customer admin accepts a suggested stakeholder.' })
  async acceptStakeholder(
    @Arg('input', () => StakeholderIdInput) input: StakeholderIdInput,
    @Ctx() ctx: RequestContext,
  ) {
    const id = expectGlobalId(input.id, 'Stakeholder');
    const { result, errors } = await runMutation(ctx, () => new StakeholderService(ctx).accept(id));
    return { stakeholder: result, errors };
  }

  @Mutation(() => StakeholderPayload, { description: 'A customer admin declines a suggested stakeholder.' })
  async declineStakeholder(
    @Arg('input', () => DeclineStakeholderInput) input: DeclineStakeholderInput,
    @Ctx() ctx: RequestContext,
  ) {
    const id = expectGlobalId(input.id, 'Stakeholder');
    const { result, errors } = await runMutation(ctx, () => new StakeholderService(ctx).decline(id, input.reason));
    return { stakeholder: result, errors };
  }

  @Mutation(() => StakeholderPayload, {
    description: 'Takes a stakeholder off the lists; their history and goals stay.',
  })
  async archiveStakeholder(
    @Arg('input', () => StakeholderIdInput) input: StakeholderIdInput,
    @Ctx() ctx: RequestContext,
  ) {
    const id = expectGlobalId(input.id, 'Stakeholder');
    const { result, errors } = await runMutation(ctx, () => new StakeholderService(ctx).archive(id));
    return { stakeholder: result, errors };
  }
}

@Resolver(() => Account)
export class AccountStakeholdersResolver {
  @FieldResolver(() => StakeholderConnection, { description: 'The people at the customer, oldest first.' })
  async stakeholders(
    @Root() account: AccountEntity,
    @Args(() => StakeholderListArgs) args: StakeholderListArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return new StakeholderService(ctx).list(account.id, args);
  }
}
