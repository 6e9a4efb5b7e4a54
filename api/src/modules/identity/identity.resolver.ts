import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/context.js';
import { runMutation } from '../../platform/mutation.js';
import { expectGlobalId } from '../../platform/relay.js';
import { AccountService } from '../accounts/account.service.js';
import { Account } from '../accounts/account.types.js';
import { TeamService } from './team.service.js';
import { IdentityService } from './identity.service.js';
import type { MembershipEntity } from './membership.entity.js';
import {
  Membership,
  SignInInput,
  SignInPayload,
  SignOutInput,
  SignOutPayload,
  UpdateMembershipInput,
  UpdateMembershipPayload,
  User,
} from './identity.types.js';

@Resolver()
export class IdentityResolver {
  @Mutation(() => SignInPayload, { description: 'Signs in with email and password; sets the session cookie.' })
  async signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() ctx: RequestContext) {
    const { user, errors } = await new IdentityService(ctx).signIn(input.email, input.password);
    return { user, errors };
  }

  @Mutation(() => SignOutPayload, { description: 'Ends the current session and clears its cookie.' })
  async signOut(
    @Arg('input', () => SignOutInput, { nullable: true }) _input: SignOutInput | null,
    @Ctx() ctx: RequestContext,
  ) {
    await new IdentityService(ctx).signOut();
    return { signedOut: true, errors: [] };
  }

  @Mutation(() => UpdateMembershipPayload, {
    description: "Changes a team member's role (customer admins, provider admins).",
  })
  async updateMembership(
    @Arg('input', () => UpdateMembershipInput) input: UpdateMembershipInput,
    @Ctx() ctx: RequestContext,
  ) {
    const membershipId = expectGlobalId(input.id, 'Membership');
    const { result, errors } = await runMutation(ctx, () => new TeamService(ctx).changeRole(membershipId, input.role));
    return { membership: result, errors };
  }
}

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => User)
  async user(@Root() membership: MembershipEntity, @Ctx() ctx: RequestContext) {
    return new IdentityService(ctx).userById(membership.userId);
  }

  @FieldResolver(() => Account, { nullable: true, description: 'null for provider staff.' })
  async account(@Root() membership: MembershipEntity, @Ctx() ctx: RequestContext) {
    return membership.accountId ? new AccountService(ctx).findById(membership.accountId) : null;
  }
}
