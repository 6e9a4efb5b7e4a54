import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createOwnerDataSource, migrate } from '../src/platform/database.js';
import { databaseUrl } from '../src/testing/database.js';
import { migrations } from '../../migrations/index.js';

const adminUrl = () => inject('databaseAdminUrl');
const name = `ascent_migrations_${process.pid}`;

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function tables(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
    );
    return rows.map((row) => row.table_name as string);
  } finally {
    await client.end();
  }
}

describe('migrations', () => {
  const url = () => databaseUrl(adminUrl(), name);

  beforeAll(async () => {
    await admin((client) => client.query(`CREATE DATABASE ${name}`));
  });
  afterAll(async () => {
    await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  });

  it('run up, down and up again', async () => {
    expect(await migrate(url())).toEqual(migrations.map((migration) => new migration().name));
    expect(await tables(url())).toEqual(
      expect.arrayContaining(['accounts', 'users', 'memberships', 'sessions', 'invitations', 'change_log_entries']),
    );

    const owner = createOwnerDataSource(url());
    await owner.initialize();
    for (let i = 0; i < migrations.length; i++) await owner.undoLastMigration({ transaction: 'each' });
    await owner.destroy();
    expect(await tables(url())).toEqual(['schema_migrations']);

    expect(await migrate(url())).toHaveLength(migrations.length);
    expect(await migrate(url())).toEqual([]);
  });

  it('leave nothing between the entities and the migrated schema', async () => {
    const owner = createOwnerDataSource(url());
    await owner.initialize();
    try {
      const pending = await owner.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    } finally {
      await owner.destroy();
    }
  });

  it('migrate once when two processes start together', async () => {
    const racing = `${name}_race`;
    await admin((client) => client.query(`CREATE DATABASE ${racing}`));
    try {
      const [first, second] = await Promise.all([
        migrate(databaseUrl(adminUrl(), racing)),
        migrate(databaseUrl(adminUrl(), racing)),
      ]);
      expect([...first, ...second]).toHaveLength(migrations.length);
    } finally {
      await admin((client) => client.query(`DROP DATABASE IF EXISTS ${racing} WITH (FORCE)`));
    }
  });
});
