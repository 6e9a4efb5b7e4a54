import type { RequestContext } from '../../platform/context.js';
import { paginate, toGlobalId, type ConnectionArgs } from '../../platform/relay.js';
import { AccountService } from '../accounts/account.service.js';
import { IdentityService } from '../identity/identity.service.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { NotificationEntity } from './notification.entity.js';

/** What to tell people; the same for every recipient. */
export interface NotificationDraft {
  /** The account it is about; null for provider-level news. */
  accountId: string | null;
  /** A dotted name of what happened: `goal.achieved`, `learning.nudge`. */
  kind: string;
  title: string;
  body?: string;
  /** Where to act on it in the portal: a path such as `/goals/…`. */
  link?: string | null;
  /** Sent at most once per recipient with this key, however often it is sent again. */
  dedupeKey?: string | null;
  /** Also send it by email, through the outbox (a job's nudge, say). */
  email?: boolean;
}

/**
 * A place in the portal inside one account, as its recipient reaches it: customers at the
 * top level (`/goals/…`), provider staff under the account (`/accounts/…/goals/…`).
 */
export function accountLink(accountId: string, forStaff: boolean, path: string): string {
  return forStaff ? `/accounts/${encodeURIComponent(toGlobalId('Account', accountId))}${path}` : path;
}

const MAX_TITLE = 200;
const MAX_BODY = 2000;
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export class NotificationService {
  constructor(private readonly ctx: RequestContext) {}

  /**
   * Notifies each recipient, in the caller's transaction, leaving out the caller: nobody is
   * told of what they did themself. Returns who was notified now (not before, by dedupeKey).
   */
  async send(recipientUserIds: readonly string[], draft: NotificationDraft): Promise<string[]> {
    const recipients = [...new Set(recipientUserIds)].filter((id) => id !== this.ctx.caller?.userId);
    if (!recipients.length) return [];
    const title = clip(draft.title.trim() || 'Something changed', MAX_TITLE);
    const body = clip(draft.body?.trim() ?? '', MAX_BODY);
    const rows: Array<{ recipient: string }> = await this.ctx.manager.query(
      `SELECT recipient FROM ascent_private.send_notifications($1, $2::uuid[], $3, $4, $5, $6, $7) AS recipient`,
      [draft.accountId, recipients, draft.kind, title, body, draft.link ?? null, draft.dedupeKey ?? null],
    );
    const notified = rows.map((row) => row.recipient);
    if (draft.email && notified.length) await this.email(notified, draft.accountId, title, body, draft.link);
    return notified;
  }

  /** The customer admins of an account. */
  accountAdmins(accountId: string): Promise<string[]> {
    return new IdentityService(this.ctx).accountUserIds(accountId, ['CUSTOMER_ADMIN']);
  }

  /** Everyone at the customer: admins and members. */
  accountPeople(accountId: string): Promise<string[]> {
    return new IdentityService(this.ctx).accountUserIds(accountId, ['CUSTOMER_ADMIN', 'CUSTOMER_MEMBER']);
  }

  /** The account's CSM, if it has one. */
  async accountCsm(accountId: string): Promise<string[]> {
    const account = await new AccountService(this.ctx).findById(accountId);
    return account?.csmUserId ? [account.csmUserId] : [];
  }

  /** The viewer's notifications, newest first. */
  list(args: ConnectionArgs, unreadOnly = false) {
    const caller = this.ctx.requireCaller();
    const query = this.ctx.manager
      .createQueryBuilder(NotificationEntity, 'notification')
      .where('notification.recipientUserId = :userId', { userId: caller.userId });
    if (unreadOnly) query.andWhere('notification.readAt IS NULL');
    return paginate(query, args, { sortProperty: 'createdAt', direction: 'DESC' });
  }

  findById(id: string): Promise<NotificationEntity | null> {
    const caller = this.ctx.requireCaller();
    return this.ctx.manager.findOneBy(NotificationEntity, { id, recipientUserId: caller.userId });
  }

  unreadCount(): Promise<number> {
    const caller = this.ctx.requireCaller();
    return this.ctx.manager
      .createQueryBuilder(NotificationEntity, 'notification')
      .where('notification.recipientUserId = :userId AND notification.readAt IS NULL', { userId: caller.userId })
      .getCount();
  }

  /** Marks the given notifications (or all) of the viewer read; others' ids change nothing. */
  async markRead(ids: readonly string[], all: boolean): Promise<NotificationEntity[]> {
    const caller = this.ctx.requireCaller();
    const query = this.ctx.manager
      .createQueryBuilder()
      .update(NotificationEntity)
      .set({ readAt: () => 'clock_timestamp()' })
      .where('recipient_user_id = :userId AND read_at IS NULL', { userId: caller.userId });
    if (!all) query.andWhere('id = ANY(:ids)', { ids: [...ids] });
    await query.execute();
    if (all || !ids.length) return [];
    return this.ctx.manager
      .createQueryBuilder(NotificationEntity, 'notification')
      .where('notification.recipientUserId = :userId AND notification.id = ANY(:ids)', {
        userId: caller.userId,
        ids: [...ids],
      })
      .getMany();
  }

  private async email(userIds: string[], accountId: string | null, title: string, body: string, link?: string | null) {
    const identity = new IdentityService(this.ctx);
    const outbox = new OutboxService(this.ctx);
    const url = link ? new URL(link, this.ctx.config.publicUrl).toString() : null;
    for (const userId of userIds) {
      const user = await identity.userById(userId);
      if (!user) continue;
      await outbox.enqueue({
        accountId,
        toEmail: user.email,
        subject: title,
        bodyText: [`Hello ${user.name},`, '', body || title, ...(url ? ['', url] : []), '', '— Ascent'].join('\n'),
      });
    }
  }
}
