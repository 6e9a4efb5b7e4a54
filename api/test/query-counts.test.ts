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

  it('load the whole goal tree with the same statements at 10 and at 1,000 goals', async () => {
    const other = await new ApiClient(server.url).signIn('other-admin@example.com');
    const member = await new ApiClient(server.url).signIn('customer-member@example.com');
    const { rows: accounts } = await server.database.owner.query(`SELECT id, name FROM accounts`);
    const contoso = accounts.find((row) => row.name === 'Contoso Health')!.id;
    const tree = `{ viewer { account { successPlan { hasSuccessPlan } goalTree { id title level categories outcomeTypes
      dimensions status depth version parent { id } owner { name } measure { baseline target dueDate ambition
      metric { name unit direction } } endorsementCount viewerEndorses viewerCanEdit conflicts { status } } } } }`;
    const measure = async () => (await server.database.countStatements(() => other.data(tree))).statements;

    await growGoals(server, contoso, 9); // beside the demo's one goal
    const small = await measure();
    const smallTree = (await other.data(tree)).viewer.account.goalTree;
    expect(smallTree).toHaveLength(10);
    await growGoals(server, contoso, 990);
    const large = await measure();
    const largeTree = (await other.data(tree)).viewer.account.goalTree;
    expect(largeTree).toHaveLength(1000);
    expect(Math.max(...largeTree.map((goal: { depth: number }) => goal.depth))).toBe(4);
    expect(largeTree.filter((goal: { measure: unknown }) => goal.measure).length).toBeGreaterThan(300);
    expect(large).toBe(small);
    // begin with authentication, account, success plan, goals, owners, measures, endorsements,
    // conflicts, metrics, the endorsing stakeholders, commit.
    expect(large).toBe(11);

    // A member's view checks ownership and endorsement per goal: still constant.
    const memberTree = `{ viewer { account { goalTree { id viewerCanEdit viewerEndorses owner { name } } } } }`;
    const northwind = accounts.find((row) => row.name === 'Northwind Logistics')!.id;
    const before = (await server.database.countStatements(() => member.data(memberTree))).statements;
    await growGoals(server, northwind, 300);
    expect((await server.database.countStatements(() => member.data(memberTree))).statements).toBe(before);
  });
});

/**
 * Adds goals to an account as the table owner: levels down to four deep, about a third
 * with a measure, individual ones owned by stakeholders, endorsements and conflicts.
 */
async function growGoals(server: TestServer, accountId: string, count: number) {
  const owner = server.database.owner;
  const { rows: existing } = await owner.query(`SELECT id, parent_id FROM goals WHERE account_id = $1`, [accountId]);
  const { rows: people } = await owner.query(`SELECT id FROM stakeholders WHERE account_id = $1`, [accountId]);
  if (people.length < 3) {
    for (let index = people.length; index < 3; index++) {
      const id = randomUUID();
      await owner.query(
        `INSERT INTO stakeholders (id, account_id, name, stakeholder_group, centres, influence, status)
         VALUES ($1, $2, $3, 'FRONT_LINE', '{USAGE}', 3, 'ACTIVE')`,
        [id, accountId, `Person ${index}`],
      );
      people.push({ id });
    }
  }
  const { rows: metrics } = await owner.query(`SELECT id FROM metric_definitions WHERE account_id = $1`, [accountId]);
  const depthOf = new Map<string, number>();
  const parentOf = new Map(existing.map((row) => [row.id as string, row.parent_id as string | null]));
  const depth = (id: string): number => {
    if (!depthOf.has(id)) depthOf.set(id, parentOf.get(id) ? depth(parentOf.get(id)!) + 1 : 1);
    return depthOf.get(id)!;
  };
  const goals = existing.map((row) => row.id as string);
  const rows: Array<[string, string | null, string, string, string | null]> = [];
  for (let index = 0; index < count; index++) {
    const id = randomUUID();
    const candidates = goals.filter((goal) => depth(goal) < 4);
    const parent = index % 5 === 0 || candidates.length === 0 ? null : candidates[(index * 7) % candidates.length]!;
    const level = index % 3 === 0 ? 'INDIVIDUAL' : 'COLLECTIVE';
    parentOf.set(id, parent);
    goals.push(id);
    rows.push([
      id,
      parent,
      `Grown goal ${index}`,
      level,
      level === 'INDIVIDUAL' ? people[index % people.length]!.id : null,
    ]);
  }
  for (const [id, parent, title, level, ownerId] of rows) {
    await owner.query(
      `INSERT INTO goals (id, account_id, parent_id, title, level, categories, owner_stakeholder_id, status)
       VALUES ($1, $2, $3, $4, $5, '{RELIEVING,ENABLING}', $6, 'ACTIVE')`,
      [id, accountId, parent, title, level, ownerId],
    );
  }
  for (const [index, [id, , , level]] of rows.entries()) {
    if (index % 3 === 1 && metrics.length) {
      await owner.query(
        `INSERT INTO goal_measures (id, account_id, goal_id, metric_definition_id, baseline, target, due_date, ambition)
         VALUES ($1, $2, $3, $4, 1, 2, current_date + 90, 'GOOD_ENOUGH')`,
        [randomUUID(), accountId, id, metrics[0].id],
      );
    }
    if (level === 'COLLECTIVE' && index % 4 === 0) {
      await owner.query(
        `INSERT INTO goal_endorsements (id, account_id, goal_id, stakeholder_id, endorsed_by_name) VALUES ($1, $2, $3, $4, 'x')`,
        [randomUUID(), accountId, id, people[index % people.length]!.id],
      );
    }
    if (index % 10 === 9) {
      await owner.query(
        `INSERT INTO goal_conflicts (id, account_id, goal_a_id, goal_b_id, description, raised_by_name)
         VALUES ($1, $2, $3, $4, 'Pulls the other way', 'x')`,
        [randomUUID(), accountId, id, rows[index - 1]![0]],
      );
    }
  }
}
