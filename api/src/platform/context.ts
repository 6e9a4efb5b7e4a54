import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type DataLoader from 'dataloader';
import type pg from 'pg';
import type { MemberRole } from '../modules/identity/membership.entity.js';
import { hashToken, SESSION_COOKIE } from './auth.js';
import type { Config } from './config.js';
import { forbidden, unauthenticated } from './errors.js';
import type { Logger } from './logger.js';

/** Who is calling, and which accounts their requests may touch. */
export interface Caller {
  userId: string;
  userName: string;
  userEmail: string;
  userCreatedAt: Date;
  role: MemberRole;
  /** The caller's own account (customer users); null for provider staff. */
  accountId: string | null;
  /** Accounts in scope: the own account, or a CSM's assigned accounts. */
  accountIds: string[];
  /** Provider admins see every account. */
  allAccounts: boolean;
  sessionTokenHash: string;
}

/** A row of ascent_private.authenticate(). */
interface AuthenticatedRow {
  user_id: string;
  user_name: string;
  user_email: string;
  user_created_at: Date;
  role: MemberRole;
  account_id: string | null;
  account_ids: string[];
}

export interface AppServices {
  config: Config;
  logger: Logger;
  dataSource: DataSource;
  /** Called after a transaction that queued outgoing messages commits. */
  onOutboxWritten(): void;
}

/**
 * GraphQL resolves sibling fields concurrently, but a connection runs one statement at a
 * time: queue them here rather than rely on the driver's deprecated implicit queue.
 * Returns the queue, for statements sent past TypeORM (prepared ones).
 */
function serializeQueries(runner: QueryRunner): <T>(send: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  const enqueue = <T>(send: () => Promise<T>): Promise<T> => {
    const result = tail.then(send);
    tail = result.catch(() => undefined);
    return result;
  };
  const run = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  runner.query = ((...args: unknown[]) => enqueue(() => run(...args))) as QueryRunner['query'];
  return enqueue;
}

/**
 * One GraphQL request: its caller and its single database transaction, in which the
 * caller's scope is set with SET LOCAL so that row-level security applies to every query.
 */
export class RequestContext {
  readonly requestId: string;
  caller: Caller | null = null;
  /** Set when a mutation fails with user errors: nothing it wrote is kept. */
  rollbackOnly = false;
  outboxWritten = false;
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  private constructor(
    readonly app: AppServices,
    private readonly runner: QueryRunner,
    readonly request: FastifyRequest | null,
    readonly reply: FastifyReply | null,
    private readonly connection: pg.PoolClient,
    private readonly enqueue: <T>(send: () => Promise<T>) => Promise<T>,
  ) {
    this.requestId = String(request?.id ?? randomUUID());
  }

  get manager(): EntityManager {
    return this.runner.manager;
  }

  get config(): Config {
    return this.app.config;
  }

  get logger(): Logger {
    return this.app.logger;
  }

  get clientAddress(): string {
    return this.request?.ip ?? 'unknown';
  }

  /** Opens the request's transaction and resolves the session cookie, if any, to a caller. */
  static async open(
    app: AppServices,
    request: FastifyRequest | null,
    reply: FastifyReply | null,
    sessionToken?: string,
  ): Promise<RequestContext> {
    const runner = app.dataSource.createQueryRunner();
    const connection = (await runner.connect()) as pg.PoolClient;
    const enqueue = serializeQueries(runner);
    const context = new RequestContext(app, runner, request, reply, connection, enqueue);
    try {
      const token = sessionToken ?? request?.cookies?.[SESSION_COOKIE];
      await context.begin(token ? hashToken(token) : undefined);
    } catch (error) {
      await context.close(false);
      throw error;
    }
    return context;
  }

  /**
   * Starts the transaction and, with a session, authenticates in the same round trip:
   * most requests pay for one statement before their own work, not two.
   */
  private async begin(tokenHash?: string): Promise<void> {
    if (!tokenHash) {
      await this.runner.startTransaction();
      return;
    }
    if (!/^[0-9a-f]{64}$/.test(tokenHash)) throw new Error('A session token hash is 64 hex digits.');
    // Both statements go in one simple-protocol message; the hash is our own hex digest.
    const results = (await this.connection.query(
      `START TRANSACTION; SELECT * FROM ascent_private.authenticate('${tokenHash}')`,
    )) as unknown as pg.QueryResult[];
    // Tell TypeORM the transaction is open, as its own startTransaction would have.
    Object.assign(this.runner, { isTransactionActive: true, transactionDepth: 1 });
    this.setCaller(results[1]!.rows[0] as AuthenticatedRow | undefined, tokenHash);
  }

  /** Resolves a session token hash to the caller and sets their scope on this transaction. */
  async authenticate(tokenHash: string): Promise<void> {
    const rows: AuthenticatedRow[] = await this.runner.query('SELECT * FROM ascent_private.authenticate($1)', [
      tokenHash,
    ]);
    this.setCaller(rows[0], tokenHash);
  }

  private setCaller(row: AuthenticatedRow | undefined, tokenHash: string): void {
    if (!row) return;
    this.caller = {
      userId: row.user_id,
      userName: row.user_name,
      userEmail: row.user_email,
      userCreatedAt: row.user_created_at,
      role: row.role,
      accountId: row.account_id,
      accountIds: row.account_ids,
      allAccounts: row.role === 'PROVIDER_ADMIN',
      sessionTokenHash: tokenHash,
    };
  }

  /**
   * Runs a named prepared statement in this request's transaction: the server parses and
   * plans it once per connection, for the statements nearly every request sends.
   */
  prepared<Row>(name: string, text: string, values: unknown[]): Promise<Row[]> {
    return this.enqueue(async () => (await this.connection.query({ name, text, values })).rows as Row[]);
  }

  /**
   * Widens the scope of this transaction for a flow that has proved its right some
   * other way (an invitation token): the given account, or the provider level.
   */
  async setScope(scope: { userId?: string; accountIds?: string[]; allAccounts?: boolean }): Promise<void> {
    await this.runner.query(
      `SELECT set_config('app.user_id', $1, true), set_config('app.account_ids', $2, true),
              set_config('app.all_accounts', $3, true)`,
      [scope.userId ?? '', (scope.accountIds ?? []).join(','), scope.allAccounts ? 'on' : 'off'],
    );
  }

  requireCaller(): Caller {
    if (!this.caller) throw unauthenticated();
    return this.caller;
  }

  requireRole(...roles: MemberRole[]): Caller {
    const caller = this.requireCaller();
    if (!roles.includes(caller.role)) throw forbidden();
    return caller;
  }

  /** A per-request DataLoader, created on first use. */
  loader<L extends DataLoader<never, unknown>>(name: string, create: () => L): L {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = create() as unknown as DataLoader<unknown, unknown>;
      this.loaders.set(name, loader);
    }
    return loader as unknown as L;
  }

  /** Ends the transaction: commit unless told otherwise, then hand the connection back. */
  async close(commit: boolean): Promise<void> {
    if (this.runner.isReleased) return;
    try {
      if (this.runner.isTransactionActive) {
        if (commit && !this.rollbackOnly) await this.runner.commitTransaction();
        else await this.runner.rollbackTransaction();
      }
    } finally {
      await this.runner.release();
    }
    if (commit && !this.rollbackOnly && this.outboxWritten) this.app.onOutboxWritten();
  }
}
