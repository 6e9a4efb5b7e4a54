import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type pg from 'pg';

/**
 * The generated data set. Its rows are written as the tables' owner; what each request
 * should answer is computed from these objects, independently of either server.
 */
export type JourneyPhase = 'TRIGGER' | 'ORIENTATION' | 'PURCHASE' | 'IMPLEMENTATION' | 'EVALUATION';
export type Role = 'CUSTOMER_ADMIN' | 'CUSTOMER_MEMBER' | 'CSM' | 'PROVIDER_ADMIN';

export interface FixtureAccount {
  id: string;
  name: string;
  journeyPhase: JourneyPhase;
  csmUserId: string | null;
}

export interface FixtureUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  accountId: string | null;
}

/** A signed-in user: the raw token goes in the cookie, only its hash is stored. */
export interface BenchSession {
  token: string;
  user: FixtureUser;
  account: FixtureAccount | null;
}

export interface FixtureGoal {
  id: string;
  parentId: string | null;
  title: string;
  level: 'COLLECTIVE' | 'INDIVIDUAL';
  categories: string[];
  status: string;
  ownerName: string | null;
  measure: {
    baseline: number;
    target: number;
    dueDate: string;
    ambition: string;
    metricName: string;
    unit: string;
  } | null;
}

export interface Fixture {
  accounts: FixtureAccount[];
  /** Each sampled session's account has a goal tree, in creation order. */
  goalsByAccount: Map<string, FixtureGoal[]>;
  users: FixtureUser[];
  /** Signed-in customer users (a sample) whose tokens the load rotates over. */
  customerSessions: BenchSession[];
  counts: Record<string, number>;
}

export interface FixtureOptions {
  accounts: number;
  usersPerAccount: number;
  csms: number;
  changeLogPerAccount: number;
  sampledSessions: number;
  /** Goals per account with sampled sessions, four levels deep. */
  goalsPerAccount: number;
  seed: number;
}

export const DEFAULT_FIXTURE: FixtureOptions = {
  accounts: 200,
  usersPerAccount: 10,
  csms: 6,
  changeLogPerAccount: 12,
  sampledSessions: 100,
  goalsPerAccount: 200,
  seed: 20261122,
};

const PHASES: JourneyPhase[] = ['TRIGGER', 'ORIENTATION', 'PURCHASE', 'IMPLEMENTATION', 'EVALUATION'];
// Some with non-ASCII letters and quotes, so that both servers' JSON encoding is exercised.
const FIRST = [
  'Ada',
  'Bjørn',
  'Chloé',
  'Dmitri',
  'Eun-ji',
  'Fatima',
  'Grace',
  'Hiroshi',
  'Ines',
  'José',
  'Kwame',
  'Léa',
  'Mateus',
  'Nadia',
  'Øystein',
  'Priya',
  'Quinn',
  'Rafał',
  'Siobhán',
  'Tomás',
  'Ute',
  'Wei',
  'Zoë',
];
const LAST = [
  'Abara',
  "O'Brien",
  'Bauer',
  'Castillo',
  'Dubois',
  'Eriksen',
  'Fujita',
  'García',
  'Haddad',
  'Ivanova',
  'Jansen',
  'Kowalski',
  'Larsen',
  'Müller',
  'Nakamura',
  'Okafor',
  'Petrović',
  'Rossi',
  'Sørensen',
  'Tanaka',
  'Uçar',
  'Varga',
  'Wójcik',
];
const COMPANY_WORDS = [
  'Northwind',
  'Contoso',
  'Fabrikam',
  'Tailspin',
  'Wingtip',
  'Litware',
  'Proseware',
  'Adatum',
  'Fourth Coffee',
  'Lucerne',
  'Margie’s',
  'Trey',
  'Woodgrove',
  'Alpine Ski',
  'Blue Yonder',
  'Coho',
  'Humongous',
  'Wide World',
];
const COMPANY_KINDS = [
  'Logistics',
  'Health',
  'Analytics',
  'Foods',
  'Airlines',
  'Bank',
  'Energy',
  'Robotics',
  '& Söhne',
  'Labs',
];

/** A small deterministic generator (mulberry32), so that every run loads the same shapes. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Generates the data set and writes it in a few bulk statements; returns what was written. */
export async function loadFixture(owner: pg.Client, options: FixtureOptions = DEFAULT_FIXTURE): Promise<Fixture> {
  const next = random(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;

  const users: FixtureUser[] = [];
  const addUser = (role: Role, accountId: string | null, emailLocal: string): FixtureUser => {
    const user = {
      id: randomUUID(),
      name: `${pick(FIRST)} ${pick(LAST)}`,
      email: `${emailLocal}@bench.example.com`,
      role,
      accountId,
    };
    users.push(user);
    return user;
  };

  addUser('PROVIDER_ADMIN', null, 'provider-admin');
  const csms = Array.from({ length: options.csms }, (_, index) => addUser('CSM', null, `csm-${index + 1}`));

  const accounts: FixtureAccount[] = Array.from({ length: options.accounts }, (_, index) => ({
    id: randomUUID(),
    name: `${pick(COMPANY_WORDS)} ${pick(COMPANY_KINDS)} ${index + 1}`,
    journeyPhase: pick(PHASES),
    // Most accounts have a CSM; a few are unassigned.
    csmUserId: index % 9 === 8 ? null : (csms[index % csms.length]?.id ?? null),
  }));
  for (const [index, account] of accounts.entries()) {
    const size = Math.max(2, options.usersPerAccount + Math.round((next() - 0.5) * 6));
    for (let member = 0; member < size; member++) {
      addUser(member === 0 ? 'CUSTOMER_ADMIN' : 'CUSTOMER_MEMBER', account.id, `user-${index + 1}-${member + 1}`);
    }
  }

  const changeLog: Array<[string, string, string, string, string, string, string, string, string]> = [];
  const admin = users[0] as FixtureUser;
  const start = Date.parse('2026-01-01T00:00:00Z');
  for (const [index, account] of accounts.entries()) {
    for (let entry = 0; entry < options.changeLogPerAccount; entry++) {
      const at = new Date(start + (index * options.changeLogPerAccount + entry) * 60_000).toISOString();
      const [action, entityType, entityId, changes] =
        entry === 0
          ? ['account.created', 'Account', account.id, [{ field: 'name', before: null, after: account.name }]]
          : [
              'account.updated',
              'Account',
              account.id,
              [{ field: 'journeyPhase', before: pick(PHASES), after: pick(PHASES) }],
            ];
      changeLog.push([
        randomUUID(),
        account.id,
        admin.id,
        admin.name,
        action,
        entityType,
        entityId,
        JSON.stringify(changes),
        at,
      ]);
    }
  }

  // Every user has a live session (so the sessions table has realistic size), a third also an
  // expired one; the tokens of a sample of customer users are kept for the load.
  const sessions: Array<[string, string, string, string]> = [];
  const tokens = new Map<string, string>();
  const now = Date.now();
  for (const [index, user] of users.entries()) {
    const token = randomBytes(32).toString('base64url');
    tokens.set(user.id, token);
    sessions.push([randomUUID(), user.id, hashToken(token), new Date(now + 24 * 3600_000).toISOString()]);
    if (index % 3 === 0) {
      sessions.push([
        randomUUID(),
        user.id,
        hashToken(randomBytes(32).toString('base64url')),
        new Date(now - 3600_000).toISOString(),
      ]);
    }
  }

  const columns = <T extends unknown[]>(rows: T[], count: number) =>
    Array.from({ length: count }, (_, column) => rows.map((row) => row[column]));

  const customers = users.filter((user) => user.accountId !== null);
  const sample: FixtureUser[] = [];
  const step = customers.length / Math.min(options.sampledSessions, customers.length);
  for (let position = 0; sample.length < Math.min(options.sampledSessions, customers.length); position += step) {
    sample.push(customers[Math.floor(position)] as FixtureUser);
  }
  const goalRows = goalTrees([...new Set(sample.map((user) => user.accountId!))], options.goalsPerAccount, next);

  await owner.query('BEGIN');
  try {
    await owner.query(
      `INSERT INTO users (id, email, name, password_hash)
       SELECT id, email, name, 'bench: no password sign-in' FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(id, email, name)`,
      [users.map((u) => u.id), users.map((u) => u.email), users.map((u) => u.name)],
    );
    await owner.query(
      `INSERT INTO accounts (id, name, journey_phase, csm_user_id, renewal_date)
       SELECT id, name, phase, csm, current_date + (ordinality::int % 365)
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[]) WITH ORDINALITY AS t(id, name, phase, csm, ordinality)`,
      [
        accounts.map((a) => a.id),
        accounts.map((a) => a.name),
        accounts.map((a) => a.journeyPhase),
        accounts.map((a) => a.csmUserId),
      ],
    );
    await owner.query(
      `INSERT INTO memberships (id, user_id, account_id, role)
       SELECT gen_random_uuid(), user_id, account_id, role FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS t(user_id, account_id, role)`,
      [users.map((u) => u.id), users.map((u) => u.accountId), users.map((u) => u.role)],
    );
    await owner.query(
      `INSERT INTO change_log_entries (id, account_id, actor_user_id, actor_name, action, entity_type, entity_id, changes, created_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::jsonb[], $9::timestamptz[])`,
      columns(changeLog, 9),
    );
    await owner.query(
      `INSERT INTO sessions (id, user_id, token_hash, expires_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[])`,
      columns(sessions, 4),
    );
    await goalRows.insert(owner);
    await owner.query('COMMIT');
  } catch (error) {
    await owner.query('ROLLBACK');
    throw error;
  }
  await owner.query('ANALYZE');

  const accountById = new Map(accounts.map((account) => [account.id, account]));
  return {
    accounts,
    goalsByAccount: goalRows.byAccount,
    users,
    customerSessions: sample.map((user) => ({
      token: tokens.get(user.id) as string,
      user,
      account: user.accountId ? (accountById.get(user.accountId) ?? null) : null,
    })),
    counts: {
      accounts: accounts.length,
      users: users.length,
      memberships: users.length,
      changeLogEntries: changeLog.length,
      sessions: sessions.length,
      goals: goalRows.goals.length,
    },
  };
}

const LEVEL_SHAPE = [0.04, 0.12, 0.36, 0.48];
const CATEGORY_SETS = [
  ['RELIEVING'],
  ['ENABLING'],
  ['ENRICHING'],
  ['RELIEVING', 'ENABLING'],
  ['ENABLING', 'ENRICHING'],
];
const STATUSES = ['ACTIVE', 'ACTIVE', 'ACTIVE', 'AT_RISK', 'ACHIEVED', 'PROPOSED'];

/**
 * Per account: one adopted metric, three stakeholders, and a goal tree four levels deep
 * (a few roots, more goals at each level down); a third of the goals have a measure.
 */
function goalTrees(accountIds: string[], perAccount: number, next: () => number) {
  const byAccount = new Map<string, FixtureGoal[]>();
  const goals: Array<[string, string, string | null, string, string, string[], string, string | null, string]> = [];
  const measures: Array<[string, string, string, string, number, number, string, string]> = [];
  const metrics: Array<[string, string, string, string]> = [];
  const stakeholders: Array<[string, string, string]> = [];
  const start = Date.parse('2026-02-01T00:00:00Z');
  for (const accountId of accountIds) {
    const metricId = randomUUID();
    const metric = { name: 'Orders shipped on time', unit: '%' };
    metrics.push([metricId, accountId, metric.name, metric.unit]);
    const people = Array.from({ length: 3 }, () => ({
      id: randomUUID(),
      name: `${FIRST[Math.floor(next() * FIRST.length)]} ${LAST[Math.floor(next() * LAST.length)]}`,
    }));
    for (const person of people) stakeholders.push([person.id, accountId, person.name]);
    const tree: FixtureGoal[] = [];
    let previousLevel: FixtureGoal[] = [];
    for (const [depth, share] of LEVEL_SHAPE.entries()) {
      const count =
        depth === LEVEL_SHAPE.length - 1 ? perAccount - tree.length : Math.max(1, Math.round(perAccount * share));
      const level: FixtureGoal[] = [];
      for (let index = 0; index < count; index++) {
        const individual = depth === LEVEL_SHAPE.length - 1 && index % 2 === 0;
        const owner = individual || index % 3 === 0 ? people[index % people.length]! : null;
        const withMeasure = (tree.length + index) % 3 === 0;
        const goal: FixtureGoal = {
          id: randomUUID(),
          parentId: depth === 0 ? null : previousLevel[index % previousLevel.length]!.id,
          title: `Goal ${depth + 1}.${index + 1} for “${owner?.name ?? 'the team'}”`,
          level: individual ? 'INDIVIDUAL' : 'COLLECTIVE',
          categories: CATEGORY_SETS[(index + depth) % CATEGORY_SETS.length]!,
          status: STATUSES[(index * 7 + depth) % STATUSES.length]!,
          ownerName: owner?.name ?? null,
          measure: withMeasure
            ? {
                baseline: 60 + (index % 10),
                target: 90 + (index % 7) / 2,
                dueDate: `2027-0${1 + (index % 9)}-15`,
                ambition: index % 4 === 0 ? 'EXCEPTIONAL' : 'GOOD_ENOUGH',
                ...{ metricName: metric.name, unit: metric.unit },
              }
            : null,
        };
        level.push(goal);
        goals.push([
          goal.id,
          accountId,
          goal.parentId,
          goal.title,
          goal.level,
          goal.categories,
          goal.status,
          owner?.id ?? null,
          new Date(start + (tree.length + level.length) * 60_000).toISOString(),
        ]);
        if (goal.measure) {
          measures.push([
            randomUUID(),
            accountId,
            goal.id,
            metricId,
            goal.measure.baseline,
            goal.measure.target,
            goal.measure.dueDate,
            goal.measure.ambition,
          ]);
        }
      }
      tree.push(...level);
      previousLevel = level;
    }
    byAccount.set(accountId, tree);
  }
  const columns = <T extends unknown[]>(rows: T[], count: number) =>
    Array.from({ length: count }, (_, column) => rows.map((row) => row[column]));
  return {
    byAccount,
    goals,
    async insert(owner: pg.Client) {
      await owner.query(
        `INSERT INTO metric_definitions (id, account_id, key, name, unit, direction, kind, indicator, aggregation)
         SELECT id, account_id, 'on_time_orders', name, unit, 'HIGHER_IS_BETTER', 'OPERATIONAL', 'LEADING', 'AVG'
           FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[]) AS t(id, account_id, name, unit)`,
        columns(metrics, 4),
      );
      await owner.query(
        `INSERT INTO stakeholders (id, account_id, name, stakeholder_group, centres, influence, status)
         SELECT id, account_id, name, 'MANAGEMENT', '{BUYING}', 4, 'ACTIVE'
           FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS t(id, account_id, name)`,
        columns(stakeholders, 3),
      );
      // Parents are inserted before their children: the rows are in level order.
      await owner.query(
        `INSERT INTO goals (id, account_id, parent_id, title, level, categories, status, owner_stakeholder_id, created_at, updated_at)
         SELECT id, account_id, parent_id, title, level, string_to_array(categories, ','), status, owner, created_at, created_at
           FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::uuid[], $9::timestamptz[])
             AS t(id, account_id, parent_id, title, level, categories, status, owner, created_at)`,
        (() => {
          const [ids, accounts, parents, titles, levels, categories, statuses, owners, created] = columns(goals, 9);
          return [
            ids,
            accounts,
            parents,
            titles,
            levels,
            categories!.map((set) => (set as string[]).join(',')),
            statuses,
            owners,
            created,
          ];
        })(),
      );
      await owner.query(
        `INSERT INTO goal_measures (id, account_id, goal_id, metric_definition_id, baseline, target, due_date, ambition)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::float8[], $6::float8[], $7::date[], $8::text[])`,
        columns(measures, 8),
      );
    },
  };
}
