import {
  GraphQLEnumType,
  GraphQLID,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLString,
  type GraphQLFieldConfigMap,
} from 'graphql';

/**
 * The baseline's hand-written GraphQL types: the same names, fields and nullability as the
 * project's schema for the fields the cases ask for, resolved with hand-written SQL.
 */

/** The caller, as `ascent_private.authenticate` returned it; its scope is set on the transaction. */
export interface BaselineCaller {
  userId: string;
  userName: string;
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

export const AccountType = new GraphQLObjectType<AccountRow, BaselineContext>({
  name: 'Account',
  fields: {
    id: globalId('Account'),
    name: { type: new GraphQLNonNull(GraphQLString) },
    journeyPhase: { type: new GraphQLNonNull(JourneyPhaseType) },
  },
});

/** The viewer's user and own account in one statement; row-level security decides what is seen. */
function viewerRow(ctx: BaselineContext) {
  const caller = ctx.caller;
  if (!caller) throw new Error('The viewer fields need a signed-in caller.');
  return ctx.once('viewer', async () => {
    const [row] = await ctx.query<{
      user_id: string | null;
      user_name: string;
      user_email: string;
      account_id: string | null;
      account_name: string;
      account_journey_phase: string;
    }>(
      `SELECT u.id AS user_id, u.name AS user_name, u.email AS user_email,
              a.id AS account_id, a.name AS account_name, a.journey_phase AS account_journey_phase
         FROM (SELECT 1) AS one
         LEFT JOIN users u ON u.id = $1
         LEFT JOIN accounts a ON a.id = $2`,
      [caller.userId, caller.accountId],
    );
    return {
      user: row?.user_id ? { id: row.user_id, name: row.user_name, email: row.user_email } : null,
      account: row?.account_id
        ? { id: row.account_id, name: row.account_name, journeyPhase: row.account_journey_phase }
        : null,
    };
  });
}

export const ViewerType = new GraphQLObjectType<object, BaselineContext>({
  name: 'Viewer',
  fields: {
    user: {
      type: new GraphQLNonNull(UserType),
      resolve: async (_viewer, _args, ctx) => (await viewerRow(ctx)).user,
    },
    account: {
      type: AccountType,
      resolve: async (_viewer, _args, ctx) => (await viewerRow(ctx)).account,
    },
  },
});

export type QueryFields = GraphQLFieldConfigMap<unknown, BaselineContext>;
