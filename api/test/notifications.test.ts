import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, errorCodes } from '../src/testing/client.js';
import { startTestServer, type TestServer } from '../src/testing/harness.js';

const BELL = `{ viewer { unreadNotificationCount notifications(first: 20) { totalCount nodes { id kind title body link readAt account { name } } } } }`;
const UNREAD = `{ viewer { unreadNotificationCount notifications(first: 20, unreadOnly: true) { totalCount } } }`;
const MARK = `mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { unreadCount notifications { id readAt } errors { field code message } } }`;
const PROPOSE = `mutation($input: CreateGoalInput!) { proposeGoal(input: $input) { goal { id title } errors { message } } }`;
const ACCEPT = `mutation($input: AcceptGoalInput!) { acceptGoal(input: $input) { goal { id version } errors { message } } }`;
const STATUS = `mutation($input: SetGoalStatusInput!) { setGoalStatus(input: $input) { goal { status } errors { message } } }`;

type Row = Record<string, any>;

describe('notifications', () => {
  let server: TestServer;
  let admin: ApiClient;
  let member: ApiClient;
  let csm: ApiClient;
  let other: ApiClient;
  let northwindId: string;

  beforeAll(async () => {
    server = await startTestServer();
    admin = await new ApiClient(server.url).signIn('customer-admin@example.com');
    member = await new ApiClient(server.url).signIn('customer-member@example.com');
    csm = await new ApiClient(server.url).signIn('csm@example.com');
    other = await new ApiClient(server.url).signIn('other-admin@example.com');
    northwindId = (await admin.data(`{ viewer { account { id } } }`)).viewer.account.id;
  });
  afterAll(async () => server.close());

  const bell = async (client: ApiClient) => (await client.data(BELL)).viewer;

  it('tell a customer admin of a proposal, and the proposer of the answer, but no one else', async () => {
    const before = await Promise.all([admin, member, csm, other].map(bell));
    const proposed = await csm.data(PROPOSE, {
      input: {
        accountId: northwindId,
        title: 'Answer every ticket within a day',
        level: 'COLLECTIVE',
        categories: ['RELIEVING'],
      },
    });
    const goal = proposed.proposeGoal.goal;

    const adminBell = await bell(admin);
    expect(adminBell.unreadNotificationCount).toBe(before[0].unreadNotificationCount + 1);
    expect(adminBell.notifications.nodes[0]).toMatchObject({
      kind: 'goal.proposed',
      title: 'Sam Success proposes a goal: “Answer every ticket within a day”',
      link: `/goals/${encodeURIComponent(goal.id)}`,
      readAt: null,
      account: { name: 'Northwind Logistics' },
    });
    // The member, the proposer themself and the other account hear nothing.
    expect((await bell(member)).unreadNotificationCount).toBe(before[1].unreadNotificationCount);
    expect((await bell(csm)).unreadNotificationCount).toBe(before[2].unreadNotificationCount);
    expect((await bell(other)).unreadNotificationCount).toBe(before[3].unreadNotificationCount);

    await admin.data(ACCEPT, { input: { id: goal.id } });
    const csmBell = await bell(csm);
    expect(csmBell.notifications.nodes[0]).toMatchObject({
      kind: 'goal.proposal_accepted',
      title: 'Accepted: “Answer every ticket within a day”',
      link: `/accounts/${encodeURIComponent(northwindId)}/goals/${encodeURIComponent(goal.id)}`,
    });
  });

  it('tell the admins and the CSM once when a goal is achieved', async () => {
    const proposed = await admin.data(
      `mutation($input: CreateGoalInput!) { createGoal(input: $input) { goal { id } errors { message } } }`,
      { input: { title: 'Ship the new planner', level: 'COLLECTIVE', categories: ['ENABLING'] } },
    );
    const goalId = proposed.createGoal.goal.id;
    const csmBefore = (await bell(csm)).unreadNotificationCount;
    // The admin who marks it achieved is not told of their own act; the CSM is.
    expect((await admin.data(STATUS, { input: { id: goalId, status: 'ACHIEVED' } })).setGoalStatus.errors).toEqual([]);
    const csmBell = await bell(csm);
    expect(csmBell.unreadNotificationCount).toBe(csmBefore + 1);
    expect(csmBell.notifications.nodes[0]).toMatchObject({
      kind: 'goal.achieved',
      title: 'Achieved: “Ship the new planner”',
    });
  });

  it('are marked read by their recipient only, one by one or all at once', async () => {
    const adminBell = await bell(admin);
    const mine = adminBell.notifications.nodes.find((n: Row) => n.readAt === null);
    expect(mine).toBeDefined();

    // Someone else's id changes nothing, and the node is not theirs to see.
    const foreign = await other.data(MARK, { input: { ids: [mine.id] } });
    expect(foreign.markNotificationsRead.notifications).toEqual([]);
    expect(errorCodes(await other.request(`query($id: ID!) { node(id: $id) { id } }`, { id: mine.id }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(errorCodes(await csm.request(`query($id: ID!) { node(id: $id) { id } }`, { id: mine.id }))).toEqual([
      'NOT_FOUND',
    ]);
    expect((await bell(admin)).unreadNotificationCount).toBe(adminBell.unreadNotificationCount);

    const one = await admin.data(MARK, { input: { ids: [mine.id] } });
    expect(one.markNotificationsRead.errors).toEqual([]);
    expect(one.markNotificationsRead.notifications[0].readAt).not.toBeNull();
    expect(one.markNotificationsRead.unreadCount).toBe(adminBell.unreadNotificationCount - 1);

    const nothing = await admin.data(MARK, { input: {} });
    expect(nothing.markNotificationsRead.errors).toEqual([
      { field: 'ids', code: 'NOTHING_CHOSEN', message: 'Name the notifications to mark read, or all.' },
    ]);
    expect(errorCodes(await admin.request(MARK, { input: { ids: ['not-an-id'] } }))).toEqual(['BAD_USER_INPUT']);

    const all = await admin.data(MARK, { input: { all: true } });
    expect(all.markNotificationsRead.unreadCount).toBe(0);
    expect((await admin.data(UNREAD)).viewer.notifications.totalCount).toBe(0);
  });

  it('are for signed-in people only', async () => {
    const anonymous = new ApiClient(server.url);
    expect((await anonymous.data(`{ viewer { unreadNotificationCount } }`)).viewer).toBeNull();
    expect(errorCodes(await anonymous.request(MARK, { input: { all: true } }))).toEqual(['UNAUTHENTICATED']);
  });

  it('cannot be read by the app role for anyone but their recipient, even with the account in scope', async () => {
    const { owner, dataSource } = server.database;
    const { rows } = await owner.query(
      `SELECT u.id, (SELECT count(*)::int FROM notifications n WHERE n.recipient_user_id = u.id) AS count
         FROM users u WHERE u.email IN ('csm@example.com', 'customer-admin@example.com') ORDER BY u.email DESC`,
    );
    const [csmRow, adminRow] = rows;
    expect(csmRow.count).toBeGreaterThan(0);
    // As the customer admin, with Northwind in scope: their own rows only.
    const visible = await dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('app.user_id', $1, true), set_config('app.account_ids', $2, true)`, [
        adminRow.id,
        fromGlobal(northwindId),
      ]);
      return manager.query(`SELECT recipient_user_id FROM notifications`);
    });
    expect(visible.length).toBe(adminRow.count);
    expect(visible.every((row: Row) => row.recipient_user_id === adminRow.id)).toBe(true);
    // With no caller set, nothing at all.
    expect(await dataSource.query(`SELECT id FROM notifications`)).toEqual([]);
  });
});

const fromGlobal = (id: string) => Buffer.from(id, 'base64url').toString('utf8').split(':')[1]!;
