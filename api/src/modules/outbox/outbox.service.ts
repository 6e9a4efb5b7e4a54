import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../platform/context.js';
import { forbidden } from '../../platform/errors.js';
import { paginate, type ConnectionArgs } from '../../platform/relay.js';
import { OutboxMessageEntity } from './outbox-message.entity.js';

export class OutboxService {
  constructor(private readonly ctx: RequestContext) {}

  /** Queues a message in the caller's transaction: it is sent only if the change commits. */
  async enqueue(message: { accountId: string | null; toEmail: string; subject: string; bodyText: string }) {
    await this.ctx.manager.insert(OutboxMessageEntity, {
      id: randomUUID(),
      accountId: message.accountId,
      toEmail: message.toEmail,
      subject: message.subject,
      bodyText: message.bodyText,
    });
    this.ctx.outboxWritten = true;
  }

  /** Without an SMTP server, messages are kept here so the demo works offline. */
  get mailboxEnabled(): boolean {
    return !this.ctx.config.SMTP_URL;
  }

  /** The dev mailbox: an admin's view of the messages of the accounts they administer. */
  mailbox(args: ConnectionArgs) {
    const caller = this.ctx.requireRole('CUSTOMER_ADMIN', 'PROVIDER_ADMIN');
    if (!this.mailboxEnabled) throw forbidden('The mailbox is off: messages are delivered by email.');
    const query = this.ctx.manager.createQueryBuilder(OutboxMessageEntity, 'message');
    if (caller.role === 'CUSTOMER_ADMIN')
      query.where('message.accountId = :accountId', { accountId: caller.accountId });
    return paginate(query, args, { sortProperty: 'createdAt', direction: 'DESC' });
  }
}
