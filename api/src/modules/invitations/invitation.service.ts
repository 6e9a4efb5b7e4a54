import { randomUUID } from 'node:crypto';
import { hashToken, newSecretToken } from '../../platform/auth.js';
import type { RequestContext } from '../../platform/context.js';
import { forbidden, UserError, UserErrorsException } from '../../platform/errors.js';
import {
  childListPage,
  expectGlobalId,
  paginate,
  type ChildListSpec,
  type ConnectionArgs,
} from '../../platform/relay.js';
import { AccountService } from '../accounts/account.service.js';
import { ChangeLogService } from '../changelog/changelog.service.js';
import { IdentityService, emailSchema, passwordSchema, personNameSchema } from '../identity/identity.service.js';
import { CUSTOMER_ROLES, isStaffRole, type MemberRole } from '../identity/membership.entity.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { InvitationEntity } from './invitation.entity.js';

const ACCOUNT_INVITATIONS: ChildListSpec<InvitationEntity> = {
  name: 'invitations.account',
  entity: InvitationEntity,
  parentProperty: 'accountId',
  sortProperty: 'createdAt',
  direction: 'DESC',
};

export type InvitationStatusValue = 'PENDING' | 'ACCEPTED' | 'EXPIRED';

export function invitationStatus(invitation: { acceptedAt: Date | null; expiresAt: Date }): InvitationStatusValue {
  if (invitation.acceptedAt) return 'ACCEPTED';
  return invitation.expiresAt.getTime() <= Date.now() ? 'EXPIRED' : 'PENDING';
}

interface InvitationByToken {
  id: string;
  account_id: string | null;
  account_name: string | null;
  email: string;
  role: MemberRole;
  invited_by_name: string;
  expires_at: Date;
  accepted_at: Date | null;
}

const ROLE_LABELS: Record<MemberRole, string> = {
  CUSTOMER_ADMIN: 'an admin',
  CUSTOMER_MEMBER: 'a member',
  CSM: 'a customer success manager',
  PROVIDER_ADMIN: 'a provider admin',
};

export class InvitationService {
  constructor(private readonly ctx: RequestContext) {}

  /**
   * Customer admins invite people to their own account; provider admins invite staff
   * (no account) or a customer's first admin (an account id).
   */
  async invite(input: { email: string; role: MemberRole; accountId?: string | null }): Promise<InvitationEntity> {
    const caller = this.ctx.requireRole('CUSTOMER_ADMIN', 'PROVIDER_ADMIN');
    const errors: UserError[] = [];
    const email = emailSchema.safeParse(input.email);
    if (!email.success) errors.push(UserError.of('INVALID', email.error.issues[0]!.message, 'email'));

    let accountId: string | null = null;
    if (caller.role === 'CUSTOMER_ADMIN') {
      if (isStaffRole(input.role)) throw forbidden('Customer admins invite people to their own account only.');
      accountId = caller.accountId;
      if (input.accountId && expectGlobalId(input.accountId, 'Account', 'accountId') !== accountId) {
        throw forbidden('Customer admins invite people to their own account only.');
      }
    } else if ((CUSTOMER_ROLES as readonly string[]).includes(input.role)) {
      if (!input.accountId) {
        errors.push(UserError.of('REQUIRED', 'Choose the account the person joins.', 'accountId'));
      } else {
        const account = await new AccountService(this.ctx).findById(
          expectGlobalId(input.accountId, 'Account', 'accountId'),
        );
        if (account) accountId = account.id;
        else errors.push(UserError.of('NOT_FOUND', 'That account was not found.', 'accountId'));
      }
    } else if (input.accountId) {
      errors.push(UserError.of('INVALID', 'Provider staff do not belong to a customer account.', 'accountId'));
    }
    if (email.success && (await new IdentityService(this.ctx).emailInUse(email.data))) {
      errors.push(UserError.of('EMAIL_IN_USE', 'Someone already signs in with that email.', 'email'));
    }
    if (errors.length || !email.success) throw new UserErrorsException(errors);

    // A newer invitation replaces any pending one for the same person and place.
    const pending = this.ctx.manager
      .createQueryBuilder()
      .update(InvitationEntity)
      .set({ expiresAt: () => 'now()' })
      .where('email = :email AND accepted_at IS NULL AND expires_at > now()', { email: email.data });
    if (accountId) pending.andWhere('account_id = :accountId', { accountId });
    else pending.andWhere('account_id IS NULL');
    await pending.execute();

    const { token, tokenHash } = newSecretToken();
    const invitation = this.ctx.manager.create(InvitationEntity, {
      id: randomUUID(),
      accountId,
      email: email.data,
      role: input.role,
      tokenHash,
      invitedByUserId: caller.userId,
      invitedByName: caller.userName,
      expiresAt: new Date(Date.now() + this.ctx.config.INVITATION_TTL_HOURS * 3_600_000),
      acceptedAt: null,
      acceptedUserId: null,
      createdAt: new Date(),
    });
    await this.ctx.manager.insert(InvitationEntity, invitation);

    const place = accountId
      ? ((await new AccountService(this.ctx).findById(accountId))?.name ?? 'an account')
      : 'the provider team';
    const link = new URL(`/invitation/${token}`, this.ctx.config.publicUrl).toString();
    await new OutboxService(this.ctx).enqueue({
      accountId,
      toEmail: invitation.email,
      subject: `${caller.userName} invited you to ${place} on Ascent`,
      bodyText: [
        `Hello,`,
        ``,
        `${caller.userName} invited you to join ${place} on Ascent as ${ROLE_LABELS[invitation.role]}.`,
        `Accept the invitation and choose your password here:`,
        ``,
        link,
        ``,
        `The link works once and expires on ${invitation.expiresAt.toUTCString()}.`,
      ].join('\n'),
    });
    await new ChangeLogService(this.ctx).record({
      accountId,
      action: 'user.invited',
      entityType: 'Invitation',
      entityId: invitation.id,
      changes: [
        { field: 'email', before: null, after: invitation.email },
        { field: 'role', before: null, after: invitation.role },
      ],
    });
    return invitation;
  }

  async preview(token: string): Promise<(InvitationByToken & { status: InvitationStatusValue }) | null> {
    const rows: InvitationByToken[] = await this.ctx.manager.query(
      'SELECT * FROM ascent_private.invitation_by_token($1)',
      [hashToken(token)],
    );
    const row = rows[0];
    if (!row) return null;
    return { ...row, status: invitationStatus({ acceptedAt: row.accepted_at, expiresAt: row.expires_at }) };
  }

  /** Creates the user and membership the invitation promised, and signs the new user in. */
  async accept(input: { token: string; name: string; password: string }): Promise<void> {
    const invitation = await this.preview(input.token);
    if (!invitation) {
      throw new UserErrorsException([
        UserError.of('INVALID_TOKEN', 'This invitation link is not valid. Ask for a new one.', 'token'),
      ]);
    }
    if (invitation.status === 'ACCEPTED') {
      throw new UserErrorsException([
        UserError.of('ALREADY_ACCEPTED', 'This invitation was already accepted. Sign in instead.', 'token'),
      ]);
    }
    if (invitation.status === 'EXPIRED') {
      throw new UserErrorsException([
        UserError.of('EXPIRED', 'This invitation has expired. Ask for a new one.', 'token'),
      ]);
    }
    const errors: UserError[] = [];
    const name = personNameSchema.safeParse(input.name);
    if (!name.success) errors.push(UserError.of('INVALID', name.error.issues[0]!.message, 'name'));
    const password = passwordSchema.safeParse(input.password);
    if (!password.success) errors.push(UserError.of('INVALID', password.error.issues[0]!.message, 'password'));
    const identity = new IdentityService(this.ctx);
    if (await identity.emailInUse(invitation.email)) {
      errors.push(UserError.of('EMAIL_IN_USE', 'Someone already signs in with this email. Sign in instead.', 'token'));
    }
    if (errors.length || !name.success || !password.success) throw new UserErrorsException(errors);

    // The token proves the right to join this place: scope the transaction to it.
    const userId = randomUUID();
    await this.ctx.setScope({
      userId,
      accountIds: invitation.account_id ? [invitation.account_id] : [],
      allAccounts: invitation.account_id === null,
    });
    const user = await identity.createUserWithId(userId, {
      email: invitation.email,
      name: name.data,
      password: password.data,
    });
    await identity.addMembership(user.id, invitation.account_id, invitation.role);
    await this.ctx.manager.update(
      InvitationEntity,
      { id: invitation.id },
      { acceptedAt: new Date(), acceptedUserId: user.id },
    );
    await new ChangeLogService(this.ctx).record({
      accountId: invitation.account_id,
      action: 'invitation.accepted',
      entityType: 'User',
      entityId: user.id,
      actor: { userId: user.id, name: user.name },
      changes: [
        { field: 'email', before: null, after: user.email },
        { field: 'name', before: null, after: user.name },
        { field: 'role', before: null, after: invitation.role },
      ],
    });
    await identity.startSession(user.id);
  }

  async revoke(invitationId: string): Promise<InvitationEntity> {
    const caller = this.ctx.requireRole('CUSTOMER_ADMIN', 'PROVIDER_ADMIN');
    const invitation = await this.ctx.manager.findOneBy(InvitationEntity, { id: invitationId });
    if (!invitation || (caller.role === 'CUSTOMER_ADMIN' && invitation.accountId !== caller.accountId)) {
      throw new UserErrorsException([UserError.of('NOT_FOUND', 'That invitation was not found.', 'id')]);
    }
    if (invitationStatus(invitation) !== 'PENDING') {
      throw new UserErrorsException([UserError.of('NOT_PENDING', 'Only a pending invitation can be revoked.', 'id')]);
    }
    const revokedAt = new Date();
    await this.ctx.manager.update(InvitationEntity, { id: invitation.id }, { expiresAt: revokedAt });
    await new ChangeLogService(this.ctx).record({
      accountId: invitation.accountId,
      action: 'invitation.revoked',
      entityType: 'Invitation',
      entityId: invitation.id,
      changes: [{ field: 'email', before: invitation.email, after: null }],
    });
    return { ...invitation, expiresAt: revokedAt };
  }

  findById(id: string): Promise<InvitationEntity | null> {
    return this.ctx.manager.findOneBy(InvitationEntity, { id });
  }

  /** Invitations of an account (or of the provider staff, accountId null), newest first. */
  list(accountId: string | null, args: ConnectionArgs & { pendingOnly?: boolean | null }) {
    const caller = this.ctx.requireRole('CUSTOMER_ADMIN', 'PROVIDER_ADMIN', 'CSM');
    if (caller.role === 'CUSTOMER_ADMIN' && accountId !== caller.accountId) throw forbidden();
    if (accountId && !args.pendingOnly) return childListPage(this.ctx, ACCOUNT_INVITATIONS, accountId, args);
    const query = this.ctx.manager.createQueryBuilder(InvitationEntity, 'invitation');
    if (accountId) query.where('invitation.accountId = :accountId', { accountId });
    else query.where('invitation.accountId IS NULL');
    if (args.pendingOnly) query.andWhere('invitation.acceptedAt IS NULL AND invitation.expiresAt > now()');
    return paginate(query, args, { sortProperty: 'createdAt', direction: 'DESC' });
  }
}
