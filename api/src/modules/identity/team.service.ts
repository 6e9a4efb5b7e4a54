import type { RequestContext } from '../../platform/context.js';
import { forbidden, UserError, UserErrorsException } from '../../platform/errors.js';
import { childListPage, paginate, type ChildListSpec, type ConnectionArgs } from '../../platform/relay.js';
import { ChangeLogService } from '../changelog/changelog.service.js';
import { IdentityService } from './identity.service.js';
import { CUSTOMER_ROLES, MembershipEntity, STAFF_ROLES, type MemberRole } from './membership.entity.js';

const ACCOUNT_MEMBERS: ChildListSpec<MembershipEntity> = {
  name: 'team.accountMembers',
  entity: MembershipEntity,
  parentProperty: 'accountId',
  sortProperty: 'createdAt',
  direction: 'ASC',
};

/** The people of an account (or of the provider staff) and their roles. */
export class TeamService {
  constructor(private readonly ctx: RequestContext) {}

  /** Members of an account, oldest first; accountId null lists provider staff (provider admins). */
  list(accountId: string | null, args: ConnectionArgs) {
    const caller = this.ctx.requireCaller();
    if (accountId) return childListPage(this.ctx, ACCOUNT_MEMBERS, accountId, args);
    if (caller.role !== 'PROVIDER_ADMIN') throw forbidden('Only provider admins list the provider staff.');
    const query = new IdentityService(this.ctx).membershipsQuery().where('membership.accountId IS NULL');
    return paginate(query, args, { sortProperty: 'createdAt', direction: 'ASC' });
  }

  async changeRole(membershipId: string, role: MemberRole): Promise<MembershipEntity> {
    const caller = this.ctx.requireRole('CUSTOMER_ADMIN', 'PROVIDER_ADMIN');
    const identity = new IdentityService(this.ctx);
    const membership = await identity.membershipById(membershipId);
    if (!membership || (caller.role === 'CUSTOMER_ADMIN' && membership.accountId !== caller.accountId)) {
      throw new UserErrorsException([UserError.of('NOT_FOUND', 'That team member was not found.', 'id')]);
    }
    const allowed: readonly MemberRole[] = membership.accountId ? CUSTOMER_ROLES : STAFF_ROLES;
    if (!allowed.includes(role)) {
      throw new UserErrorsException([
        UserError.of(
          'INVALID',
          membership.accountId ? 'Customer members are admins or members.' : 'Staff are CSMs or provider admins.',
          'role',
        ),
      ]);
    }
    if (membership.role === role) return membership;
    if (
      membership.accountId &&
      membership.role === 'CUSTOMER_ADMIN' &&
      (await identity.countAdmins(membership.accountId)) <= 1
    ) {
      throw new UserErrorsException([
        UserError.of('LAST_ADMIN', 'An account needs at least one admin. Make someone else admin first.', 'role'),
      ]);
    }
    await identity.saveMembershipRole(membership, role);
    await new ChangeLogService(this.ctx).record({
      accountId: membership.accountId,
      action: 'membership.role_changed',
      entityType: 'Membership',
      entityId: membership.id,
      changes: [{ field: 'role', before: membership.role, after: role }],
    });
    return Object.assign(membership, { role });
  }
}
