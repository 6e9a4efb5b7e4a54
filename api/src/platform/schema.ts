import { DateTimeResolver } from 'graphql-scalars';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { AccountResolver } from '../modules/accounts/account.resolver.js';
import { ChangeLogEntryResolver } from '../modules/changelog/changelog.resolver.js';
import { IdentityResolver, MembershipResolver } from '../modules/identity/identity.resolver.js';
import { InvitationResolver } from '../modules/invitations/invitation.resolver.js';
import {
  AccountGoalsResolver,
  GoalConflictResolver,
  GoalEndorsementResolver,
  GoalMeasureResolver,
  GoalResolver,
  StakeholderGoalsResolver,
} from '../modules/goals/goal.resolver.js';
import {
  AccountMetricsResolver,
  MetricDefinitionResolver,
  ViewerMetricsResolver,
} from '../modules/metrics/metric.resolver.js';
import { AccountStakeholdersResolver, StakeholderResolver } from '../modules/stakeholders/stakeholder.resolver.js';
import { NodeResolver } from '../modules/node/node.resolver.js';
import { NotificationResolver, ViewerNotificationsResolver } from '../modules/notifications/notification.resolver.js';
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
      MetricDefinitionResolver,
      AccountMetricsResolver,
      ViewerMetricsResolver,
      StakeholderResolver,
      AccountStakeholdersResolver,
      GoalResolver,
      GoalMeasureResolver,
      GoalEndorsementResolver,
      GoalConflictResolver,
      AccountGoalsResolver,
      StakeholderGoalsResolver,
      NotificationResolver,
      ViewerNotificationsResolver,
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
