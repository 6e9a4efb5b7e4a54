import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.d.ts';

/** Typed GraphQL documents, checked against schema/schema.graphql. */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { DateTime: string; ID: string };
}>();

export { readFragment } from 'gql.tada';
export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';

export type Role = ReturnType<typeof graphql.scalar<'Role'>>;
export type JourneyPhase = ReturnType<typeof graphql.scalar<'JourneyPhase'>>;
export type InvitationStatus = ReturnType<typeof graphql.scalar<'InvitationStatus'>>;
export type MailStatus = ReturnType<typeof graphql.scalar<'MailStatus'>>;

/** The shape every mutation payload's `errors` list has. */
export const UserErrorFragment = graphql(`
  fragment UserErrorFields on UserError @_unmask {
    field
    code
    message
  }
`);
