import {
  Logger as WorkerLogger,
  parseCronItems,
  run,
  runMigrations,
  type Runner,
  type TaskList,
} from 'graphile-worker';
import pg from 'pg';
import { RequestContext, type AppServices } from './context.js';
import type { Logger } from './logger.js';

/**
 * Background work, on a job queue kept in PostgreSQL (graphile-worker): jobs are added in
 * the transaction of the change that asks for them, several API processes share the
 * queue, and a job that fails is retried with backoff.
 */
export interface JobSpec<Payload = Record<string, unknown>> {
  /** The task's name in the queue, e.g. `learning.detect_stalls`. */
  name: string;
  /**
   * Does one job. It runs in one transaction at the provider level (every account in
   * scope, no signed-in caller), committed when it returns; throwing rolls it back and the
   * queue tries again later.
   */
  run(payload: Payload, job: { ctx: RequestContext; attempts: number; now: Date }): Promise<void>;
  /** A crontab line's time fields ("0 * * * *"), for jobs the queue starts by itself. */
  schedule?: string;
  /** How often to try before giving up (default 10 for queued jobs, 1 for scheduled ones). */
  maxAttempts?: number;
}

/** Installs or updates the queue's own schema; run by the tables' owner with the migrations. */
export async function migrateJobQueue(ownerUrl: string): Promise<void> {
  await runMigrations({ connectionString: ownerUrl, logger: quietLogger() });
}

/**
 * Adds a job in the request's transaction: it runs only if the transaction commits. With a
 * `jobKey`, a job still waiting under that key is replaced rather than added again.
 */
export async function enqueueJob(
  ctx: RequestContext,
  name: string,
  payload: Record<string, unknown>,
  options: { jobKey?: string; runAt?: Date; maxAttempts?: number } = {},
): Promise<void> {
  await ctx.manager.query('SELECT ascent_private.enqueue_job($1, $2::json, $3, $4, $5)', [
    name,
    JSON.stringify(payload),
    options.runAt ?? null,
    options.jobKey ?? null,
    options.maxAttempts ?? null,
  ]);
}

/** Runs one job's work in its own transaction, as the system (every account, no caller). */
export async function inSystemTransaction<T>(services: AppServices, work: (ctx: RequestContext) => Promise<T>) {
  const ctx = await RequestContext.open(services, null, null);
  let committed = false;
  try {
    await ctx.setScope({ allAccounts: true });
    const result = await work(ctx);
    committed = true;
    return result;
  } finally {
    await ctx.close(committed);
  }
}

/** The queue's worker in this process: takes jobs as they come, and fires the schedules. */
export class JobQueue {
  private runner: Runner | undefined;
  private pool: pg.Pool | undefined;

  constructor(
    private readonly ownerUrl: string,
    private readonly services: AppServices,
    private readonly specs: readonly JobSpec<never>[],
  ) {}

  async start(): Promise<void> {
    const { logger, config } = this.services;
    const taskList: TaskList = {};
    for (const spec of this.specs) {
      taskList[spec.name] = async (payload, helpers) => {
        await inSystemTransaction(this.services, (ctx) =>
          spec.run((payload ?? {}) as never, { ctx, attempts: helpers.job.attempts, now: new Date() }),
        );
      };
    }
    const cronItems = parseCronItems(
      this.specs
        .filter((spec) => spec.schedule)
        .map((spec) => ({
          task: spec.name,
          match: spec.schedule!,
          identifier: spec.name,
          options: { backfillPeriod: 0, maxAttempts: spec.maxAttempts ?? 1 },
        })),
    );
    // The queue's own tables belong to the owner; job code itself runs as the app role.
    this.pool = new pg.Pool({ connectionString: this.ownerUrl, max: 3 });
    this.pool.on('error', (error) => logger.error({ err: error }, 'job queue pool error'));
    this.pool.on('connect', (client) => client.on('error', (error) => logger.error({ err: error }, 'job queue error')));
    this.runner = await run({
      pgPool: this.pool,
      taskList,
      parsedCronItems: cronItems,
      concurrency: 2,
      noHandleSignals: true,
      pollInterval: config.JOB_POLL_MS,
      logger: workerLogger(logger),
    });
  }

  /** Lets jobs under way finish, then stops taking new ones. */
  async stop(): Promise<void> {
    await this.runner?.stop();
    this.runner = undefined;
    await this.pool?.end();
    this.pool = undefined;
  }
}

function workerLogger(logger: Logger): WorkerLogger {
  return new WorkerLogger((scope) => (level, message, meta) => {
    const fields = { ...scope, ...meta };
    if (level === 'error') logger.error(fields, message);
    else if (level === 'warning') logger.warn(fields, message);
    else logger.debug(fields, message);
  });
}

function quietLogger(): WorkerLogger {
  return new WorkerLogger(() => () => {});
}
