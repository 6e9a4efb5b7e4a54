import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/context.js';
import { runMutation } from '../../platform/mutation.js';
import { expectGlobalId } from '../../platform/relay.js';
import { AccountService } from '../accounts/account.service.js';
import { Account } from '../accounts/account.types.js';
import type { InvitationEntity } from './invitation.entity.js';
import { InvitationService, invitationStatus } from './invitation.service.js';
import {
  AcceptInvitationInput,
  AcceptInvitationPayload,
  Invitation,
  InvitationPreview,
  InvitationStatus,
  InviteUserInput,
  InviteUserPayload,
  RevokeInvitationInput,
  RevokeInvitationPayload,
} from './invitation.types.js';

@Resolver(() => Invitation)
export class InvitationResolver {
  @FieldResolver(() => InvitationStatus)
  status(@Root() invitation: InvitationEntity) {
    return invitationStatus(invitation);
  }

  @FieldResolver(() => Account, { nullable: true, description: 'null for provider staff invitations.' })
  async account(@Root() invitation: InvitationEntity, @Ctx() ctx: RequestContext) {
    return invitation.accountId ? new AccountService(ctx).findById(invitation.accountId) : null;
  }

  @Query(() => InvitationPreview, {
    nullable: true,
    description: 'What an invitation link offers; needs no sign-in. null for an unknown token.',
  })
  async invitation(@Arg('token', () => String) token: string, @Ctx() ctx: RequestContext) {
    const found = await new InvitationService(ctx).preview(token);
    if (!found) return null;
    return {
      email: found.email,
      role: found.role,
      accountName: found.account_name,
      invitedByName: found.invited_by_name,
      status: found.status,
      expiresAt: found.expires_at,
    };
  }

  @Mutation(() => InviteUserPayload, { description: 'Invites someone by email; the link goes out through the outbox.' })
  async inviteUser(@Arg('input', () => InviteUserInput) input: InviteUserInput, @Ctx() ctx: RequestContext) {
    const { result, errors } = await runMutation(ctx, () => new InvitationService(ctx).invite(input));
    return { invitation: result, errors };
  }

  @Mutation(() => AcceptInvitationPayload, {
    description: 'Accepts an invitation: sets name and password, and signs in.',
  })
  async acceptInvitation(
    @Arg('input', () => AcceptInvitationInput) input: AcceptInvitationInput,
    @Ctx() ctx: RequestContext,
  ) {
    const { errors } = await runMutation(ctx, () => new InvitationService(ctx).accept(input));
    return { signedIn: errors.length === 0, errors };
  }

  @Mutation(() => RevokeInvitationPayload, { description: 'Withdraws a pending invitation; its link stops working.' })
  async revokeInvitation(
    @Arg('input', () => RevokeInvitationInput) input: RevokeInvitationInput,
    @Ctx() ctx: RequestContext,
  ) {
    const invitationId = expectGlobalId(input.id, 'Invitation');
    const { result, errors } = await runMutation(ctx, () => new InvitationService(ctx).revoke(invitationId));
    return { invitation: result, errors };
  }
}
