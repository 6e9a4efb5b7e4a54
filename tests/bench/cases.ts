import { OUTCOME_TYPES, ViewerType, toGlobalId, type QueryFields } from './baseline-schema.js';
import type { BenchSession, Fixture, FixtureGoal } from './fixture.js';

/**
 * One benchmarked request shape. The project and the baseline answer the same query;
 * every response is checked against `expectedData` for the session that sent it.
 */
export interface BenchCase {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  /** The signed-in sessions the load rotates over. */
  sessions(fixture: Fixture): BenchSession[];
  /** The `data` both servers must return for this session. */
  expectedData(session: BenchSession, fixture: Fixture): unknown;
  /** The root fields this case adds to the baseline's Query type. */
  baseline: { queryFields: QueryFields };
  /** What the issue that added the case asks: the project/baseline ratio, and peak RSS. */
  targets: { ratio: number; rssMb?: number };
}

export const cases: BenchCase[] = [
  {
    name: 'viewer',
    operationName: 'Viewer',
    query: 'query Viewer { viewer { user { id name email } account { id name journeyPhase } } }',
    sessions: (fixture) => fixture.customerSessions,
    targets: { ratio: 0.7, rssMb: 250 },
    expectedData: ({ user, account }) => ({
      viewer: {
        user: { id: toGlobalId('User', user.id), name: user.name, email: user.email },
        account: account
          ? { id: toGlobalId('Account', account.id), name: account.name, journeyPhase: account.journeyPhase }
          : null,
      },
    }),
    baseline: {
      queryFields: {
        viewer: {
          type: ViewerType,
          description: 'The signed-in user; null when signed out.',
          resolve: (_root, _args, ctx) => (ctx.caller ? {} : null),
        },
      },
    },
  },
  {
    name: 'goal-tree',
    operationName: 'GoalTree',
    query: `query GoalTree { viewer { account { goalTree { id title level status depth categories outcomeTypes
      parent { id } owner { name } measure { baseline target dueDate ambition metric { name unit } } } } } }`,
    sessions: (fixture) => fixture.customerSessions,
    targets: { ratio: 0.7 },
    expectedData: ({ account }, fixture) => ({
      viewer: { account: { goalTree: expectedTree(fixture.goalsByAccount.get(account!.id) ?? []) } },
    }),
    // Answered by the Account type's goalTree field; the viewer field comes from the case above.
    baseline: { queryFields: {} },
  },
];

/** The tree as the API orders it: parents first, depth-first, siblings oldest first. */
function expectedTree(goals: FixtureGoal[]) {
  const children = new Map<string | null, FixtureGoal[]>();
  for (const goal of goals) children.set(goal.parentId, [...(children.get(goal.parentId) ?? []), goal]);
  const ordered: unknown[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const goal of children.get(parent) ?? []) {
      ordered.push({
        id: toGlobalId('Goal', goal.id),
        title: goal.title,
        level: goal.level,
        status: goal.status,
        depth,
        categories: goal.categories,
        outcomeTypes: goal.categories.map((category) => OUTCOME_TYPES[goal.level]![category]),
        parent: goal.parentId ? { id: toGlobalId('Goal', goal.parentId) } : null,
        owner: goal.ownerName ? { name: goal.ownerName } : null,
        measure: goal.measure && {
          baseline: goal.measure.baseline,
          target: goal.measure.target,
          dueDate: goal.measure.dueDate,
          ambition: goal.measure.ambition,
          metric: { name: goal.measure.metricName, unit: goal.measure.unit },
        },
      });
      visit(goal.id, depth + 1);
    }
  };
  visit(null, 1);
  return ordered;
}
