import {
  GraphQLEnumType,
  GraphQLFloat,
  GraphQLID,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLString,
  type GraphQLFieldConfigMap,
  type GraphQLOutputType,
} from 'graphql';

/**
 * The baseline's hand-written GraphQL types: the same names, fields and nullability as the
 * project's schema for the fields the cases ask for, resolved with hand-written SQL.
 */

/** The caller, as `ascent_private.authenticate` returned it; its scope is set on the transaction. */
export interface BaselineCaller {
  userId: string;
  userName: string;
  userEmail: string;
  role: string;
  accountId: string | null;
  accountIds: string[];
}

export interface BaselineContext {
  caller: BaselineCaller | null;
  /** A query in the request's transaction, under row-level security as the app role. */
  query<Row>(text: string, values: unknown[]): Promise<Row[]>;
  /** Runs `load` once per request and key: resolvers that share one query use it. */
  once<T>(key: string, load: () => Promise<T>): Promise<T>;
}

/** Global ids as the project builds them: base64url of `TypeName:uuid`. */
export const toGlobalId = (typeName: string, id: string) =>
  Buffer.from(`${typeName}:${id}`, 'utf8').toString('base64url');

const globalId = (typeName: string) => ({
  type: new GraphQLNonNull(GraphQLID),
  resolve: (row: { id: string }) => toGlobalId(typeName, row.id),
});

export const JourneyPhaseType = new GraphQLEnumType({
  name: 'JourneyPhase',
  values: {
    TRIGGER: { value: 'TRIGGER' },
    ORIENTATION: { value: 'ORIENTATION' },
    PURCHASE: { value: 'PURCHASE' },
    IMPLEMENTATION: { value: 'IMPLEMENTATION' },
    EVALUATION: { value: 'EVALUATION' },
  },
});

export interface UserRow {
  id: string;
  name: string;
  email: string;
}

export const UserType = new GraphQLObjectType<UserRow, BaselineContext>({
  name: 'User',
  fields: {
    id: globalId('User'),
    name: { type: new GraphQLNonNull(GraphQLString) },
    email: { type: new GraphQLNonNull(GraphQLString) },
  },
});

export interface AccountRow {
  id: string;
  name: string;
  journeyPhase: string;
}

const enumOf = (name: string, values: string[]) =>
  new GraphQLEnumType({ name, values: Object.fromEntries(values.map((value) => [value, { value }])) });
const nonNull = (type: GraphQLOutputType) => ({ type: new GraphQLNonNull(type) });
const listOf = (type: GraphQLOutputType) => nonNull(new GraphQLList(new GraphQLNonNull(type)));

const GoalLevelType = enumOf('GoalLevel', ['COLLECTIVE', 'INDIVIDUAL']);
const ValueCategoryType = enumOf('ValueCategory', ['RELIEVING', 'ENABLING', 'ENRICHING']);
const OutcomeTypeType = enumOf('OutcomeType', [
  'EFFICIENCY',
  'DIFFERENTIATION',
  'ASSOCIATION',
  'CONVENIENCE',
  'EMPOWERMENT',
  'RELATIONSHIP',
]);
const GoalStatusType = enumOf('GoalStatus', ['PROPOSED', 'ACTIVE', 'AT_RISK', 'ACHIEVED', 'ABANDONED', 'DECLINED']);
const AmbitionType = enumOf('Ambition', ['GOOD_ENOUGH', 'EXCEPTIONAL']);

export const OUTCOME_TYPES: Record<string, Record<string, string>> = {
  COLLECTIVE: { RELIEVING: 'EFFICIENCY', ENABLING: 'DIFFERENTIATION', ENRICHING: 'ASSOCIATION' },
  INDIVIDUAL: { RELIEVING: 'CONVENIENCE', ENABLING: 'EMPOWERMENT', ENRICHING: 'RELATIONSHIP' },
};

/** A goal row as the baseline's one joined query returns it. */
export interface GoalRow {
  id: string;
  parent_id: string | null;
  title: string;
  level: string;
  categories: string[];
  status: string;
  owner_name: string | null;
  baseline: number | null;
  target: number | null;
  due_date: string | null;
  ambition: string | null;
  metric_name: string | null;
  unit: string | null;
  depth: number;
}

const MetricDefinitionType = new GraphQLObjectType<GoalRow, BaselineContext>({
  name: 'MetricDefinition',
  fields: {
    name: { type: new GraphQLNonNull(GraphQLString), resolve: (row) => row.metric_name },
    unit: { type: new GraphQLNonNull(GraphQLString), resolve: (row) => row.unit },
  },
});

const GoalMeasureType = new GraphQLObjectType<GoalRow, BaselineContext>({
  name: 'GoalMeasure',
  fields: {
    baseline: nonNull(GraphQLFloat),
    target: nonNull(GraphQLFloat),
    dueDate: { type: GraphQLString, resolve: (row) => row.due_date },
    ambition: nonNull(AmbitionType),
    metric: { type: new GraphQLNonNull(MetricDefinitionType), resolve: (row) => row },
  },
});

const StakeholderType = new GraphQLObjectType<{ name: string }, BaselineContext>({
  name: 'Stakeholder',
  fields: { name: nonNull(GraphQLString) },
});

const GoalType: GraphQLObjectType<GoalRow, BaselineContext> = new GraphQLObjectType<GoalRow, BaselineContext>({
  name: 'Goal',
  fields: () => ({
    id: globalId('Goal'),
    title: nonNull(GraphQLString),
    level: nonNull(GoalLevelType),
    status: nonNull(GoalStatusType),
    depth: nonNull(GraphQLInt),
    categories: listOf(ValueCategoryType),
    outcomeTypes: {
      ...listOf(OutcomeTypeType),
      resolve: (row) => row.categories.map((category) => OUTCOME_TYPES[row.level]![category]),
    },
    // Only the parent's id is asked for: no need to look the parent up.
    parent: { type: GoalType, resolve: (row) => (row.parent_id ? ({ id: row.parent_id } as GoalRow) : null) },
    owner: { type: StakeholderType, resolve: (row) => (row.owner_name ? { name: row.owner_name } : null) },
    measure: { type: GoalMeasureType, resolve: (row) => (row.baseline === null ? null : row) },
  }),
});

/** The whole tree in one joined query, ordered parents-first in memory like the project. */
async function goalTree(account: AccountRow, ctx: BaselineContext): Promise<GoalRow[]> {
  const rows = await ctx.query<GoalRow>(
    `SELECT g.id, g.parent_id, g.title, g.level, g.categories, g.status, s.name AS owner_name,
            m.baseline, m.target, m.due_date::text AS due_date, m.ambition, md.name AS metric_name, md.unit
       FROM goals g
       LEFT JOIN stakeholders s ON s.account_id = g.account_id AND s.id = g.owner_stakeholder_id
       LEFT JOIN goal_measures m ON m.account_id = g.account_id AND m.goal_id = g.id
       LEFT JOIN metric_definitions md ON md.account_id = m.account_id AND md.id = m.metric_definition_id
      WHERE g.account_id = $1
      ORDER BY g.created_at, g.id`,
    [account.id],
  );
  const children = new Map<string | null, GoalRow[]>();
  for (const row of rows) {
    const siblings = children.get(row.parent_id) ?? [];
    siblings.push(row);
    children.set(row.parent_id, siblings);
  }
  const ordered: GoalRow[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const row of children.get(parent) ?? []) {
      ordered.push(Object.assign(row, { depth }));
      visit(row.id, depth + 1);
    }
  };
  visit(null, 1);
  return ordered;
}

export const AccountType = new GraphQLObjectType<AccountRow, BaselineContext>({
  name: 'Account',
  fields: {
    id: globalId('Account'),
    name: { type: new GraphQLNonNull(GraphQLString) },
    journeyPhase: { type: new GraphQLNonNull(JourneyPhaseType) },
    goalTree: { ...listOf(GoalType), resolve: (account, _args, ctx) => goalTree(account, ctx) },
  },
});

/** The viewer's own account; row-level security decides whether it is seen. */
function viewerAccount(ctx: BaselineContext) {
  const caller = ctx.caller;
  if (!caller) throw new Error('The viewer fields need a signed-in caller.');
  if (!caller.accountId) return Promise.resolve(null);
  return ctx.once('viewer.account', async () => {
    const [row] = await ctx.query<{ id: string; name: string; journey_phase: string }>(
      'SELECT id, name, journey_phase FROM accounts WHERE id = $1',
      [caller.accountId],
    );
    return row ? { id: row.id, name: row.name, journeyPhase: row.journey_phase } : null;
  });
}

export const ViewerType = new GraphQLObjectType<object, BaselineContext>({
  name: 'Viewer',
  fields: {
    user: {
      type: new GraphQLNonNull(UserType),
      // authenticate() returns the caller's own user record.
      resolve: (_viewer, _args, ctx) =>
        ctx.caller && { id: ctx.caller.userId, name: ctx.caller.userName, email: ctx.caller.userEmail },
    },
    account: {
      type: AccountType,
      resolve: (_viewer, _args, ctx) => viewerAccount(ctx),
    },
  },
});

export type QueryFields = GraphQLFieldConfigMap<unknown, BaselineContext>;
