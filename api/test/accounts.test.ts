import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, errorCodes } from '../src/testing/client.js';
import { startTestServer, type TestServer } from '../src/testing/harness.js';

const CREATE = `mutation Create($input: CreateAccountInput!) { createAccount(input: $input) { account { id name journeyPhase renewalDate csm { name } } errors { field code message } } }`;
const UPDATE = `mutation Update($input: UpdateAccountInput!) { updateAccount(input: $input) { account { id name journeyPhase renewalDate csm { name } } errors { field code message } } }`;
const ACCOUNTS = `{ viewer { accounts(first: 100) { totalCount nodes { id name } } } }`;

describe('accounts', () => {
  let server: TestServer;
  let provider: ApiClient;
  let csmId: string;
  let northwindId: string;

  beforeAll(async () => {
    server = await startTestServer();
    provider = await new ApiClient(server.url).signIn('provider-admin@example.com');
    const staff = await provider.data(`{ viewer { staff { nodes { role user { id email } } } } }`);
    csmId = staff.viewer.staff.nodes.find((member: { role: string }) => member.role === 'CSM').user.id;
    const accounts = await provider.data(ACCOUNTS);
    northwindId = accounts.viewer.accounts.nodes.find(
      (account: { name: string }) => account.name === 'Northwind Logistics',
    ).id;
  });
  afterAll(async () => server.close());

  it('are created by a provider admin, with a logged before/after', async () => {
    const created = await provider.data(CREATE, {
      input: { name: '  Tailspin Toys ', journeyPhase: 'PURCHASE', csmId, renewalDate: '2027-03-31' },
    });
    expect(created.createAccount).toMatchObject({
      account: {
        name: 'Tailspin Toys',
        journeyPhase: 'PURCHASE',
        renewalDate: '2027-03-31',
        csm: { name: 'Sam Success' },
      },
      errors: [],
    });
    const log = await provider.data(
      `query($id: ID!) { node(id: $id) { ... on Account { changeLog { nodes { action actorName changes { field before after } } } } } }`,
      {
        id: created.createAccount.account.id,
      },
    );
    expect(log.node.changeLog.nodes).toEqual([
      {
        action: 'account.created',
        actorName: 'Priya Provider',
        changes: expect.arrayContaining([
          { field: 'name', before: null, after: '"Tailspin Toys"' },
          // The CSM by name: customers reading the log may not see staff records.
          { field: 'csm', before: null, after: '"Sam Success"' },
        ]),
      },
    ]);
  });

  it('report every invalid field at once and create nothing', async () => {
    const before = await provider.data(ACCOUNTS);
    const bad = await provider.data(CREATE, { input: { name: ' ', renewalDate: '31/03/2027', csmId: 'bogus' } });
    expect(bad.createAccount.account).toBeNull();
    expect(bad.createAccount.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'csmId',
      'name',
      'renewalDate',
    ]);
    const duplicate = await provider.data(CREATE, { input: { name: 'northwind logistics' } });
    expect(duplicate.createAccount.errors).toEqual([
      { field: 'name', code: 'TAKEN', message: 'Another account already has that name.' },
    ]);
    expect((await provider.data(ACCOUNTS)).viewer.accounts.totalCount).toBe(before.viewer.accounts.totalCount);
  });

  it('let the assigned CSM move the journey phase, but not rename or reassign', async () => {
    const csm = await new ApiClient(server.url).signIn('csm@example.com');
    const moved = await csm.data(UPDATE, { input: { id: northwindId, journeyPhase: 'EVALUATION', renewalDate: null } });
    expect(moved.updateAccount).toMatchObject({
      account: { journeyPhase: 'EVALUATION', renewalDate: null },
      errors: [],
    });
    expect(errorCodes(await csm.request(UPDATE, { input: { id: northwindId, name: 'Renamed' } }))).toEqual([
      'FORBIDDEN',
    ]);

    const customer = await new ApiClient(server.url).signIn('customer-admin@example.com');
    const log = await customer.data(
      `{ viewer { account { changeLog(first: 1) { nodes { action actorName changes { field before after } } } } } }`,
    );
    expect(log.viewer.account.changeLog.nodes[0]).toEqual({
      action: 'account.updated',
      actorName: 'Sam Success',
      changes: [
        { field: 'journeyPhase', before: '"IMPLEMENTATION"', after: '"EVALUATION"' },
        { field: 'renewalDate', before: expect.stringMatching(/^"\d{4}-\d{2}-\d{2}"$/), after: null },
      ],
    });
    expect(errorCodes(await customer.request(UPDATE, { input: { id: northwindId, name: 'Ours now' } }))).toEqual([
      'FORBIDDEN',
    ]);
  });

  it('are visible to each role as the design says', async () => {
    const count = async (email: string) =>
      (await (await new ApiClient(server.url).signIn(email)).data(ACCOUNTS)).viewer.accounts;
    expect((await count('customer-member@example.com')).nodes.map((account: { name: string }) => account.name)).toEqual(
      ['Northwind Logistics'],
    );
    expect((await count('other-admin@example.com')).nodes.map((account: { name: string }) => account.name)).toEqual([
      'Contoso Health',
    ]);
    // Tailspin Toys was created with this CSM assigned.
    expect((await count('csm@example.com')).nodes.map((account: { name: string }) => account.name)).toEqual([
      'Northwind Logistics',
      'Tailspin Toys',
    ]);
    expect((await count('provider-admin@example.com')).totalCount).toBeGreaterThanOrEqual(2);
  });

  it('page through with cursors, never repeating or skipping an account', async () => {
    for (let index = 0; index < 7; index++) await provider.data(CREATE, { input: { name: `Paging Co ${index}` } });
    const all = (await provider.data(ACCOUNTS)).viewer.accounts.nodes.map((account: { id: string }) => account.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await provider.data(
        `query($after: String) { viewer { accounts(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } } }`,
        { after },
      );
      const connection = page.viewer.accounts;
      expect(connection.totalCount).toBe(all.length);
      seen.push(...connection.edges.map((edge: { node: { id: string } }) => edge.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    expect(errorCodes(await provider.request(`{ viewer { accounts(first: 101) { totalCount } } }`))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await provider.request(`{ viewer { accounts(after: "garbage") { totalCount } } }`))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});

describe('team roles', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server.close());

  const MEMBERS = `{ viewer { account { members { nodes { id role user { email } } } } } }`;
  const CHANGE_ROLE = `mutation($input: UpdateMembershipInput!) { updateMembership(input: $input) { membership { role } errors { field code message } } }`;

  it('members read the team but not the change log', async () => {
    const member = await new ApiClient(server.url).signIn('customer-member@example.com');
    const team = await member.data(`{ viewer { account { members { totalCount } } } }`);
    expect(team.viewer.account.members.totalCount).toBe(2);
    const log = await member.request(`{ viewer { account { changeLog { totalCount } } } }`);
    expect(errorCodes(log)).toEqual(['FORBIDDEN']);
  });
  it('a customer admin promotes a member, and cannot remove the last admin', async () => {
    const admin = await new ApiClient(server.url).signIn('customer-admin@example.com');
    const members = (await admin.data(MEMBERS)).viewer.account.members.nodes;
    const member = members.find(
      (node: { user: { email: string } }) => node.user.email === 'customer-member@example.com',
    );
    const self = members.find((node: { user: { email: string } }) => node.user.email === 'customer-admin@example.com');

    const lastAdmin = await admin.data(CHANGE_ROLE, { input: { id: self.id, role: 'CUSTOMER_MEMBER' } });
    expect(lastAdmin.updateMembership.errors[0].code).toBe('LAST_ADMIN');

    const promoted = await admin.data(CHANGE_ROLE, { input: { id: member.id, role: 'CUSTOMER_ADMIN' } });
    expect(promoted.updateMembership).toEqual({ membership: { role: 'CUSTOMER_ADMIN' }, errors: [] });
    const staffRole = await admin.data(CHANGE_ROLE, { input: { id: member.id, role: 'PROVIDER_ADMIN' } });
    expect(staffRole.updateMembership.errors[0].code).toBe('INVALID');

    const memberClient = await new ApiClient(server.url).signIn('customer-member@example.com');
    expect((await memberClient.data(`{ viewer { role } }`)).viewer.role).toBe('CUSTOMER_ADMIN');
  });

  it('a customer admin of another account cannot touch this team', async () => {
    const admin = await new ApiClient(server.url).signIn('customer-admin@example.com');
    const members = (await admin.data(MEMBERS)).viewer.account.members.nodes;
    const other = await new ApiClient(server.url).signIn('other-admin@example.com');
    const attempt = await other.data(CHANGE_ROLE, { input: { id: members[0].id, role: 'CUSTOMER_MEMBER' } });
    expect(attempt.updateMembership).toEqual({
      membership: null,
      errors: [{ field: 'id', code: 'NOT_FOUND', message: 'That team member was not found.' }],
    });
  });
});
