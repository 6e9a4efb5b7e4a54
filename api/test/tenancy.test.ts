import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../src/testing/harness.js';

const TENANT_TABLES = [
  'accounts',
  'users',
  'memberships',
  'invitations',
  'change_log_entries',
  'outbox_messages',
  'metric_definitions',
  'stakeholders',
  'goals',
  'goal_measures',
  'goal_endorsements',
  'goal_conflicts',
  'notifications',
];
/** Tables of every account's rows that may be empty in the demo data. */
const MAY_BE_EMPTY = ['invitations', 'outbox_messages'];

describe('row-level security', () => {
  let database: TestDatabase;
  let app: pg.Client;

  beforeAll(async () => {
    database = await openTestDatabase();
    app = new pg.Client({ connectionString: database.appUrl });
    await app.connect();
  });
  afterAll(async () => {
    await app.end();
    await database.close();
  });

  async function scopedCount(table: string, scope: Record<string, string>): Promise<number> {
    await app.query('BEGIN');
    try {
      for (const [key, value] of Object.entries(scope)) {
        await app.query('SELECT set_config($1, $2, true)', [key, value]);
      }
      const { rows } = await app.query(`SELECT count(*)::int AS count FROM ${table}`);
      return rows[0].count;
    } finally {
      await app.query('ROLLBACK');
    }
  }

  it('is on for every tenant table, and the app role owns none of them', async () => {
    const { rows } = await database.owner.query(
      `SELECT c.relname, c.relrowsecurity, pg_get_userbyid(c.relowner) AS owner
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relname = ANY($1)`,
      [TENANT_TABLES],
    );
    expect(rows).toHaveLength(TENANT_TABLES.length);
    // A new table with an account_id must join the list above, and so these checks.
    const { rows: withAccount } = await database.owner.query(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'account_id'`,
    );
    expect(TENANT_TABLES).toEqual(expect.arrayContaining(withAccount.map((row) => row.table_name)));
    for (const row of rows) {
      expect(row.relrowsecurity, row.relname).toBe(true);
      expect(row.owner).not.toBe('ascent_app');
    }
    const { rows: role } = await app.query('SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user');
    expect(role[0]).toEqual({ rolsuper: false, rolbypassrls: false });
  });

  it('fails closed: with no scope set, the app sees no rows at all', async () => {
    for (const table of TENANT_TABLES) {
      const { rows: total } = await database.owner.query(`SELECT count(*)::int AS count FROM ${table}`);
      if (!MAY_BE_EMPTY.includes(table)) expect(total[0].count, table).toBeGreaterThan(0);
      expect(await scopedCount(table, {}), table).toBe(0);
    }
    await expect(app.query('SELECT count(*) FROM sessions')).rejects.toThrow(/permission denied/);
  });

  it('shows one account exactly its own rows', async () => {
    const { rows } = await database.owner.query(`SELECT id, name FROM accounts ORDER BY name`);
    const contoso = rows.find((row) => row.name === 'Contoso Health')!;
    expect(await scopedCount('accounts', { 'app.account_ids': contoso.id })).toBe(1);
    const { rows: members } = await database.owner.query(
      'SELECT count(*)::int AS count FROM memberships WHERE account_id = $1',
      [contoso.id],
    );
    expect(await scopedCount('memberships', { 'app.account_ids': contoso.id })).toBe(members[0].count);
    for (const table of TENANT_TABLES.filter((name) => !['accounts', 'users', 'memberships'].includes(name))) {
      const { rows: own } = await database.owner.query(
        `SELECT count(*)::int AS count FROM ${table} WHERE account_id = $1`,
        [contoso.id],
      );
      if (
        !MAY_BE_EMPTY.includes(table) &&
        table !== 'goal_measures' &&
        table !== 'goal_endorsements' &&
        table !== 'goal_conflicts' &&
        // Contoso's people have no notifications in the demo; they are per recipient anyway.
        table !== 'notifications'
      ) {
        expect(own[0].count, table).toBeGreaterThan(0);
      }
      expect(await scopedCount(table, { 'app.account_ids': contoso.id }), table).toBe(own[0].count);
    }
  });

  it('keeps the change log append-only for the app role', async () => {
    const { rows } = await database.owner.query('SELECT id FROM change_log_entries LIMIT 1');
    await app.query('BEGIN');
    await app.query(`SELECT set_config('app.all_accounts', 'on', true)`);
    await expect(
      app.query(`UPDATE change_log_entries SET action = 'forged' WHERE id = $1`, [rows[0].id]),
    ).rejects.toThrow(/permission denied/);
    await app.query('ROLLBACK');
    await app.query('BEGIN');
    await app.query(`SELECT set_config('app.all_accounts', 'on', true)`);
    await expect(app.query(`DELETE FROM change_log_entries WHERE id = $1`, [rows[0].id])).rejects.toThrow(
      /permission denied/,
    );
    await app.query('ROLLBACK');
  });

  it('refuses to write a row into an account outside the scope', async () => {
    const { rows } = await database.owner.query(`SELECT id FROM accounts ORDER BY name`);
    await app.query('BEGIN');
    await app.query(`SELECT set_config('app.account_ids', $1, true)`, [rows[0].id]);
    await expect(
      app.query(
        `INSERT INTO change_log_entries (id, account_id, actor_name, action, entity_type, entity_id, changes)
         VALUES (gen_random_uuid(), $1, 'x', 'forged', 'Account', $1, '[]')`,
        [rows[1].id],
      ),
    ).rejects.toThrow(/row-level security/);
    await app.query('ROLLBACK');
  });
});
