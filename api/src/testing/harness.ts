import 'reflect-metadata';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../platform/config.js';
import { createAppDataSource, createOwnerDataSource, prepareAppRole } from '../platform/database.js';
import { createLogger } from '../platform/logger.js';
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
  let recording = false;
  const driver = dataSource.driver as unknown as { master: pg.Pool };
  driver.master.on('connect', (client) => {
    const original = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      if (recording) {
        const first = args[0];
        recorded.push(typeof first === 'string' ? first : String((first as { text?: string })?.text ?? ''));
      }
      return original(...args);
    };
  });

  return {
    ownerUrl: database.ownerUrl,
    appUrl,
    dataSource,
    owner,
    async countStatements(work) {
      recorded.length = 0;
      recording = true;
      try {
        const result = await work();
        return { result, statements: recorded.length, sql: [...recorded] };
      } finally {
        recording = false;
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
  options: { env?: Record<string, string>; demoData?: boolean; startJobs?: boolean } = {},
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
  const server = await createServer({ config, logger, dataSource: database.dataSource, startJobs: options.startJobs });
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
