import { ViewerType, toGlobalId, type QueryFields } from './baseline-schema.js';
import type { BenchSession, Fixture } from './fixture.js';

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
}

export const cases: BenchCase[] = [
  {
    name: 'viewer',
    operationName: 'Viewer',
    query: 'query Viewer { viewer { user { id name email } account { id name journeyPhase } } }',
    sessions: (fixture) => fixture.customerSessions,
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
];
