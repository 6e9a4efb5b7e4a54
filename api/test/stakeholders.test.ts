import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, errorCodes } from '../src/testing/client.js';
import { startTestServer, type TestServer } from '../src/testing/harness.js';

const FIELDS = `id name title group centres influence status statusReason proposedByName version user { email }
  ownedGoals { title } endorsements { goal { title } }`;
const CREATE = `mutation($input: CreateStakeholderInput!) { createStakeholder(input: $input) { stakeholder { ${FIELDS} } errors { field code message } } }`;
const UPDATE = `mutation($input: UpdateStakeholderInput!) { updateStakeholder(input: $input) { stakeholder { ${FIELDS} } errors { field code message } } }`;
const ACCEPT = `mutation($id: ID!) { acceptStakeholder(input: { id: $id }) { stakeholder { ${FIELDS} } errors { field code message } } }`;
const DECLINE = `mutation($id: ID!, $reason: String!) { declineStakeholder(input: { id: $id, reason: $reason }) { stakeholder { ${FIELDS} } errors { field code message } } }`;
const ARCHIVE = `mutation($id: ID!) { archiveStakeholder(input: { id: $id }) { stakeholder { ${FIELDS} } errors { field code message } } }`;
const LIST = `query($status: [StakeholderStatus!]) { viewer { account { id stakeholders(first: 100, status: $status) { totalCount nodes { ${FIELDS} } } members(first: 50) { nodes { user { id email } } } } } }`;

type Row = Record<string, any>;

describe('stakeholders', () => {
  let server: TestServer;
  let admin: ApiClient;
  let member: ApiClient;
  let csm: ApiClient;
  let other: ApiClient;
  let accountId: string;
  let users: Record<string, string>;

  beforeAll(async () => {
    server = await startTestServer();
    admin = await new ApiClient(server.url).signIn('customer-admin@example.com');
    member = await new ApiClient(server.url).signIn('customer-member@example.com');
    csm = await new ApiClient(server.url).signIn('csm@example.com');
    other = await new ApiClient(server.url).signIn('other-admin@example.com');
    const data = await admin.data(LIST);
    accountId = data.viewer.account.id;
    users = Object.fromEntries(data.viewer.account.members.nodes.map((m: Row) => [m.user.email, m.user.id]));
  });
  afterAll(async () => server.close());

  it('list the people with their goals and endorsements', async () => {
    const data = await member.data(LIST);
    const casey = data.viewer.account.stakeholders.nodes.find((s: Row) => s.name === 'Casey Customer');
    expect(casey).toMatchObject({
      group: 'MANAGEMENT',
      centres: ['BUYING', 'USAGE'],
      influence: 5,
      user: { email: 'customer-admin@example.com' },
      ownedGoals: [{ title: 'Cut the cost per shipment by 15 %' }],
      endorsements: [{ goal: { title: 'Our customers trust our delivery promises' } }],
    });
  });

  it('are added by a customer admin, with every problem named', async () => {
    const bad = await admin.data(CREATE, { input: { name: '', group: 'IT', centres: [], influence: 9 } });
    expect(bad.createStakeholder.errors.map((error: Row) => error.field).sort()).toEqual([
      'centres',
      'influence',
      'name',
    ]);
    const made = await admin.data(CREATE, {
      input: {
        name: ' Quinn Quality ',
        title: 'QA lead',
        group: 'IT',
        centres: ['USAGE', 'BUYING', 'USAGE'],
        influence: 2,
      },
    });
    expect(made.createStakeholder.stakeholder).toMatchObject({
      name: 'Quinn Quality',
      centres: ['BUYING', 'USAGE'],
      status: 'ACTIVE',
      version: 1,
    });
    expect(
      errorCodes(await member.request(CREATE, { input: { name: 'X', group: 'IT', centres: ['USAGE'], influence: 1 } })),
    ).toEqual(['FORBIDDEN']);
  });

  it('link only a user of the same account, once', async () => {
    const otherUsers = await other.data(`{ viewer { user { id } } }`);
    const foreign = await admin.data(CREATE, {
      input: { name: 'Olivia?', group: 'IT', centres: ['USAGE'], influence: 1, userId: otherUsers.viewer.user.id },
    });
    expect(foreign.createStakeholder.errors).toEqual([
      { field: 'userId', code: 'NOT_FOUND', message: 'That user is not a member of this account.' },
    ]);
    const taken = await admin.data(CREATE, {
      input: {
        name: 'Casey again',
        group: 'IT',
        centres: ['USAGE'],
        influence: 1,
        userId: users['customer-admin@example.com'],
      },
    });
    expect(taken.createStakeholder.errors).toEqual([
      { field: 'userId', code: 'TAKEN', message: 'That user is already the stakeholder Casey Customer.' },
    ]);
  });

  it('are suggested by the CSM and accepted or declined by the customer admin', async () => {
    const suggested = await csm.data(CREATE, {
      input: { accountId, name: 'Fatima Finance', group: 'MANAGEMENT', centres: ['BUYING'], influence: 4 },
    });
    const fatima = suggested.createStakeholder.stakeholder;
    expect(fatima).toMatchObject({ status: 'PROPOSED', proposedByName: 'Sam Success' });
    expect(errorCodes(await csm.request(ACCEPT, { id: fatima.id }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await csm.request(UPDATE, { input: { id: fatima.id, version: 1, influence: 5 } }))).toEqual([
      'FORBIDDEN',
    ]);
    const accepted = await admin.data(ACCEPT, { id: fatima.id });
    expect(accepted.acceptStakeholder.stakeholder).toMatchObject({ status: 'ACTIVE', version: 2 });

    const second = await csm.data(CREATE, {
      input: { accountId, name: 'Gus Guess', group: 'OTHER_SUPPLIER', centres: ['USAGE'], influence: 1 },
    });
    const noReason = await admin.data(DECLINE, { id: second.createStakeholder.stakeholder.id, reason: '' });
    expect(noReason.declineStakeholder.errors[0].field).toBe('reason');
    const declined = await admin.data(DECLINE, {
      id: second.createStakeholder.stakeholder.id,
      reason: 'Left the company.',
    });
    expect(declined.declineStakeholder.stakeholder).toMatchObject({
      status: 'DECLINED',
      statusReason: 'Left the company.',
    });
    const live = await admin.data(LIST);
    const names = live.viewer.account.stakeholders.nodes.map((s: Row) => s.name);
    expect(names).toContain('Fatima Finance');
    expect(names).not.toContain('Gus Guess');
    const declinedList = await admin.data(LIST, { status: ['DECLINED'] });
    expect(declinedList.viewer.account.stakeholders.nodes.map((s: Row) => s.name)).toEqual(['Gus Guess']);
  });

  it('refuse a stale edit with CONFLICT, and archive', async () => {
    const list = await admin.data(LIST);
    const rita = list.viewer.account.stakeholders.nodes.find((s: Row) => s.name === 'Rita Reyes');
    const edited = await admin.data(UPDATE, {
      input: { id: rita.id, version: rita.version, influence: 4, title: 'CIO' },
    });
    expect(edited.updateStakeholder.stakeholder).toMatchObject({
      influence: 4,
      title: 'CIO',
      version: rita.version + 1,
    });
    const stale = await admin.request(UPDATE, { input: { id: rita.id, version: rita.version, influence: 1 } });
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    const archived = await admin.data(ARCHIVE, { id: rita.id });
    expect(archived.archiveStakeholder.stakeholder.status).toBe('ARCHIVED');
    // An archived stakeholder owns no new goals.
    const goal = await admin.data(
      `mutation($owner: ID!) { createGoal(input: { title: "For Rita", level: INDIVIDUAL, categories: [ENABLING], ownerId: $owner }) { errors { field code message } } }`,
      { owner: rita.id },
    );
    expect(goal.createGoal.errors).toEqual([
      { field: 'ownerId', code: 'NOT_ACTIVE', message: 'Rita Reyes is not an active stakeholder.' },
    ]);
    const { rows } = await server.database.owner.query(
      `SELECT action, changes FROM change_log_entries WHERE entity_type = 'Stakeholder' AND changes::text LIKE '%CIO%'`,
    );
    expect(rows).toEqual([
      {
        action: 'stakeholder.updated',
        changes: expect.arrayContaining([
          { field: 'title', before: 'IT lead', after: 'CIO' },
          { field: 'influence', before: 3, after: 4 },
        ]),
      },
    ]);
  });

  it('of one account are out of reach of another', async () => {
    const list = await admin.data(LIST);
    const casey = list.viewer.account.stakeholders.nodes.find((s: Row) => s.name === 'Casey Customer');
    expect(errorCodes(await other.request(`query($id: ID!) { node(id: $id) { id } }`, { id: casey.id }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(errorCodes(await other.request(UPDATE, { input: { id: casey.id, version: 1, name: 'Hijacked' } }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(
      errorCodes(
        await other.request(CREATE, {
          input: { accountId, name: 'Planted', group: 'IT', centres: ['USAGE'], influence: 1 },
        }),
      ),
    ).toEqual(['NOT_FOUND']);
  });
});
