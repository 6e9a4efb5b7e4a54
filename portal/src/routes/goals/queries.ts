import { graphql, UserErrorFragment, type ResultOf } from '../../graphql/graphql.ts';

/** A measure as goal cards and pages show it. */
export const GoalMeasureFragment = graphql(`
  fragment GoalMeasureFields on GoalMeasure @_unmask {
    id
    baseline
    target
    dueDate
    ambition
    metric {
      id
      name
      unit
      kind
      direction
    }
  }
`);

/** What a goal's card in the tree shows. */
export const GoalCardFragment = graphql(
  `
    fragment GoalCard on Goal {
      id
      title
      status
      statusReason
      level
      categories
      outcomeTypes
      dimensions
      endorsementCount
      proposedByName
      owner {
        id
        name
      }
      measure {
        ...GoalMeasureFields
      }
      conflicts {
        id
        status
      }
    }
  `,
  [GoalMeasureFragment],
);

/** The whole tree of an account's goals in one request, and its open conflicts. */
export const GoalTreeQuery = graphql(
  `
    query GoalTree($accountId: ID!) {
      node(id: $accountId) {
        __typename
        ... on Account {
          id
          goalTree {
            id
            title
            description
            status
            depth
            version
            proposedByName
            parent {
              id
              title
            }
            ...GoalCard
          }
          goalConflicts(status: OPEN, first: 20) {
            totalCount
            nodes {
              id
              description
              goalA {
                id
                title
              }
              goalB {
                id
                title
              }
            }
          }
        }
      }
    }
  `,
  [GoalCardFragment],
);

/** Goals to choose from: parents, a conflicting goal, the next goal. */
export const GoalChoicesQuery = graphql(`
  query GoalChoices($accountId: ID!) {
    node(id: $accountId) {
      __typename
      ... on Account {
        id
        goalTree {
          id
          title
          status
          level
          depth
          parent {
            id
          }
        }
      }
    }
  }
`);

/** A conflict between two goals, and how it was handled. */
export const GoalConflictFragment = graphql(`
  fragment GoalConflictFields on GoalConflict {
    id
    status
    description
    createdAt
    raisedByName
    handling
    resolutionNote
    resolvedAt
    resolvedByName
    prioritizedGoal {
      id
      title
    }
    goalA {
      id
      title
      status
    }
    goalB {
      id
      title
      status
    }
  }
`);

/** Everything a goal's page shows. */
export const GoalDetailQuery = graphql(
  `
    query GoalDetail($id: ID!) {
      node(id: $id) {
        __typename
        ... on Goal {
          id
          title
          description
          status
          statusReason
          level
          categories
          outcomeTypes
          dimensions
          suggestedMetricKinds
          version
          viewerCanEdit
          viewerEndorses
          proposedByName
          createdAt
          updatedAt
          achievedAt
          depth
          account {
            id
          }
          parent {
            id
            title
            status
          }
          ancestors {
            id
            title
          }
          children {
            id
            title
            status
            level
          }
          owner {
            id
            name
          }
          measure {
            ...GoalMeasureFields
          }
          endorsementCount
          endorsements {
            id
            createdAt
            endorsedByName
            stakeholder {
              id
              name
              title
            }
          }
          conflicts {
            id
            ...GoalConflictFields
          }
        }
      }
    }
  `,
  [GoalMeasureFragment, GoalConflictFragment],
);

/** What the goal form picks from: owners, metrics (the account's and the provider's templates), parents. */
export const GoalFormChoicesQuery = graphql(`
  query GoalFormChoices($accountId: ID!) {
    viewer {
      metricTemplates(first: 100) {
        nodes {
          id
          name
          unit
          kind
          direction
          description
        }
      }
    }
    node(id: $accountId) {
      __typename
      ... on Account {
        id
        stakeholders(first: 100, status: [ACTIVE]) {
          nodes {
            id
            name
            title
            user {
              id
            }
          }
        }
        metricDefinitions(first: 100) {
          nodes {
            id
            name
            unit
            kind
            direction
            description
            template {
              id
            }
          }
        }
        goalTree {
          id
          title
          status
          depth
          parent {
            id
          }
        }
      }
    }
  }
`);

/** Whether the account has a success plan, and what it still lacks. */
export const SuccessPlanQuery = graphql(`
  query SuccessPlan($accountId: ID!) {
    node(id: $accountId) {
      __typename
      ... on Account {
        id
        successPlan {
          hasSuccessPlan
          activeGoals
          plannedGoals
          proposedGoals
          gaps {
            code
            message
          }
        }
      }
    }
  }
`);

/** What a goal mutation gives back: enough to move on, and to refresh what shows it. */
const GoalResultFragment = graphql(`
  fragment GoalResult on Goal @_unmask {
    id
    title
    status
    version
    parent {
      id
    }
  }
`);

export const CreateGoalMutation = graphql(
  `
    mutation CreateGoal($input: CreateGoalInput!) {
      createGoal(input: $input) {
        goal {
          ...GoalResult
        }
        errors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFragment, GoalResultFragment],
);

export const ProposeGoalMutation = graphql(
  `
    mutation ProposeGoal($input: CreateGoalInput!) {
      proposeGoal(input: $input) {
        goal {
          ...GoalResult
        }
        errors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFragment, GoalResultFragment],
);

export const UpdateGoalMutation = graphql(
  `
    mutation UpdateGoal($input: UpdateGoalInput!) {
      updateGoal(input: $input) {
        goal {
          ...GoalResult
        }
        errors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFragment, GoalResultFragment],
);

export const AcceptGoalMutation = graphql(
  `
    mutation AcceptGoal($input: AcceptGoalInput!) {
      acceptGoal(input: $input) {
        goal {
          ...GoalResult
        }
        errors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFragment, GoalResultFragment],
);

export const DeclineGoalMutation = graphql(
  `
    mutation DeclineGoal($input: DeclineGoalInput!) {
      declineGoal(input: $input) {
        goal {
          ...GoalResult
          statusReason
        }
        errors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFragment, GoalResultFragment],
);

export const SetGoalStatusMutation = graphql(
  `
    mutation SetGoalStatus($input: SetGoalStatusInput!) {
      setGoalStatus(input: $input) {
        goal {
          ...GoalResult
          statusReason
        }
        errors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFragment, GoalResultFragment],
);

export const SetGoalMeasureMutation = graphql(
  `
    mutation SetGoalMeasure($input: SetGoalMeasureInput!) {
      setGoalMeasure(input: $input) {
        goal {
          ...GoalResult
          measure {
            ...GoalMeasureFields
          }
        }
        errors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFragment, GoalResultFragment, GoalMeasureFragment],
);

export const EndorseGoalMutation = graphql(
  `
    mutation EndorseGoal($input: EndorseGoalInput!) {
      endorseGoal(input: $input) {
        goal {
          ...GoalResult
          endorsementCount
          viewerEndorses
        }
        errors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFragment, GoalResultFragment],
);

export const WithdrawEndorsementMutation = graphql(
  `
    mutation WithdrawEndorsement($input: EndorseGoalInput!) {
      withdrawEndorsement(input: $input) {
        goal {
          ...GoalResult
          endorsementCount
          viewerEndorses
        }
        errors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFragment, GoalResultFragment],
);

export const CreateGoalConflictMutation = graphql(
  `
    mutation CreateGoalConflict($input: CreateGoalConflictInput!) {
      createGoalConflict(input: $input) {
        conflict {
          id
          status
        }
        errors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFragment],
);

export const ResolveGoalConflictMutation = graphql(
  `
    mutation ResolveGoalConflict($input: ResolveGoalConflictInput!) {
      resolveGoalConflict(input: $input) {
        conflict {
          id
          status
          handling
        }
        errors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFragment],
);

export type GoalDetail = Extract<NonNullable<ResultOf<typeof GoalDetailQuery>['node']>, { __typename: 'Goal' }>;
