import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/platform/auth.js';
import { ApiClient, errorCodes } from '../src/testing/client.js';
import { startTestServer, type TestServer } from '../src/testing/harness.js';
import { DEMO_PASSWORD } from '../src/testing/index.js';

const GOAL_FIELDS = `id title description level categories outcomeTypes dimensions status statusReason version depth
  proposedByName achievedAt viewerCanEdit viewerEndorses endorsementCount suggestedMetricKinds
  parent { id } owner { name } measure { baseline target dueDate ambition metric { key isTemplate template { key } } }`;
const CREATE = `mutation($input: CreateGoalInput!) { createGoal(input: $input) { goal { ${GOAL_FIELDS} } errors { field code message } } }`;
const PROPOSE = `mutation($input: CreateGoalInput!) { proposeGoal(input: $input) { goal { ${GOAL_FIELDS} } errors { field code message } } }`;
const UPDATE = `mutation($input: UpdateGoalInput!) { updateGoal(input: $input) { goal { ${GOAL_FIELDS} } errors { field code message } } }`;
const STATUS = `mutation($input: SetGoalStatusInput!) { setGoalStatus(input: $input) { goal { ${GOAL_FIELDS} } errors { field code message } } }`;
const MEASURE = `mutation($input: SetGoalMeasureInput!) { setGoalMeasure(input: $input) { goal { ${GOAL_FIELDS} } errors { field code message } } }`;
const ACCEPT = `mutation($input: AcceptGoalInput!) { acceptGoal(input: $input) { goal { ${GOAL_FIELDS} } errors { field code message } } }`;
const DECLINE = `mutation($input: DeclineGoalInput!) { declineGoal(input: $input) { goal { ${GOAL_FIELDS} } errors { field code message } } }`;
const ENDORSE = `mutation($input: EndorseGoalInput!) { endorseGoal(input: $input) { goal { ${GOAL_FIELDS} endorsements { stakeholder { name } endorsedByName } } errors { field code message } } }`;
const WITHDRAW = `mutation($input: EndorseGoalInput!) { withdrawEndorsement(input: $input) { goal { ${GOAL_FIELDS} } errors { field code message } } }`;
const GOAL = `query($id: ID!) { node(id: $id) { ... on Goal { ${GOAL_FIELDS} ancestors { title } children { title }
  conflicts { status handling goalA { title } goalB { title } prioritizedGoal { title } } } } }`;
const TREE = `{ viewer { account { id goalTree { id title depth status parent { id } } metricDefinitions(first: 100) { nodes { id key } }
  stakeholders(first: 100) { nodes { id name user { email } } } } metricTemplates(first: 100) { nodes { id key } } } }`;

type Goal = Record<string, any>;

describe('goals', () => {
  let server: TestServer;
  let admin: ApiClient;
  let member: ApiClient;
  let csm: ApiClient;
  let provider: ApiClient;
  let other: ApiClient;
  let northwindId: string;
  let templates: Record<string, string>;
  let metrics: Record<string, string>;
  let stakeholders: Record<string, string>;
  let tree: Goal[];

  const goalCount = async () => Number((await server.database.owner.query('SELECT count(*) FROM goals')).rows[0].count);
  const logActions = async (goalId: string) => {
    const { rows } = await server.database.owner.query(
      `SELECT action, changes FROM change_log_entries WHERE entity_id = $1 ORDER BY created_at`,
      [Buffer.from(goalId, 'base64url').toString().split(':')[1]],
    );
    return rows;
  };
  const byTitle = (title: string) => tree.find((goal) => goal.title === title)!;

  beforeAll(async () => {
    server = await startTestServer();
    const signIn = (email: string) => new ApiClient(server.url).signIn(email);
    admin = await signIn('customer-admin@example.com');
    member = await signIn('customer-member@example.com');
    csm = await signIn('csm@example.com');
    provider = await signIn('provider-admin@example.com');
    other = await signIn('other-admin@example.com');
    const data = await admin.data(TREE);
    northwindId = data.viewer.account.id;
    tree = data.viewer.account.goalTree;
    templates = Object.fromEntries(data.viewer.metricTemplates.nodes.map((m: Goal) => [m.key, m.id]));
    metrics = Object.fromEntries(data.viewer.account.metricDefinitions.nodes.map((m: Goal) => [m.key, m.id]));
    stakeholders = Object.fromEntries(data.viewer.account.stakeholders.nodes.map((s: Goal) => [s.name, s.id]));
  });
  afterAll(async () => server.close());

  it('load as a tree, parents first, with depth', async () => {
    expect(tree.length).toBeGreaterThanOrEqual(6);
    const seen = new Set<string>();
    for (const goal of tree) {
      if (goal.parent) expect(seen.has(goal.parent.id), goal.title).toBe(true);
      seen.add(goal.id);
    }
    const individual = byTitle('Plan my depot’s routes without spreadsheets');
    expect(individual.depth).toBe(3);
  });

  it('are written by a customer admin with a measure; outcome types are derived and a template is adopted', async () => {
    const created = await admin.data(CREATE, {
      input: {
        title: '  Halve manual re-planning  ',
        description: 'Dispatchers stop re-planning routes by hand.',
        level: 'COLLECTIVE',
        categories: ['ENABLING', 'RELIEVING', 'ENABLING'],
        dimensions: ['OPERATIONAL'],
        parentId: byTitle('Cut the cost per shipment by 15 %').id,
        measure: {
          metricDefinitionId: templates.first_contact_resolution,
          baseline: 40,
          target: 70,
          dueDate: '2099-06-30',
          ambition: 'EXCEPTIONAL',
        },
      },
    });
    expect(created.createGoal.errors).toEqual([]);
    const goal = created.createGoal.goal;
    expect(goal).toMatchObject({
      title: 'Halve manual re-planning',
      categories: ['RELIEVING', 'ENABLING'],
      outcomeTypes: ['EFFICIENCY', 'DIFFERENTIATION'],
      suggestedMetricKinds: ['MONETARY', 'OPERATIONAL'],
      status: 'ACTIVE',
      depth: 2,
      version: 1,
      viewerCanEdit: true,
      measure: {
        baseline: 40,
        target: 70,
        dueDate: '2099-06-30',
        ambition: 'EXCEPTIONAL',
        metric: { key: 'first_contact_resolution', isTemplate: false, template: { key: 'first_contact_resolution' } },
      },
    });
    const log = await logActions(goal.id);
    expect(log.map((entry) => entry.action)).toEqual(['goal.created', 'goal.measure_set']);
    expect(log[0].changes).toEqual(
      expect.arrayContaining([
        { field: 'title', before: null, after: 'Halve manual re-planning' },
        { field: 'parent', before: null, after: 'Cut the cost per shipment by 15 %' },
      ]),
    );
    expect(log[1].changes).toEqual(
      expect.arrayContaining([
        { field: 'metric', before: null, after: 'Issues resolved at first contact' },
        { field: 'target', before: null, after: 70 },
      ]),
    );
    // Individual goals of the association row give relationship; perception is suggested.
    const individual = await admin.data(CREATE, {
      input: {
        title: 'Feel heard',
        level: 'INDIVIDUAL',
        categories: ['ENRICHING'],
        ownerId: stakeholders['Rita Reyes'],
      },
    });
    expect(individual.createGoal.goal).toMatchObject({
      outcomeTypes: ['RELATIONSHIP'],
      suggestedMetricKinds: ['PERCEPTUAL'],
      owner: { name: 'Rita Reyes' },
    });
  });

  it('refuse bad input field by field, and store nothing', async () => {
    const before = await goalCount();
    const bad = await admin.data(CREATE, {
      input: {
        title: ' ',
        description: 'x'.repeat(5001),
        level: 'INDIVIDUAL',
        categories: [],
        measure: { metricDefinitionId: metrics.cost_per_shipment, baseline: 10, target: 12, dueDate: '2001-01-01' },
      },
    });
    expect(bad.createGoal.goal).toBeNull();
    expect(bad.createGoal.errors.map((error: Goal) => `${error.field}:${error.code}`).sort()).toEqual([
      'categories:REQUIRED',
      'description:INVALID',
      'measure.dueDate:BEFORE_CREATION',
      'measure.target:WRONG_DIRECTION',
      'ownerId:REQUIRED',
      'title:INVALID',
    ]);
    expect(bad.createGoal.errors.find((error: Goal) => error.field === 'measure.target').message).toMatch(
      /better when lower: set a target below the baseline \(10\)/,
    );
    const long = await admin.data(CREATE, {
      input: { title: 'x'.repeat(201), level: 'COLLECTIVE', categories: ['RELIEVING'] },
    });
    expect(long.createGoal.errors).toEqual([
      { field: 'title', code: 'INVALID', message: 'Use at most 200 characters.' },
    ]);
    const same = await admin.data(CREATE, {
      input: {
        title: 'Flat',
        level: 'COLLECTIVE',
        categories: ['RELIEVING'],
        measure: { metricDefinitionId: metrics.cost_per_shipment, baseline: 10, target: 10, dueDate: 'tomorrow' },
      },
    });
    expect(same.createGoal.errors.map((error: Goal) => error.field).sort()).toEqual([
      'measure.dueDate',
      'measure.target',
    ]);
    const infinite = await admin.request(CREATE, {
      input: {
        title: 'Huge',
        level: 'COLLECTIVE',
        categories: ['RELIEVING'],
        measure: { metricDefinitionId: metrics.cost_per_shipment, baseline: 1e300, target: 1 },
      },
    });
    expect(infinite.data!.createGoal.errors).toEqual([
      { field: 'measure.baseline', code: 'INVALID', message: 'The baseline must be a finite number.' },
    ]);
    // The member's automatic stakeholder must not survive a failed goal either.
    const stakeholdersBefore = (await server.database.owner.query('SELECT count(*) FROM stakeholders')).rows[0].count;
    const memberBad = await member.data(CREATE, {
      input: { title: '', level: 'INDIVIDUAL', categories: ['RELIEVING'] },
    });
    expect(memberBad.createGoal.errors).toHaveLength(1);
    expect((await server.database.owner.query('SELECT count(*) FROM stakeholders')).rows[0].count).toBe(
      stakeholdersBefore,
    );
    expect(await goalCount()).toBe(before);
  });

  it('keep parents in the account, without cycles, at most six levels deep', async () => {
    const contosoGoal = (await other.data(`{ viewer { account { goalTree { id } } } }`)).viewer.account.goalTree[0].id;
    const foreign = await admin.data(CREATE, {
      input: { title: 'Stray', level: 'COLLECTIVE', categories: ['RELIEVING'], parentId: contosoGoal },
    });
    expect(foreign.createGoal.errors).toEqual([
      { field: 'parentId', code: 'NOT_FOUND', message: 'The parent goal was not found in this account.' },
    ]);

    const root = byTitle('Cut the cost per shipment by 15 %');
    const grandchild = byTitle('Plan my depot’s routes without spreadsheets');
    const cycle = await admin.data(UPDATE, { input: { id: root.id, version: 1, parentId: grandchild.id } });
    expect(cycle.updateGoal.errors).toEqual([
      { field: 'parentId', code: 'CYCLE', message: 'A goal cannot sit under itself or one of its own sub-goals.' },
    ]);
    const self = await admin.data(UPDATE, { input: { id: root.id, version: 1, parentId: root.id } });
    expect(self.updateGoal.errors[0].code).toBe('CYCLE');

    // A chain of six, then a seventh level is refused, and so is moving a subtree too deep.
    let parentId: string | null = null;
    const chain: string[] = [];
    for (let level = 1; level <= 6; level++) {
      const made: Goal = await admin.data(CREATE, {
        input: { title: `Level ${level}`, level: 'COLLECTIVE', categories: ['ENABLING'], parentId },
      });
      expect(made.createGoal.errors).toEqual([]);
      expect(made.createGoal.goal.depth).toBe(level);
      parentId = made.createGoal.goal.id;
      chain.push(parentId!);
    }
    const seventh = await admin.data(CREATE, {
      input: { title: 'Level 7', level: 'COLLECTIVE', categories: ['ENABLING'], parentId },
    });
    expect(seventh.createGoal.errors[0]).toMatchObject({ field: 'parentId', code: 'TOO_DEEP' });
    const rootVersion = (await admin.data(GOAL, { id: root.id })).node.version;
    const moved = await admin.data(UPDATE, { input: { id: root.id, version: rootVersion, parentId: chain[3] } });
    expect(moved.updateGoal.errors[0]).toMatchObject({ field: 'parentId', code: 'TOO_DEEP' });
    const ancestors = await admin.data(GOAL, { id: chain[5] });
    expect(ancestors.node.ancestors.map((goal: Goal) => goal.title)).toEqual([
      'Level 1',
      'Level 2',
      'Level 3',
      'Level 4',
      'Level 5',
    ]);
    const children = await admin.data(GOAL, { id: chain[0] });
    expect(children.node.children.map((goal: Goal) => goal.title)).toEqual(['Level 2']);
  });

  it('detect a stale edit: the second admin gets CONFLICT and nothing changes', async () => {
    const goal = byTitle('Our customers trust our delivery promises');
    const secondAdmin = new ApiClient(server.url);
    await server.database.owner.query(
      `INSERT INTO users (id, email, name, password_hash) VALUES ($1, 'second-admin@northwind.example', 'Second Admin', $2)`,
      [randomUUID(), await hashPassword(DEMO_PASSWORD)],
    );
    await server.database.owner.query(
      `INSERT INTO memberships (id, user_id, account_id, role)
       SELECT $1, id, $2, 'CUSTOMER_ADMIN' FROM users WHERE email = 'second-admin@northwind.example'`,
      [randomUUID(), Buffer.from(northwindId, 'base64url').toString().split(':')[1]],
    );
    await secondAdmin.signIn('second-admin@northwind.example');
    const { version } = (await admin.data(GOAL, { id: goal.id })).node;
    const first = await admin.data(UPDATE, { input: { id: goal.id, version, title: 'Customers trust our promises' } });
    expect(first.updateGoal.goal).toMatchObject({ title: 'Customers trust our promises', version: version + 1 });
    const second = await secondAdmin.request(UPDATE, { input: { id: goal.id, version, description: 'Overwritten?' } });
    expect(errorCodes(second)).toEqual(['CONFLICT']);
    expect(second.errors![0]!.extensions).toMatchObject({ currentVersion: version + 1 });
    const after = (await admin.data(GOAL, { id: goal.id })).node;
    expect(after).toMatchObject({ title: 'Customers trust our promises', version: version + 1 });
    expect(after.description).not.toBe('Overwritten?');
  });

  it('let a member write and change only their own individual goals, and endorse collective ones', async () => {
    const own = await member.data(CREATE, {
      input: { title: 'Learn the planner’s shortcuts', level: 'INDIVIDUAL', categories: ['ENABLING'] },
    });
    expect(own.createGoal.goal).toMatchObject({
      owner: { name: 'Morgan Member' },
      outcomeTypes: ['EMPOWERMENT'],
      viewerCanEdit: true,
    });
    const collective = await member.request(CREATE, {
      input: { title: 'Team goal', level: 'COLLECTIVE', categories: ['ENABLING'] },
    });
    expect(errorCodes(collective)).toEqual(['FORBIDDEN']);
    const someoneElses = await member.request(CREATE, {
      input: { title: 'For Rita', level: 'INDIVIDUAL', categories: ['ENABLING'], ownerId: stakeholders['Rita Reyes'] },
    });
    expect(errorCodes(someoneElses)).toEqual(['FORBIDDEN']);

    const adminGoal = byTitle('Plan regional routes in the new planner');
    const view = await member.data(GOAL, { id: adminGoal.id });
    expect(view.node.viewerCanEdit).toBe(false);
    const edit = await member.request(UPDATE, { input: { id: adminGoal.id, version: 1, title: 'Mine now' } });
    expect(errorCodes(edit)).toEqual(['FORBIDDEN']);
    const status = await member.request(STATUS, { input: { id: adminGoal.id, status: 'AT_RISK' } });
    expect(errorCodes(status)).toEqual(['FORBIDDEN']);
    const ownStatus = await member.data(STATUS, { input: { id: own.createGoal.goal.id, status: 'AT_RISK' } });
    expect(ownStatus.setGoalStatus.goal.status).toBe('AT_RISK');

    const planner = byTitle('Plan regional routes in the new planner');
    const endorsed = await member.data(ENDORSE, { input: { goalId: planner.id } });
    expect(endorsed.endorseGoal.goal).toMatchObject({ viewerEndorses: true, endorsementCount: 1 });
    expect(endorsed.endorseGoal.goal.endorsements).toEqual([
      { stakeholder: { name: 'Morgan Member' }, endorsedByName: 'Morgan Member' },
    ]);
    const again = await member.data(ENDORSE, { input: { goalId: planner.id } });
    expect(again.endorseGoal.goal.endorsementCount).toBe(1);
    const forRita = await member.request(ENDORSE, {
      input: { goalId: planner.id, stakeholderId: stakeholders['Rita Reyes'] },
    });
    expect(errorCodes(forRita)).toEqual(['FORBIDDEN']);
    const individual = await member.data(ENDORSE, { input: { goalId: own.createGoal.goal.id } });
    expect(individual.endorseGoal.errors).toEqual([
      { field: 'goalId', code: 'NOT_COLLECTIVE', message: 'Only collective goals are endorsed.' },
    ]);
    // An admin records an endorsement Rita gave in a meeting.
    const onBehalf = await admin.data(ENDORSE, {
      input: { goalId: planner.id, stakeholderId: stakeholders['Rita Reyes'] },
    });
    expect(onBehalf.endorseGoal.goal).toMatchObject({ endorsementCount: 2, viewerEndorses: false });
    const withdrawn = await member.data(WITHDRAW, { input: { goalId: planner.id } });
    expect(withdrawn.withdrawEndorsement.goal).toMatchObject({ endorsementCount: 1, viewerEndorses: false });
    const twice = await member.data(WITHDRAW, { input: { goalId: planner.id } });
    expect(twice.withdrawEndorsement.errors[0].code).toBe('NOT_ENDORSED');
    expect((await logActions(planner.id)).map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['goal.endorsed', 'goal.endorsement_withdrawn']),
    );
    // Staff are not the customer's stakeholders.
    expect(errorCodes(await csm.request(ENDORSE, { input: { goalId: planner.id } }))).toEqual(['FORBIDDEN']);
  });

  it('let a CSM propose a goal with a measure, and only the customer admin accept or decline it', async () => {
    const proposed = await csm.data(PROPOSE, {
      input: {
        accountId: northwindId,
        title: 'Fewer failed first deliveries',
        level: 'COLLECTIVE',
        categories: ['RELIEVING'],
        measure: { metricDefinitionId: metrics.cost_per_shipment, baseline: 12, target: 11, dueDate: '2099-01-31' },
      },
    });
    expect(proposed.proposeGoal.errors).toEqual([]);
    const goal = proposed.proposeGoal.goal;
    expect(goal).toMatchObject({ status: 'PROPOSED', proposedByName: 'Sam Success', viewerCanEdit: true });
    expect(
      errorCodes(
        await csm.request(CREATE, {
          input: { accountId: northwindId, title: 'x', level: 'COLLECTIVE', categories: ['RELIEVING'] },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      errorCodes(
        await admin.request(PROPOSE, { input: { title: 'x', level: 'COLLECTIVE', categories: ['RELIEVING'] } }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(errorCodes(await csm.request(ACCEPT, { input: { id: goal.id } }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await member.request(ACCEPT, { input: { id: goal.id } }))).toEqual(['FORBIDDEN']);

    const listed = await admin.data(
      `{ viewer { account { goals(filter: { status: [PROPOSED] }) { nodes { title proposedByName } } } } }`,
    );
    expect(listed.viewer.account.goals.nodes).toEqual(
      expect.arrayContaining([{ title: 'Fewer failed first deliveries', proposedByName: 'Sam Success' }]),
    );
    // The admin edits, then accepts.
    const edited = await admin.data(UPDATE, {
      input: { id: goal.id, version: goal.version, title: 'Fewer failed deliveries' },
    });
    expect(edited.updateGoal.errors).toEqual([]);
    const stale = await admin.request(ACCEPT, { input: { id: goal.id, version: goal.version } });
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    const accepted = await admin.data(ACCEPT, { input: { id: goal.id, version: edited.updateGoal.goal.version } });
    expect(accepted.acceptGoal.goal).toMatchObject({ status: 'ACTIVE', title: 'Fewer failed deliveries' });
    expect((await logActions(goal.id)).map((entry) => entry.action)).toEqual([
      'goal.proposed',
      'goal.measure_set',
      'goal.updated',
      'goal.accepted',
    ]);

    // Once the customer's, the CSM cannot change, activate or abandon it.
    const view = await csm.data(GOAL, { id: goal.id });
    expect(view.node.viewerCanEdit).toBe(false);
    for (const [mutation, input] of [
      [UPDATE, { id: goal.id, version: accepted.acceptGoal.goal.version, title: 'Renamed by CSM' }],
      [STATUS, { id: goal.id, status: 'ABANDONED', reason: 'no' }],
      [MEASURE, { goalId: goal.id, measure: null }],
    ] as const) {
      expect(errorCodes(await csm.request(mutation, { input })), mutation).toEqual(['FORBIDDEN']);
    }

    const second = await csm.data(PROPOSE, {
      input: { accountId: northwindId, title: 'Weekly ops review', level: 'COLLECTIVE', categories: ['ENABLING'] },
    });
    const noReason = await admin.data(DECLINE, { input: { id: second.proposeGoal.goal.id, reason: '  ' } });
    expect(noReason.declineGoal.errors).toEqual([{ field: 'reason', code: 'INVALID', message: 'Give a reason.' }]);
    const declined = await admin.data(DECLINE, {
      input: { id: second.proposeGoal.goal.id, reason: 'We meet monthly.' },
    });
    expect(declined.declineGoal.goal).toMatchObject({
      status: 'DECLINED',
      statusReason: 'We meet monthly.',
      viewerCanEdit: false,
    });
    const afterDecline = await admin.data(STATUS, { input: { id: second.proposeGoal.goal.id, status: 'ACTIVE' } });
    expect(afterDecline.setGoalStatus.errors[0].code).toBe('DECLINED');
  });

  it('let a CSM of another account and a customer of another account see nothing', async () => {
    const userId = randomUUID();
    await server.database.owner.query(
      `INSERT INTO users (id, email, name, password_hash) VALUES ($1, 'csm-two@provider.example', 'Other CSM', $2)`,
      [userId, await hashPassword(DEMO_PASSWORD)],
    );
    await server.database.owner.query(
      `INSERT INTO memberships (id, user_id, account_id, role) VALUES ($1, $2, NULL, 'CSM')`,
      [randomUUID(), userId],
    );
    const unassigned = await new ApiClient(server.url).signIn('csm-two@provider.example');
    const goal = byTitle('Cut the cost per shipment by 15 %');
    expect(errorCodes(await unassigned.request(GOAL, { id: goal.id }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await other.request(GOAL, { id: goal.id }))).toEqual(['NOT_FOUND']);
    expect(
      errorCodes(
        await unassigned.request(PROPOSE, {
          input: { accountId: northwindId, title: 'Sneaky', level: 'COLLECTIVE', categories: ['RELIEVING'] },
        }),
      ),
    ).toEqual(['NOT_FOUND']);
    // The provider admin sees and proposes across accounts.
    expect((await provider.data(GOAL, { id: goal.id })).node.title).toBe(goal.title);
    const byProvider = await provider.data(PROPOSE, {
      input: {
        accountId: northwindId,
        title: 'Quarterly value review',
        level: 'COLLECTIVE',
        categories: ['ENRICHING'],
      },
    });
    expect(byProvider.proposeGoal.goal).toMatchObject({ status: 'PROPOSED', proposedByName: 'Priya Provider' });
  });

  it('move through statuses by the rules, with a reason to abandon', async () => {
    const made = await admin.data(CREATE, {
      input: { title: 'Try a night shift', level: 'COLLECTIVE', categories: ['ENABLING'] },
    });
    const id = made.createGoal.goal.id;
    const atRisk = await admin.data(STATUS, { input: { id, status: 'AT_RISK' } });
    expect(atRisk.setGoalStatus.goal.status).toBe('AT_RISK');
    const achieved = await admin.data(STATUS, { input: { id, status: 'ACHIEVED' } });
    expect(achieved.setGoalStatus.goal).toMatchObject({ status: 'ACHIEVED', achievedAt: expect.any(String) });
    const toRisk = await admin.data(STATUS, { input: { id, status: 'AT_RISK' } });
    expect(toRisk.setGoalStatus.errors[0]).toMatchObject({ field: 'status', code: 'INVALID_TRANSITION' });
    const reopened = await admin.data(STATUS, { input: { id, status: 'ACTIVE' } });
    expect(reopened.setGoalStatus.goal).toMatchObject({ status: 'ACTIVE', achievedAt: null });
    const noReason = await admin.data(STATUS, { input: { id, status: 'ABANDONED' } });
    expect(noReason.setGoalStatus.errors).toEqual([{ field: 'reason', code: 'INVALID', message: 'Give a reason.' }]);
    const abandoned = await admin.data(STATUS, {
      input: { id, status: 'ABANDONED', reason: 'Not worth the overtime.' },
    });
    expect(abandoned.setGoalStatus.goal).toMatchObject({
      status: 'ABANDONED',
      statusReason: 'Not worth the overtime.',
    });
    const toProposed = await admin.data(STATUS, { input: { id, status: 'PROPOSED' } });
    expect(toProposed.setGoalStatus.errors[0].code).toBe('INVALID_TRANSITION');
    const log = await logActions(id);
    expect(log.map((entry) => entry.action)).toEqual([
      'goal.created',
      'goal.status_changed',
      'goal.achieved',
      'goal.status_changed',
      'goal.status_changed',
    ]);
    expect(log[4].changes).toEqual(expect.arrayContaining([{ field: 'status', before: 'ACTIVE', after: 'ABANDONED' }]));
  });

  it('record conflicts anyone raises and the admin resolves', async () => {
    const cost = byTitle('Cut the cost per shipment by 15 %');
    const trust = tree.find((goal) => goal.title.includes('trust'))!;
    const CONFLICT = `mutation($input: CreateGoalConflictInput!) { createGoalConflict(input: $input) { conflict { id status description raisedByName goalA { title } goalB { title } } errors { field code message } } }`;
    const RESOLVE = `mutation($input: ResolveGoalConflictInput!) { resolveGoalConflict(input: $input) { conflict { id status handling resolutionNote resolvedByName prioritizedGoal { id } } errors { field code message } } }`;
    const raised = await member.data(CONFLICT, {
      input: { goalAId: cost.id, goalBId: trust.id, description: 'Cheaper carriers deliver later.' },
    });
    expect(raised.createGoalConflict.conflict).toMatchObject({ status: 'OPEN', raisedByName: 'Morgan Member' });
    const duplicate = await csm.data(CONFLICT, {
      input: { goalAId: trust.id, goalBId: cost.id, description: 'Same again' },
    });
    expect(duplicate.createGoalConflict.errors).toEqual([
      { field: 'goalBId', code: 'TAKEN', message: 'These two goals already have an open conflict.' },
    ]);
    const same = await member.data(CONFLICT, { input: { goalAId: cost.id, goalBId: cost.id, description: '' } });
    expect(same.createGoalConflict.errors.map((error: Goal) => error.code).sort()).toEqual(['INVALID', 'SAME_GOAL']);

    const id = raised.createGoalConflict.conflict.id;
    expect(errorCodes(await member.request(RESOLVE, { input: { id, handling: 'PARALLEL' } }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await csm.request(RESOLVE, { input: { id, handling: 'PARALLEL' } }))).toEqual(['FORBIDDEN']);
    const noWinner = await admin.data(RESOLVE, { input: { id, handling: 'PRIORITIZE' } });
    expect(noWinner.resolveGoalConflict.errors).toEqual([
      { field: 'prioritizedGoalId', code: 'REQUIRED', message: 'Choose which goal comes first.' },
    ]);
    const outsider = byTitle('Plan regional routes in the new planner');
    const wrongWinner = await admin.data(RESOLVE, {
      input: { id, handling: 'PRIORITIZE', prioritizedGoalId: outsider.id },
    });
    expect(wrongWinner.resolveGoalConflict.errors[0].code).toBe('INVALID');
    const resolved = await admin.data(RESOLVE, {
      input: { id, handling: 'PRIORITIZE', prioritizedGoalId: trust.id, note: 'Promises first; cost later.' },
    });
    expect(resolved.resolveGoalConflict.conflict).toMatchObject({
      status: 'RESOLVED',
      handling: 'PRIORITIZE',
      resolvedByName: 'Casey Customer',
      prioritizedGoal: { id: trust.id },
    });
    const again = await admin.data(RESOLVE, { input: { id, handling: 'PARALLEL' } });
    expect(again.resolveGoalConflict.errors[0].code).toBe('NOT_OPEN');
    for (const goal of [cost, trust]) {
      const view = await member.data(GOAL, { id: goal.id });
      expect(view.node.conflicts).toEqual(
        expect.arrayContaining([expect.objectContaining({ status: 'RESOLVED', handling: 'PRIORITIZE' })]),
      );
    }
    const { rows } = await server.database.owner.query(
      `SELECT action FROM change_log_entries WHERE entity_type = 'GoalConflict' ORDER BY created_at`,
    );
    expect(rows.map((row) => row.action)).toEqual(['goal_conflict.raised', 'goal_conflict.resolved']);
  });

  it('show whether the account has a success plan, and what is missing', async () => {
    const PLAN = `{ viewer { account { hasSuccessPlan successPlan { hasSuccessPlan activeGoals plannedGoals gaps { code message } } goalTree { id } metricDefinitions { nodes { id } } } } }`;
    const northwind = await admin.data(PLAN);
    expect(northwind.viewer.account.successPlan).toMatchObject({ hasSuccessPlan: true, gaps: [] });
    const contoso = await other.data(PLAN);
    expect(contoso.viewer.account.hasSuccessPlan).toBe(false);
    expect(contoso.viewer.account.successPlan.gaps.map((gap: Goal) => gap.code)).toEqual(['NO_MEASURE', 'NO_DUE_DATE']);
    const goalId = contoso.viewer.account.goalTree[0].id;
    const metricId = contoso.viewer.account.metricDefinitions.nodes[0].id;
    await other.data(MEASURE, {
      input: { goalId, measure: { metricDefinitionId: metricId, baseline: 3.1, target: 4 } },
    });
    expect((await other.data(PLAN)).viewer.account.successPlan.gaps.map((gap: Goal) => gap.code)).toEqual([
      'NO_DUE_DATE',
    ]);
    const dated = await other.data(MEASURE, {
      input: { goalId, measure: { metricDefinitionId: metricId, baseline: 3.1, target: 4, dueDate: '2099-12-31' } },
    });
    expect(dated.setGoalMeasure.goal.measure.dueDate).toBe('2099-12-31');
    expect((await other.data(PLAN)).viewer.account).toMatchObject({ hasSuccessPlan: true, successPlan: { gaps: [] } });
    const removed = await other.data(MEASURE, { input: { goalId, measure: null } });
    expect(removed.setGoalMeasure.goal.measure).toBeNull();
    expect((await other.data(PLAN)).viewer.account.hasSuccessPlan).toBe(false);
  });
});
