import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, repositoryRoot } from '../src/platform/config.js';
import { startEmbeddedPostgres } from '../src/platform/database.js';
import { printAppSchema } from '../src/platform/schema.js';
import { ApiClient } from '../src/testing/client.js';
import { openTestDatabase, startTestServer, type TestDatabase, type TestServer } from '../src/testing/harness.js';

const apiRoot = path.join(repositoryRoot, 'api');

describe('configuration', () => {
  it('names every wrong setting in one line', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SMTP_URL: 'mail.example.com' })).toThrow(
      /^Invalid configuration: PORT: .+; DATABASE_URL: must be a postgres:\/\/ connection URL; SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL$/,
    );
  });

  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 4000,
      NODE_ENV: 'development',
      DEMO_DATA: true,
      publicUrl: 'http://localhost:4000',
    });
  });

  it('stops the process with that line before doing anything', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: apiRoot,
      env: { ...process.env, PORT: '-1', DATABASE_URL: '' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(
      stderr
        .trim()
        .split('\n')
        .filter((line) => line.startsWith('Invalid configuration')),
    ).toEqual(['Invalid configuration: PORT: Too small: expected number to be >=0']);
  });
});

describe('the schema contract', () => {
  it('matches the committed schema/schema.graphql (run `npm run schema:write` after a deliberate change)', () => {
    const committed = readFileSync(path.join(repositoryRoot, 'schema', 'schema.graphql'), 'utf8');
    expect(printAppSchema()).toBe(committed);
  });
});

describe('the process', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => database.close());

  it('starts from its build on DATABASE_URL, serves portal and API, and exits cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, ['dist/api/src/main.js'], {
      cwd: apiRoot,
      // As deployed: libraries behave differently under NODE_ENV=test (Apollo's signal handlers).
      env: { ...process.env, PORT: '0', DATABASE_URL: database.ownerUrl, LOG_LEVEL: 'warn', NODE_ENV: 'production' },
    });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const match = /running at (http:\/\/localhost:\d+)/.exec(stdout);
        if (match) {
          clearInterval(timer);
          resolve(match[1]!);
        }
      }, 100);
      void exited.then(() => reject(new Error(`exited early: ${stdout}`)));
    });
    expect(stdout).toContain('customer-admin@example.com');
    expect(await (await fetch(`${url}/readyz`)).json()).toEqual({ status: 'ready' });
    // The built portal at /, and its client-side routes falling back to index.html.
    for (const page of ['/', '/team']) {
      const response = await fetch(`${url}${page}`, { headers: { accept: 'text/html' } });
      expect(response.status, page).toBe(200);
      expect(await response.text(), page).toContain('<div id="root">');
    }
    const client = await new ApiClient(url).signIn('customer-member@example.com');
    // Hold the accounts table so the next request is surely in flight when SIGTERM comes.
    await database.owner.query('BEGIN');
    await database.owner.query('LOCK TABLE accounts IN ACCESS EXCLUSIVE MODE');
    const inFlight = client
      .data(`{ viewer { account { name members { totalCount } } } }`)
      .catch((error: Error) => error);
    await new Promise((resolve) => setTimeout(resolve, 300));
    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await database.owner.query('COMMIT');
    const answer = await inFlight;
    expect(answer).not.toBeInstanceOf(Error);
    expect((answer as { viewer: { account: { name: string } } }).viewer.account.name).toBe('Northwind Logistics');
    expect(await exited).toBe(0);
  });
});

describe('resilience', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server.close());

  it('survives its database connections being cut: the pool error is logged, not fatal', async () => {
    const client = await new ApiClient(server.url).signIn('customer-admin@example.com');
    await client.data(`{ viewer { role } }`);
    const { rows } = await server.database.owner.query(
      `SELECT count(*)::int AS cut FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'ascent_app' AND datname = current_database()) killed`,
    );
    expect(rows[0].cut).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    let answered = false;
    for (let attempt = 0; attempt < 5 && !answered; attempt++) {
      const response = await client.request(`{ viewer { role } }`);
      answered = response.data?.viewer?.role === 'CUSTOMER_ADMIN';
    }
    expect(answered).toBe(true);
  });
});

describe('outgoing mail over SMTP', () => {
  const received: Array<{ to: string; body: string }> = [];
  let smtp: SMTPServer;
  let server: TestServer;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let body = '';
        stream.on('data', (chunk) => (body += chunk));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address).join(','), body });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as { port: number }).port;
    server = await startTestServer({ env: { SMTP_URL: `smtp://127.0.0.1:${port}` } });
  });
  afterAll(async () => {
    await server.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('sends an invitation by SMTP once its transaction commits, and closes the dev mailbox', async () => {
    const admin = await new ApiClient(server.url).signIn('customer-admin@example.com');
    await admin.data(
      `mutation { inviteUser(input: { email: "smtp.person@example.com", role: CUSTOMER_MEMBER }) { errors { code } } }`,
    );
    for (let wait = 0; wait < 50 && received.length === 0; wait++)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toBe('smtp.person@example.com');
    expect(received[0]!.body).toMatch(/\/invitation\/[\w-]{20,}/);
    const { rows } = await server.database.owner.query(`SELECT status, delivered_at FROM outbox_messages`);
    expect(rows).toEqual([{ status: 'SENT', delivered_at: expect.any(Date) }]);
    const mailbox = await admin.request(`{ viewer { mailboxEnabled mailbox { totalCount } } }`);
    expect(mailbox.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('sends nothing for a rolled-back invitation', async () => {
    const admin = await new ApiClient(server.url).signIn('customer-admin@example.com');
    const before = received.length;
    const bad = await admin.data(
      `mutation { inviteUser(input: { email: "customer-member@example.com", role: CUSTOMER_MEMBER }) { errors { code } } }`,
    );
    expect(bad.inviteUser.errors).toEqual([{ code: 'EMAIL_IN_USE' }]);
    await server.server.outbox.drain();
    expect(received.length).toBe(before);
  });
});

describe('the built API', () => {
  it('finds the repository from dist/ as from src/', async () => {
    const { repositoryRoot: fromSource } = await import('../src/platform/config.js');
    const built = path.join(apiRoot, 'dist', 'api', 'src', 'platform', 'config.js');
    const { repositoryRoot: fromBuild } = await import(built);
    expect(fromBuild).toBe(fromSource);
    expect(loadConfig({}).PORTAL_DIST_DIR).toBe(path.join(fromSource, 'portal', 'dist'));
  });
});

describe('the embedded database', () => {
  it('stops with the app on SIGTERM', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'ascent-embedded-'));
    const port = 30_000 + Math.floor(Math.random() * 10_000);
    try {
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        EMBEDDED_DATABASE_DIR: dataDir,
        EMBEDDED_DATABASE_PORT: String(port),
        PORT: '0',
        DEMO_DATA: 'false',
        LOG_LEVEL: 'warn',
        NODE_ENV: 'production',
      };
      delete env.DATABASE_URL;
      const child = spawn(process.execPath, ['dist/api/src/main.js'], { cwd: apiRoot, env });
      let stdout = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      await new Promise<void>((resolve, reject) => {
        const timer = setInterval(() => {
          if (stdout.includes('running at')) {
            clearInterval(timer);
            resolve();
          }
        }, 100);
        void exited.then(() => reject(new Error(`exited early: ${stdout}`)));
      });
      expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(true);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      // The server went down with the app: nothing is left holding the folder.
      expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('is reused when a server from an earlier run still holds its folder', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'ascent-embedded-'));
    const port = 30_000 + Math.floor(Math.random() * 10_000);
    const first = await startEmbeddedPostgres({ dataDir, port });
    try {
      // As after a dev run whose process was killed: the server is still up.
      const second = await startEmbeddedPostgres({ dataDir, port });
      expect(second.ownerUrl).toBe(first.ownerUrl);
      const client = new pg.Client({ connectionString: second.ownerUrl });
      await client.connect();
      expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
      await client.end();
    } finally {
      await first.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
