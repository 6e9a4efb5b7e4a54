import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/context.js';
import { runMutation } from '../../platform/mutation.js';
import { ConnectionArgs, expectGlobalId } from '../../platform/relay.js';
import { ChangeLogService } from '../changelog/changelog.service.js';
import { ChangeLogEntryConnection } from '../changelog/changelog.types.js';
import { IdentityService } from '../identity/identity.service.js';
import { MembershipConnection, User } from '../identity/identity.types.js';
import { TeamService } from '../identity/team.service.js';
import { InvitationService } from '../invitations/invitation.service.js';
import { InvitationConnection, InvitationListArgs } from '../invitations/invitation.types.js';
import type { AccountEntity } from './account.entity.js';
import { AccountService } from './account.service.js';
import { Account, AccountPayload, CreateAccountInput, UpdateAccountInput } from './account.types.js';

@Resolver(() => Account)
export class AccountResolver {
  @FieldResolver(() => User, { nullable: true, description: 'The assigned customer success manager.' })
  async csm(@Root() account: AccountEntity, @Ctx() ctx: RequestContext) {
    return account.csmUserId ? new IdentityService(ctx).userById(account.csmUserId) : null;
  }

  @FieldResolver(() => MembershipConnection, { description: "The account's people and their roles." })
  async members(
    @Root() account: AccountEntity,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return new TeamService(ctx).list(account.id, args);
  }

  @FieldResolver(() => InvitationConnection, {
    description: 'Invitations to the account, newest first (admins and staff).',
  })
  async invitations(
    @Root() account: AccountEntity,
    @Args(() => InvitationListArgs) args: InvitationListArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return new InvitationService(ctx).list(account.id, args);
  }

  @FieldResolver(() => ChangeLogEntryConnection, {
    description: 'Every change to the account, newest first (admins and staff).',
  })
  async changeLog(
    @Root() account: AccountEntity,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return new ChangeLogService(ctx).listForAccount(account.id, args);
  }

  @Mutation(() => AccountPayload, { description: 'Creates a customer account (provider admins).' })
  async createAccount(@Arg('input', () => CreateAccountInput) input: CreateAccountInput, @Ctx() ctx: RequestContext) {
    const { result, errors } = await runMutation(ctx, () => new AccountService(ctx).create(input));
    return { account: result, errors };
  }

  @Mutation(() => AccountPayload, {
    description: "Changes an account's details (provider admins; the assigned CSM for phase and renewal).",
  })
  async updateAccount(@Arg('input', () => UpdateAccountInput) input: UpdateAccountInput, @Ctx() ctx: RequestContext) {
    const { id, ...changes } = input;
    const accountId = expectGlobalId(id, 'Account');
    const { result, errors } = await runMutation(ctx, () => new AccountService(ctx).update(accountId, changes));
    return { account: result, errors };
  }
}
