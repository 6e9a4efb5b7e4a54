import type { Transporter } from 'nodemailer';
import type { DataSource } from 'typeorm';
import type { Config } from '../../platform/config.js';
import type { Logger } from '../../platform/logger.js';

const MAX_ATTEMPTS = 5;
const BATCH_SIZE = 20;

interface PendingMessage {
  id: string;
  to_email: string;
  subject: string;
  body_text: string;
  attempts: number;
}

/**
 * Delivers queued messages: by SMTP when SMTP_URL is set, else marks them HELD for the
 * dev mailbox. Rows are claimed with SKIP LOCKED, so several processes share the queue.
 */
export class OutboxDelivery {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  /** Loaded only when SMTP is configured: the mail library is large and often unused. */
  private transport: Promise<Transporter> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: Config,
    private readonly logger: Logger,
  ) {
    const smtpUrl = config.SMTP_URL;
    this.transport = smtpUrl
      ? import('nodemailer').then(({ default: nodemailer }) => nodemailer.createTransport(smtpUrl))
      : undefined;
  }

  start(): void {
    this.timer = setInterval(() => this.kick(), this.config.JOB_POLL_MS);
    this.timer.unref();
    this.kick();
  }

  /** Runs a delivery pass now (or right after the one under way). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((error) => this.logger.error({ err: error }, 'outbox delivery failed'))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Delivers until nothing is due; resolves when the queue is empty. */
  async drain(): Promise<void> {
    while (!this.stopped && (await this.deliverBatch()) > 0) {
      // keep going while there is work
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
    (await this.transport)?.close();
  }

  private async deliverBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      // The delivery job works for every account.
      await manager.query(`SELECT set_config('app.all_accounts', 'on', true)`);
      const messages: PendingMessage[] = await manager.query(
        `SELECT id, to_email, subject, body_text, attempts FROM outbox_messages
          WHERE status = 'PENDING' AND next_attempt_at <= now()
          ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH_SIZE],
      );
      for (const message of messages) {
        if (!this.transport) {
          await manager.query(`UPDATE outbox_messages SET status = 'HELD', attempts = attempts + 1 WHERE id = $1`, [
            message.id,
          ]);
          continue;
        }
        try {
          await (
            await this.transport
          ).sendMail({
            from: this.config.MAIL_FROM,
            to: message.to_email,
            subject: message.subject,
            text: message.body_text,
          });
          await manager.query(
            `UPDATE outbox_messages SET status = 'SENT', attempts = attempts + 1, delivered_at = now(), last_error = NULL
              WHERE id = $1`,
            [message.id],
          );
        } catch (error) {
          const attempts = message.attempts + 1;
          this.logger.warn({ err: error, messageId: message.id, attempts }, 'message not delivered');
          await manager.query(
            `UPDATE outbox_messages SET attempts = $2, last_error = $3,
                    status = CASE WHEN $2 >= $4 THEN 'FAILED' ELSE 'PENDING' END,
                    next_attempt_at = now() + make_interval(secs => power(2, $2)::int * 5)
              WHERE id = $1`,
            [message.id, attempts, String((error as Error).message).slice(0, 500), MAX_ATTEMPTS],
          );
        }
      }
      return messages.length;
    });
  }
}
