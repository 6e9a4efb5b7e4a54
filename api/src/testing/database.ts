import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { repositoryRoot } from '../platform/config.js';
import { migrate, startEmbeddedPostgres, type EmbeddedDatabase } from '../platform/database.js';

/**
 * One PostgreSQL serves a whole test run. Its migrated template database is cloned for
 * every test file, so files run in parallel and never see each other's rows.
 */
export const TEST_DATABASE_ENV = 'ASCENT_TEST_DATABASE_URL';

export interface TestCluster {
  /** Owner URL of the server's maintenance database. */
  adminUrl: string;
  stop(): Promise<void>;
}

/** Uses ASCENT_TEST_DATABASE_URL or DATABASE_URL when set, else starts an embedded server in a temp dir. */
export async function startTestCluster(): Promise<TestCluster> {
  const external = process.env[TEST_DATABASE_ENV] ?? process.env.DATABASE_URL;
  if (external) {
    const adminUrl = new URL(external);
    adminUrl.pathname = '/postgres';
    return { adminUrl: adminUrl.toString(), stop: async () => {} };
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'ascent-test-pg-'));
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  let embedded: EmbeddedDatabase | undefined;
  try {
    embedded = await startEmbeddedPostgres({ dataDir, port, database: 'postgres' });
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    adminUrl: embedded.ownerUrl,
    async stop() {
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Named by a hash of the migrations, so a changed migration gets a fresh template. */
export function templateName(): string {
  const folder = path.join(repositoryRoot, 'migrations');
  const hash = createHash('sha256');
  for (const file of readdirSync(folder).sort()) hash.update(file).update(readFileSync(path.join(folder, file)));
  return `ascent_template_${hash.digest('hex').slice(0, 12)}`;
}

async function withAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates and migrates the template database unless it exists. */
export async function ensureTemplate(adminUrl: string): Promise<string> {
  const name = templateName();
  const exists = await withAdmin(adminUrl, async (client) => {
    // Only one test run builds the template at a time.
    await client.query('SELECT pg_advisory_lock(42)');
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) {
      await client.query('SELECT pg_advisory_unlock(42)');
      return true;
    }
    const building = `${name}_building`;
    await client.query(`DROP DATABASE IF EXISTS ${building}`);
    await client.query(`CREATE DATABASE ${building}`);
    try {
      await migrate(databaseUrl(adminUrl, building));
      await client.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
    } finally {
      await client.query('SELECT pg_advisory_unlock(42)');
    }
    return false;
  });
  void exists;
  return name;
}

/** A fresh, migrated database for one test file; returns its owner URL. */
export async function createTestDatabase(
  adminUrl: string,
  template: string,
): Promise<{ ownerUrl: string; drop(): Promise<void> }> {
  const name = `ascent_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return {
    ownerUrl: databaseUrl(adminUrl, name),
    drop: () =>
      withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}
