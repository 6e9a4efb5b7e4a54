import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, errorCodes } from '../src/testing/client.js';
import { startTestServer, type TestServer } from '../src/testing/harness.js';

const FIELDS = `id key name unit direction kind indicator aggregation isTemplate template { key }`;
const CREATE = `mutation($input: CreateMetricDefinitionInput!) { createMetricDefinition(input: $input) { metricDefinition { ${FIELDS} } errors { field code message } } }`;
const UPDATE = `mutation($input: UpdateMetricDefinitionInput!) { updateMetricDefinition(input: $input) { metricDefinition { ${FIELDS} } errors { field code message } } }`;
const ADOPT = `mutation($input: AdoptMetricTemplateInput!) { adoptMetricTemplate(input: $input) { metricDefinition { ${FIELDS} } errors { field code message } } }`;
const LISTS = `{ viewer { metricTemplates(first: 100) { nodes { ${FIELDS} } } account { id metricDefinitions(first: 100) { totalCount nodes { ${FIELDS} } } } } }`;

const metric = {
  key: 'pallets_per_hour',
  name: 'Pallets loaded per hour',
  unit: 'pallets',
  direction: 'HIGHER_IS_BETTER',
  kind: 'OPERATIONAL',
  indicator: 'LEADING',
  aggregation: 'AVG',
};

describe('metric definitions', () => {
  let server: TestServer;
  let admin: ApiClient;
  let provider: ApiClient;
  let member: ApiClient;
  let csm: ApiClient;
  let other: ApiClient;

  beforeAll(async () => {
    server = await startTestServer();
    admin = await new ApiClient(server.url).signIn('customer-admin@example.com');
    provider = await new ApiClient(server.url).signIn('provider-admin@example.com');
    member = await new ApiClient(server.url).signIn('customer-member@example.com');
    csm = await new ApiClient(server.url).signIn('csm@example.com');
    other = await new ApiClient(server.url).signIn('other-admin@example.com');
  });
  afterAll(async () => server.close());

  it('templates are kept by provider admins and read by everyone', async () => {
    const created = await provider.data(CREATE, {
      input: { ...metric, key: 'dock_wait_minutes', direction: 'LOWER_IS_BETTER' },
    });
    expect(created.createMetricDefinition.metricDefinition).toMatchObject({
      key: 'dock_wait_minutes',
      isTemplate: true,
    });
    const seen = await member.data(LISTS);
    expect(seen.viewer.metricTemplates.nodes.map((m: { key: string }) => m.key)).toContain('dock_wait_minutes');
    const duplicate = await provider.data(CREATE, { input: { ...metric, key: 'dock_wait_minutes' } });
    expect(duplicate.createMetricDefinition.errors).toEqual([
      { field: 'key', code: 'TAKEN', message: 'Another metric here already uses that key.' },
    ]);
    const id = created.createMetricDefinition.metricDefinition.id;
    expect(errorCodes(await admin.request(UPDATE, { input: { id, name: 'Mine' } }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await csm.request(CREATE, { input: metric }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await member.request(CREATE, { input: metric }))).toEqual(['FORBIDDEN']);
  });

  it('account metrics are added by the customer admin, validated field by field', async () => {
    const bad = await admin.data(CREATE, {
      input: { ...metric, key: 'Pallets Per Hour', name: ' ', unit: 'u'.repeat(41) },
    });
    expect(bad.createMetricDefinition.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'key',
      'name',
      'unit',
    ]);
    const made = await admin.data(CREATE, { input: metric });
    expect(made.createMetricDefinition.metricDefinition).toMatchObject({
      ...metric,
      isTemplate: false,
      template: null,
    });
    // The same key may exist in another account.
    const elsewhere = await other.data(CREATE, { input: metric });
    expect(elsewhere.createMetricDefinition.errors).toEqual([]);
    const lists = await other.data(LISTS);
    expect(lists.viewer.account.metricDefinitions.nodes.map((m: { key: string }) => m.key)).not.toContain(
      'cost_per_shipment',
    );
    expect(
      errorCodes(
        await other.request(UPDATE, { input: { id: made.createMetricDefinition.metricDefinition.id, name: 'x' } }),
      ),
    ).toEqual(['NOT_FOUND']);
  });

  it('templates are adopted once; the copy is the account’s own', async () => {
    const lists = await admin.data(LISTS);
    const template = lists.viewer.metricTemplates.nodes.find((m: { key: string }) => m.key === 'renewal_likelihood');
    const first = await admin.data(ADOPT, { input: { templateId: template.id } });
    expect(first.adoptMetricTemplate.metricDefinition).toMatchObject({
      key: 'renewal_likelihood',
      isTemplate: false,
      template: { key: 'renewal_likelihood' },
    });
    const again = await admin.data(ADOPT, { input: { templateId: template.id } });
    expect(again.adoptMetricTemplate.metricDefinition.id).toBe(first.adoptMetricTemplate.metricDefinition.id);
    const renamed = await admin.data(UPDATE, {
      input: { id: first.adoptMetricTemplate.metricDefinition.id, name: 'Renewal odds' },
    });
    expect(renamed.updateMetricDefinition.metricDefinition.name).toBe('Renewal odds');
    const after = await admin.data(LISTS);
    expect(after.viewer.metricTemplates.nodes.find((m: { key: string }) => m.key === 'renewal_likelihood').name).toBe(
      'Likelihood to renew',
    );
  });

  it('keep their direction once a goal measures with them', async () => {
    const lists = await admin.data(LISTS);
    const cost = lists.viewer.account.metricDefinitions.nodes.find(
      (m: { key: string }) => m.key === 'cost_per_shipment',
    );
    const flipped = await admin.data(UPDATE, { input: { id: cost.id, direction: 'HIGHER_IS_BETTER', unit: 'USD' } });
    expect(flipped.updateMetricDefinition.errors).toEqual([
      {
        field: 'direction',
        code: 'IN_USE',
        message: 'Goals measure with this metric, so its direction cannot change.',
      },
    ]);
    const unchanged = await admin.data(LISTS);
    expect(unchanged.viewer.account.metricDefinitions.nodes.find((m: { id: string }) => m.id === cost.id).unit).toBe(
      'EUR',
    );
  });
});
