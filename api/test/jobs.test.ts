import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob, inSystemTransaction, type JobSpec } from '../src/platform/jobs.js';
import { startTestServer, type TestServer } from '../src/testing/harness.js';

/** What the test jobs did, in order. */
const done: string[] = [];
const failuresLeft = new Map<string, number>();

const recordJob: JobSpec<{ word: string }> = {
  name: 'test.record',
  async run(payload, { ctx }) {
    // A job works as the system: every account in scope, with no caller.
    const [{ count }] = await ctx.manager.query(`SELECT count(*)::int AS count FROM accounts`);
    done.push(`${payload.word}:${ctx.caller === null}:${count}`);
  },
};
const flakyJob: JobSpec<{ word: string }> = {
  name: 'test.flaky',
  async run(payload, { attempts }) {
    const left = failuresLeft.get(payload.word) ?? 0;
    if (left > 0) {
      failuresLeft.set(payload.word, left - 1);
      throw new Error('not yet');
    }
    done.push(`${payload.word}@${attempts}`);
  },
};
const scheduledJob: JobSpec = { name: 'test.hourly', schedule: '0 * * * *', async run() {} };

async function until(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting for the job');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the job queue', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ jobs: [recordJob, flakyJob, scheduledJob] as JobSpec<never>[] });
  });
  afterAll(async () => server.close());

  it('runs a job once its transaction commits, as the system', async () => {
    await inSystemTransaction(server.server.services, (ctx) => enqueueJob(ctx, 'test.record', { word: 'hello' }));
    await until(() => done.includes('hello:true:2'));
  });

  it('never runs a job whose transaction rolled back', async () => {
    await expect(
      inSystemTransaction(server.server.services, async (ctx) => {
        await enqueueJob(ctx, 'test.record', { word: 'ghost' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await inSystemTransaction(server.server.services, (ctx) => enqueueJob(ctx, 'test.record', { word: 'after' }));
    await until(() => done.some((entry) => entry.startsWith('after:')));
    expect(done.some((entry) => entry.startsWith('ghost:'))).toBe(false);
    const { rows } = await server.database.owner.query(
      `SELECT count(*)::int AS count FROM graphile_worker._private_jobs WHERE payload->>'word' = 'ghost'`,
    );
    expect(rows[0].count).toBe(0);
  });

  it('retries a job that fails', async () => {
    failuresLeft.set('again', 1);
    await inSystemTransaction(server.server.services, (ctx) =>
      enqueueJob(ctx, 'test.flaky', { word: 'again' }, { maxAttempts: 3 }),
    );
    // The first retry waits a few seconds (exponential backoff): bring it forward.
    await until(() => failuresLeft.get('again') === 0);
    await server.database.owner.query(
      `UPDATE graphile_worker._private_jobs SET run_at = now() WHERE payload->>'word' = 'again'`,
    );
    await until(() => done.includes('again@2'));
  });

  it('registers the scheduled jobs with the queue', async () => {
    const { rows } = await server.database.owner.query(
      `SELECT identifier FROM graphile_worker._private_known_crontabs ORDER BY 1`,
    );
    expect(rows.map((row) => row.identifier)).toContain('test.hourly');
  });

  it('keeps the queue out of the app role’s reach but for enqueue_job', async () => {
    await expect(
      server.database.dataSource.query(`SELECT count(*) FROM graphile_worker._private_jobs`),
    ).rejects.toThrow(/permission denied/);
  });
});
