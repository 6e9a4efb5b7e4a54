import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../src/testing/client.js';
import { startTestServer, type TestServer } from '../src/testing/harness.js';

/** Adds accounts, each with members and change log entries, as the table owner. */
async function growData(server: TestServer, accounts: number, membersPerAccount: number) {
  const { rows } = await server.database.owner.query(`SELECT id FROM users WHERE email = 'csm@example.com'`);
  const csmId = rows[0].id;
  for (let index = 0; index < accounts; index++) {
    const accountId = randomUUID();
    await server.database.owner.query(`INSERT INTO accounts (id, name, csm_user_id) VALUES ($1, $2, $3)`, [
      accountId,
      `Grown ${randomUUID()}`,
      csmId,
    ]);
    for (let member = 0; member < membersPerAccount; member++) {
      const userId = randomUUID();
      await server.database.owner.query(
        `INSERT INTO users (id, email, name, password_hash) VALUES ($1, $2, 'Grown User', 'x')`,
        [userId, `${userId}@example.com`],
      );
      await server.database.owner.query(
        `INSERT INTO memberships (id, user_id, account_id, role) VALUES ($1, $2, $3, 'CUSTOMER_MEMBER')`,
        [randomUUID(), userId, accountId],
      );
      await server.database.owner.query(
        `INSERT INTO change_log_entries (id, account_id, actor_name, action, entity_type, entity_id, changes) VALUES ($1, $2, 'x', 'seeded', 'Account', $2, '[]')`,
        [randomUUID(), accountId],
      );
    }
  }
}

const KEY_QUERIES = {
  viewer: `{ viewer { role user { id name email } account { id name journeyPhase csm { name } } } }`,
  portfolio: `{ viewer { accounts(first: 50) { totalCount nodes { id name journeyPhase renewalDate csm { name email }
      members(first: 5) { totalCount nodes { role user { name } } }
      changeLog(first: 3) { totalCount nodes { action actorName } } } } } }`,
  team: `{ viewer { account { members(first: 50) { totalCount nodes { role createdAt user { name email } account { name } } }
      invitations(first: 10) { totalCount nodes { email status } } } } }`,
};

describe('SQL statements per key query', () => {
  let server: TestServer;
  beforeAll(async () => {
    // No background jobs: their statements would mix into the counts.
    server = await startTestServer({ startJobs: false });
  });
  afterAll(async () => server.close());

  it('stay the same as accounts and members grow', async () => {
    const provider = await new ApiClient(server.url).signIn('provider-admin@example.com');
    const customer = await new ApiClient(server.url).signIn('customer-admin@example.com');
    const measure = async () => ({
      viewer: (await server.database.countStatements(() => customer.data(KEY_QUERIES.viewer))).statements,
      portfolio: (await server.database.countStatements(() => provider.data(KEY_QUERIES.portfolio))).statements,
      team: (await server.database.countStatements(() => customer.data(KEY_QUERIES.team))).statements,
    });

    const small = await measure();
    await growData(server, 20, 6);
    const large = await measure();
    expect(large).toEqual(small);

    const portfolio = await provider.data(KEY_QUERIES.portfolio);
    expect(portfolio.viewer.accounts.totalCount).toBe(22);
    const grown = portfolio.viewer.accounts.nodes.filter((account: { name: string }) =>
      account.name.startsWith('Grown'),
    );
    expect(grown[0].members).toMatchObject({ totalCount: 6 });
    expect(grown[0].members.nodes).toHaveLength(5);
    expect(grown[0].changeLog.nodes).toHaveLength(3);
    // viewer: begin with authentication, the account, its CSM, commit.
    // portfolio: begin, accounts, their count, CSMs, members (ids, rows, counts), member users,
    // change log (ids, rows, counts), commit. team: begin, account, members (ids, rows, count),
    // users, invitations (ids, count; no rows to read), commit.
    expect(large).toEqual({ viewer: 4, portfolio: 12, team: 9 });
  });
});
