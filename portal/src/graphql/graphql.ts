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
export type GoalLevel = ReturnType<typeof graphql.scalar<'GoalLevel'>>;
export type GoalStatus = ReturnType<typeof graphql.scalar<'GoalStatus'>>;
export type ValueCategory = ReturnType<typeof graphql.scalar<'ValueCategory'>>;
export type ValueDimension = ReturnType<typeof graphql.scalar<'ValueDimension'>>;
export type OutcomeType = ReturnType<typeof graphql.scalar<'OutcomeType'>>;
export type Ambition = ReturnType<typeof graphql.scalar<'Ambition'>>;
export type ConflictHandling = ReturnType<typeof graphql.scalar<'ConflictHandling'>>;
export type ConflictStatus = ReturnType<typeof graphql.scalar<'ConflictStatus'>>;
export type MetricKind = ReturnType<typeof graphql.scalar<'MetricKind'>>;
export type MetricDirection = ReturnType<typeof graphql.scalar<'MetricDirection'>>;
export type MetricIndicator = ReturnType<typeof graphql.scalar<'MetricIndicator'>>;
export type MetricAggregation = ReturnType<typeof graphql.scalar<'MetricAggregation'>>;
export type StakeholderGroup = ReturnType<typeof graphql.scalar<'StakeholderGroup'>>;
export type StakeholderCentre = ReturnType<typeof graphql.scalar<'StakeholderCentre'>>;
export type StakeholderStatus = ReturnType<typeof graphql.scalar<'StakeholderStatus'>>;
export type SuccessPlanGapCode = ReturnType<typeof graphql.scalar<'SuccessPlanGapCode'>>;

/** The shape every mutation payload's `errors` list has. */
export const UserErrorFragment = graphql(`
  fragment UserErrorFields on UserError @_unmask {
    field
    code
    message
  }
`);
