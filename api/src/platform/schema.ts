import { DateTimeResolver } from 'graphql-scalars';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { AccountResolver } from '../modules/accounts/account.resolver.js';
import { ChangeLogEntryResolver } from '../modules/changelog/changelog.resolver.js';
import { IdentityResolver, MembershipResolver } from '../modules/identity/identity.resolver.js';
import { InvitationResolver } from '../modules/invitations/invitation.resolver.js';
import { NodeResolver } from '../modules/node/node.resolver.js';
import { ViewerResolver } from '../modules/viewer/viewer.resolver.js';

let schema: GraphQLSchema | undefined;

export function buildAppSchema(): GraphQLSchema {
  schema ??= buildSchemaSync({
    resolvers: [
      NodeResolver,
      ViewerResolver,
      IdentityResolver,
      MembershipResolver,
      AccountResolver,
      InvitationResolver,
      ChangeLogEntryResolver,
    ],
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validate: false,
    emitSchemaFile: false,
  });
  return schema;
}

/** The committed contract: the SDL, sorted so that reordering code changes nothing. */
export function printAppSchema(): string {
  return `${printSchema(lexicographicSortSchema(buildAppSchema()))}\n`;
}
