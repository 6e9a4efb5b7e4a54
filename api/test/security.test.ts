import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, errorCodes } from '../src/testing/client.js';
import { startTestServer, type TestServer } from '../src/testing/harness.js';

/** Every node of account B that a user of account A could name. */
async function nodeIdsOf(client: ApiClient): Promise<Record<string, string>> {
  const data = await client.data(`{ viewer { user { id } account { id
    members { nodes { id user { id } } }
    invitations { nodes { id } }
    changeLog { nodes { id } }
    goalTree { id measure { id } endorsements { id } }
    goalConflicts { nodes { id } }
    stakeholders { nodes { id } }
    metricDefinitions { nodes { id } } }
    mailbox { nodes { id } } } }`);
  const account = data.viewer.account;
  const measured = account.goalTree.find((goal: { measure: unknown }) => goal.measure);
  const endorsed = account.goalTree.find((goal: { endorsements: unknown[] }) => goal.endorsements.length);
  return {
    goal: account.goalTree[0].id,
    goalMeasure: measured.measure.id,
    goalEndorsement: endorsed.endorsements[0].id,
    goalConflict: account.goalConflicts.nodes[0].id,
    stakeholder: account.stakeholders.nodes[0].id,
    metricDefinition: account.metricDefinitions.nodes[0].id,
    account: account.id,
    user: data.viewer.user.id,
    membership: account.members.nodes[0].id,
    invitation: account.invitations.nodes[0].id,
    changeLogEntry: account.changeLog.nodes[0].id,
    mailMessage: data.viewer.mailbox.nodes[0].id,
  };
}

describe('tenancy over HTTP', () => {
  let server: TestServer;
  let contoso: Record<string, string>;

  beforeAll(async () => {
    server = await startTestServer();
    const other = await new ApiClient(server.url).signIn('other-admin@example.com');
    await other.data(
      `mutation { inviteUser(input: { email: "probe@contoso.example", role: CUSTOMER_MEMBER }) { errors { code } } }`,
    );
    await server.server.outbox.drain();
    // Give the second account one of every goal-related object.
    const ids = await other.data(`{ viewer { account { goalTree { id } metricDefinitions { nodes { id } } } } }`);
    const created = await other.data(
      `mutation($input: CreateGoalInput!) { createGoal(input: $input) { goal { id } errors { message } } }`,
      {
        input: {
          title: 'Shorter waiting times',
          level: 'COLLECTIVE',
          categories: ['RELIEVING'],
          measure: {
            metricDefinitionId: ids.viewer.account.metricDefinitions.nodes[0].id,
            baseline: 3,
            target: 4,
          },
        },
      },
    );
    const goalId = created.createGoal.goal.id;
    await other.data(`mutation($id: ID!) { endorseGoal(input: { goalId: $id }) { errors { message } } }`, {
      id: goalId,
    });
    await other.data(
      `mutation($a: ID!, $b: ID!) { createGoalConflict(input: { goalAId: $a, goalBId: $b, description: "Budget" }) { errors { message } } }`,
      { a: goalId, b: ids.viewer.account.goalTree[0].id },
    );
    contoso = await nodeIdsOf(other);
  });
  afterAll(async () => server.close());

  it('the owner of each node can fetch it', async () => {
    const other = await new ApiClient(server.url).signIn('other-admin@example.com');
    const response = await other.data(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids: Object.values(contoso),
    });
    expect(response.nodes.map((node: { id: string }) => node.id)).toEqual(Object.values(contoso));
  });

  for (const email of ['customer-admin@example.com', 'customer-member@example.com', 'csm@example.com']) {
    it(`${email} gets NOT_FOUND for every node of another account`, async () => {
      const client = await new ApiClient(server.url).signIn(email);
      for (const [kind, id] of Object.entries(contoso)) {
        const response = await client.request(`query($id: ID!) { node(id: $id) { id } }`, { id });
        expect(errorCodes(response), kind).toEqual(['NOT_FOUND']);
        expect(response.data?.node ?? null, kind).toBeNull();
      }
      const batch = await client.request(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
        ids: Object.values(contoso),
      });
      expect(batch.data?.nodes).toEqual(Object.values(contoso).map(() => null));
      expect(errorCodes(batch)).toEqual(Object.values(contoso).map(() => 'NOT_FOUND'));
    });
  }

  it('another account cannot be changed through its id', async () => {
    const admin = await new ApiClient(server.url).signIn('customer-admin@example.com');
    const update = await admin.request(
      `mutation($id: ID!) { updateAccount(input: { id: $id, journeyPhase: EVALUATION }) { errors { code } } }`,
      {
        id: contoso.account,
      },
    );
    expect(errorCodes(update)).toEqual(['FORBIDDEN']);
    const revoke = await admin.data(`mutation($id: ID!) { revokeInvitation(input: { id: $id }) { errors { code } } }`, {
      id: contoso.invitation,
    });
    expect(revoke.revokeInvitation.errors).toEqual([{ code: 'NOT_FOUND' }]);
    const before = await server.database.owner.query(
      `SELECT (SELECT md5(string_agg(g::text, ',' ORDER BY id)) FROM goals g) AS goals,
              (SELECT md5(string_agg(s::text, ',' ORDER BY id)) FROM stakeholders s) AS stakeholders,
              (SELECT md5(string_agg(m::text, ',' ORDER BY id)) FROM metric_definitions m) AS metrics,
              (SELECT count(*) FROM goal_conflicts) AS conflicts, (SELECT count(*) FROM goal_endorsements) AS endorsements`,
    );
    const attempts: Array<[string, Record<string, unknown>]> = [
      [
        `mutation($id: ID!) { updateGoal(input: { id: $id, version: 1, title: "Taken over" }) { errors { code } } }`,
        { id: contoso.goal },
      ],
      [
        `mutation($id: ID!) { setGoalStatus(input: { id: $id, status: ABANDONED, reason: "x" }) { errors { code } } }`,
        { id: contoso.goal },
      ],
      [
        `mutation($id: ID!) { setGoalMeasure(input: { goalId: $id, measure: null }) { errors { code } } }`,
        { id: contoso.goal },
      ],
      [`mutation($id: ID!) { acceptGoal(input: { id: $id }) { errors { code } } }`, { id: contoso.goal }],
      [`mutation($id: ID!) { endorseGoal(input: { goalId: $id }) { errors { code } } }`, { id: contoso.goal }],
      [`mutation($id: ID!) { withdrawEndorsement(input: { goalId: $id }) { errors { code } } }`, { id: contoso.goal }],
      [
        `mutation($id: ID!) { updateStakeholder(input: { id: $id, version: 1, name: "x" }) { errors { code } } }`,
        { id: contoso.stakeholder },
      ],
      [
        `mutation($id: ID!) { archiveStakeholder(input: { id: $id }) { errors { code } } }`,
        { id: contoso.stakeholder },
      ],
      [
        `mutation($id: ID!) { updateMetricDefinition(input: { id: $id, name: "x" }) { errors { code } } }`,
        { id: contoso.metricDefinition },
      ],
      [
        `mutation($id: ID!) { resolveGoalConflict(input: { id: $id, handling: PARALLEL }) { errors { code } } }`,
        { id: contoso.goalConflict },
      ],
      [
        `mutation($id: ID!) { createGoalConflict(input: { goalAId: $id, goalBId: $id, description: "x" }) { errors { code } } }`,
        { id: contoso.goal },
      ],
      [
        `mutation($id: ID!) { createGoal(input: { title: "x", level: COLLECTIVE, categories: [RELIEVING], parentId: $id }) { errors { code } } }`,
        { id: contoso.goal },
      ],
      [
        `mutation($id: ID!) { proposeGoal(input: { accountId: $id, title: "x", level: COLLECTIVE, categories: [RELIEVING] }) { errors { code } } }`,
        { id: contoso.account },
      ],
    ];
    for (const [mutation, variables] of attempts) {
      const response = await admin.request(mutation, variables);
      const payload = response.data
        ? (Object.values(response.data)[0] as { errors: Array<{ code: string }> } | null)
        : null;
      const codes = [...errorCodes(response), ...(payload?.errors ?? []).map((error) => error.code)];
      expect(codes.length, mutation).toBeGreaterThan(0);
      expect(
        codes.every((code) => code === 'NOT_FOUND' || code === 'FORBIDDEN'),
        `${mutation}: ${codes}`,
      ).toBe(true);
    }
    const after = await server.database.owner.query(
      `SELECT (SELECT md5(string_agg(g::text, ',' ORDER BY id)) FROM goals g) AS goals,
              (SELECT md5(string_agg(s::text, ',' ORDER BY id)) FROM stakeholders s) AS stakeholders,
              (SELECT md5(string_agg(m::text, ',' ORDER BY id)) FROM metric_definitions m) AS metrics,
              (SELECT count(*) FROM goal_conflicts) AS conflicts, (SELECT count(*) FROM goal_endorsements) AS endorsements`,
    );
    expect(after.rows).toEqual(before.rows);
    const { rows } = await server.database.owner.query(
      `SELECT journey_phase FROM accounts WHERE name = 'Contoso Health'`,
    );
    expect(rows[0].journey_phase).toBe('ORIENTATION');
  });

  it('a signed-out caller gets UNAUTHENTICATED for anything but sign-in', async () => {
    const anonymous = new ApiClient(server.url);
    for (const query of [
      `{ node(id: "${contoso.account}") { id } }`,
      `{ nodes(ids: ["${contoso.account}"]) { id } }`,
      `mutation { createAccount(input: { name: "x" }) { errors { code } } }`,
      `mutation { updateAccount(input: { id: "${contoso.account}", name: "x" }) { errors { code } } }`,
    ]) {
      expect(errorCodes(await anonymous.request(query)), query).toEqual(['UNAUTHENTICATED']);
    }
    expect((await anonymous.data(`{ viewer { role } }`)).viewer).toBeNull();
  });

  it('ids of the wrong type or shape are bad input, not a crash', async () => {
    const admin = await new ApiClient(server.url).signIn('customer-admin@example.com');
    expect(errorCodes(await admin.request(`{ node(id: "garbage") { id } }`))).toEqual(['NOT_FOUND']);
    const wrongType = await admin.request(
      `mutation($id: ID!) { updateAccount(input: { id: $id, name: "x" }) { errors { code } } }`,
      {
        id: contoso.user,
      },
    );
    expect(errorCodes(wrongType)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('operation limits', () => {
  let server: TestServer;
  let admin: ApiClient;
  beforeAll(async () => {
    server = await startTestServer();
    admin = await new ApiClient(server.url).signIn('provider-admin@example.com');
  });
  afterAll(async () => server.close());

  it('reports the cost of every operation', async () => {
    const response = await admin.request(`{ viewer { accounts(first: 10) { nodes { name } } } }`);
    expect(response.extensions?.cost).toEqual({
      requested: 1 + (1 + 10 * (1 + 1)),
      limit: server.config.MAX_QUERY_COST,
    });
  });

  it('refuses an over-deep query', async () => {
    const deep = `{ viewer { account { members { nodes { account { members { nodes { account { members { nodes { account { name } } } } } } } } } } } }`;
    const response = await admin.request(deep);
    expect(errorCodes(response)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(response.errors![0]!.message).toMatch(/depth/i);
    expect(response.data).toBeUndefined();
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, index) => `a${index}: viewer { role }`).join(' ');
    const response = await admin.request(`{ ${aliases} }`);
    expect(errorCodes(response)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(response.errors![0]!.message).toMatch(/alias/i);
  });

  it('refuses too many tokens', async () => {
    const fields = Array.from({ length: 2500 }, () => '__typename').join(' ');
    const response = await admin.request(`{ ${fields} }`);
    expect(errorCodes(response)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(response.errors![0]!.message).toMatch(/tokens/i);
  });

  it('refuses an over-cost query, counting connection sizes, before touching data', async () => {
    const query = `{ viewer { accounts(first: 100) { nodes { members(first: 100) { nodes { user { name } account { name } } } } } } }`;
    const response = await admin.request(query);
    expect(errorCodes(response)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(response.errors![0]!.message).toMatch(/costs \d+, over the limit of 20000/);
    expect(response.data).toBeUndefined();
  });
});

describe('HTTP hygiene', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { BODY_LIMIT_BYTES: '4096' } });
  });
  afterAll(async () => server.close());

  const post = (body: string, contentType = 'application/json') =>
    fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });

  it('answers malformed JSON with a clear 400', async () => {
    const response = await post('{"query": ');
    expect(response.status).toBe(400);
    expect((await response.json()) as any).toEqual({
      errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('answers a wrong content type with 415', async () => {
    const response = await post('query=%7B__typename%7D', 'application/x-www-form-urlencoded');
    expect(response.status).toBe(415);
    expect(((await response.json()) as any).errors[0].message).toBe('Send GraphQL requests as application/json.');
  });

  it('answers an oversized body with 413', async () => {
    const response = await post(JSON.stringify({ query: `{ __typename }`, variables: { padding: 'x'.repeat(5000) } }));
    expect(response.status).toBe(413);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers a request with no query with 400 and keeps serving', async () => {
    const response = await post('{}');
    expect(response.status).toBe(400);
    for (let index = 0; index < 20; index++) await post('{}');
    // Each rejected request returned its connection to the pool.
    const healthy = await new ApiClient(server.url).data(`{ viewer { role } }`);
    expect(healthy.viewer).toBeNull();
    expect(server.database.dataSource.driver).toBeDefined();
    const pool = (server.database.dataSource.driver as unknown as { master: { idleCount: number; totalCount: number } })
      .master;
    expect(pool.totalCount - pool.idleCount).toBe(0);
  });

  it('hides internals in errors outside development', async () => {
    const response = await post(JSON.stringify({ query: '{ nope }' }));
    const body = (await response.json()) as any;
    expect(body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|node_modules|SELECT/);
  });

  it('serves health and readiness probes', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${server.url}/readyz`)).json()).toEqual({ status: 'ready' });
  });
});

describe('production mode', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { NODE_ENV: 'production' } });
  });
  afterAll(async () => server.close());

  it('turns introspection off', async () => {
    const response = await new ApiClient(server.url).request(`{ __schema { types { name } } }`);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.message).toMatch(/introspection/i);
  });
});
