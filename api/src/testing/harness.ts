import 'reflect-metadata';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../platform/config.js';
import { APP_ROLE, createAppDataSource, createOwnerDataSource, prepareAppRole } from '../platform/database.js';
import { createLogger } from '../platform/logger.js';
import type { JobSpec } from '../platform/jobs.js';
import { createServer, type AppServer } from '../platform/server.js';
import { seedDemoData } from '../modules/demo/demo.seed.js';
import { createTestDatabase } from './database.js';
import './provided-context.js';

export interface TestDatabase {
  ownerUrl: string;
  appUrl: string;
  dataSource: DataSource;
  /** A client connected as the tables' owner, for arranging and inspecting rows. */
  owner: pg.Client;
  /** Counts the SQL statements the app sends while `work` runs. */
  countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number; sql: string[] }>;
  close(): Promise<void>;
}

/**
 * Statements the application role sends, per database being recorded. Counted at the
 * driver, below TypeORM, so nothing the app sends escapes the count.
 */
const recorders = new Map<string, string[]>();
const sendQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const recorded = this.user === APP_ROLE ? recorders.get(this.database ?? '') : undefined;
  if (recorded) {
    const first = args[0];
    recorded.push(typeof first === 'string' ? first : String((first as { text?: string })?.text ?? ''));
  }
  return sendQuery.apply(this, args);
} as typeof pg.Client.prototype.query;

/** A fresh database for a test file: migrated, seeded with the demo data. */
export async function openTestDatabase(options: { demoData?: boolean; poolSize?: number } = {}): Promise<TestDatabase> {
  const database = await createTestDatabase(inject('databaseAdminUrl'), inject('databaseTemplate'));
  if (options.demoData !== false) {
    const ownerSource = createOwnerDataSource(database.ownerUrl);
    await ownerSource.initialize();
    await seedDemoData(ownerSource);
    await ownerSource.destroy();
  }
  const appUrl = await prepareAppRole(database.ownerUrl);
  const dataSource = createAppDataSource(appUrl, undefined, options.poolSize ?? 5);
  await dataSource.initialize();
  const owner = new pg.Client({ connectionString: database.ownerUrl });
  await owner.connect();

  const recorded: string[] = [];
  const databaseName = new URL(database.ownerUrl).pathname.slice(1);
  return {
    ownerUrl: database.ownerUrl,
    appUrl,
    dataSource,
    owner,
    async countStatements(work) {
      recorded.length = 0;
      recorders.set(databaseName, recorded);
      try {
        const result = await work();
        return { result, statements: recorded.length, sql: [...recorded] };
      } finally {
        recorders.delete(databaseName);
      }
    },
    async close() {
      await owner.end();
      await dataSource.destroy();
      await database.drop();
    },
  };
}

export interface TestServer {
  url: string;
  config: Config;
  server: AppServer;
  database: TestDatabase;
  close(): Promise<void>;
}

/** The real HTTP server on a free port, over a fresh test database. */
export async function startTestServer(
  options: {
    env?: Record<string, string>;
    demoData?: boolean;
    startJobs?: boolean;
    /** The background jobs to run (the app's own by default). */
    jobs?: readonly JobSpec<never>[];
  } = {},
): Promise<TestServer> {
  const database = await openTestDatabase({ demoData: options.demoData });
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    DATABASE_URL: database.ownerUrl,
    JOB_POLL_MS: '200',
    ...options.env,
  });
  const logger = createLogger(config);
  const server = await createServer({
    config,
    logger,
    dataSource: database.dataSource,
    startJobs: options.startJobs,
    ownerUrl: database.ownerUrl,
    jobs: options.jobs,
  });
  await server.fastify.listen({ port: 0, host: '127.0.0.1' });
  const address = server.fastify.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    config,
    server,
    database,
    async close() {
      await server.close();
      await database.close();
    },
  };
}
