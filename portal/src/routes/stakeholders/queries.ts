import { graphql, UserErrorFragment, type ResultOf } from '../../graphql/graphql.ts';

/** A stakeholder as the list and the map show them. */
export const StakeholderFragment = graphql(`
  fragment StakeholderCard on Stakeholder @_unmask {
    id
    name
    title
    group
    centres
    influence
    status
    statusReason
    proposedByName
    version
    user {
      id
      name
    }
    ownedGoals {
      id
      title
      status
    }
    endorsements {
      id
      goal {
        id
        title
        status
      }
    }
  }
`);

export type StakeholderCard = ResultOf<typeof StakeholderFragment>;

/** An account's stakeholders: active, suggested, and declined suggestions (with why). */
export const StakeholdersQuery = graphql(
  `
    query Stakeholders($accountId: ID!, $first: Int!, $after: String) {
      node(id: $accountId) {
        __typename
        ... on Account {
          id
          stakeholders(first: $first, after: $after, status: [PROPOSED, ACTIVE, DECLINED]) {
            totalCount
            pageInfo {
              hasNextPage
              endCursor
            }
            nodes {
              ...StakeholderCard
            }
          }
        }
      }
    }
  `,
  [StakeholderFragment],
);

/** The account's users, to link one to a stakeholder (customer admins). */
export const LinkableUsersQuery = graphql(`
  query LinkableUsers($accountId: ID!) {
    node(id: $accountId) {
      __typename
      ... on Account {
        id
        members(first: 100) {
          nodes {
            id
            user {
              id
              name
              email
            }
          }
        }
      }
    }
  }
`);

export const CreateStakeholderMutation = graphql(
  `
    mutation CreateStakeholder($input: CreateStakeholderInput!) {
      createStakeholder(input: $input) {
        stakeholder {
          ...StakeholderCard
        }
        errors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFragment, StakeholderFragment],
);

export const UpdateStakeholderMutation = graphql(
  `
    mutation UpdateStakeholder($input: UpdateStakeholderInput!) {
      updateStakeholder(input: $input) {
        stakeholder {
          ...StakeholderCard
        }
        errors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFragment, StakeholderFragment],
);

export const AcceptStakeholderMutation = graphql(
  `
    mutation AcceptStakeholder($input: StakeholderIdInput!) {
      acceptStakeholder(input: $input) {
        stakeholder {
          id
          name
          status
          version
        }
        errors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFragment],
);

export const DeclineStakeholderMutation = graphql(
  `
    mutation DeclineStakeholder($input: DeclineStakeholderInput!) {
      declineStakeholder(input: $input) {
        stakeholder {
          id
          name
          status
          statusReason
          version
        }
        errors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFragment],
);

export const ArchiveStakeholderMutation = graphql(
  `
    mutation ArchiveStakeholder($input: StakeholderIdInput!) {
      archiveStakeholder(input: $input) {
        stakeholder {
          id
          name
          status
          version
        }
        errors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFragment],
);
