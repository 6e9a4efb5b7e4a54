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

export const AccountType = new GraphQLObjectType<AccountRow, BaselineContext>({
  name: 'Account',
  fields: {
    id: globalId('Account'),
    name: { type: new GraphQLNonNull(GraphQLString) },
    journeyPhase: { type: new GraphQLNonNull(JourneyPhaseType) },
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
