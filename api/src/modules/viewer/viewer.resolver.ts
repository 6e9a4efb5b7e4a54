import { Args, Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../platform/context.js';
import { ConnectionArgs } from '../../platform/relay.js';
import { AccountService } from '../accounts/account.service.js';
import { Account, AccountConnection } from '../accounts/account.types.js';
import { IdentityService } from '../identity/identity.service.js';
import { MembershipConnection, User } from '../identity/identity.types.js';
import { isStaffRole } from '../identity/membership.entity.js';
import { TeamService } from '../identity/team.service.js';
import { InvitationService } from '../invitations/invitation.service.js';
import { InvitationConnection, InvitationListArgs } from '../invitations/invitation.types.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { MailMessageConnection } from '../outbox/outbox.types.js';
import { Viewer } from './viewer.types.js';

@Resolver(() => Viewer)
export class ViewerResolver {
  @Query(() => Viewer, { nullable: true, description: 'The signed-in user; null when signed out.' })
  viewer(@Ctx() ctx: RequestContext) {
    const caller = ctx.caller;
    if (!caller) return null;
    return {
      role: caller.role,
      isProviderStaff: isStaffRole(caller.role),
      mailboxEnabled: new OutboxService(ctx).mailboxEnabled,
    };
  }

  @FieldResolver(() => User)
  async user(@Ctx() ctx: RequestContext) {
    return new IdentityService(ctx).userById(ctx.requireCaller().userId);
  }

  @FieldResolver(() => Account, {
    nullable: true,
    description: "A customer user's own account; null for provider staff.",
  })
  async account(@Ctx() ctx: RequestContext) {
    const { accountId } = ctx.requireCaller();
    return accountId ? new AccountService(ctx).findById(accountId) : null;
  }

  @FieldResolver(() => AccountConnection, {
    description: 'Every account the viewer can see: their own, or the accounts they serve.',
  })
  async accounts(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: RequestContext) {
    return new AccountService(ctx).list(args);
  }

  @FieldResolver(() => MembershipConnection, { description: 'The provider staff (provider admins).' })
  async staff(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: RequestContext) {
    return new TeamService(ctx).list(null, args);
  }

  @FieldResolver(() => InvitationConnection, { description: 'Invitations to the provider staff (provider admins).' })
  async staffInvitations(@Args(() => InvitationListArgs) args: InvitationListArgs, @Ctx() ctx: RequestContext) {
    ctx.requireRole('PROVIDER_ADMIN');
    return new InvitationService(ctx).list(null, args);
  }

  @FieldResolver(() => MailMessageConnection, {
    description: 'The dev mailbox: messages kept because no SMTP server is set (admins).',
  })
  async mailbox(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: RequestContext) {
    return new OutboxService(ctx).mailbox(args);
  }
}
