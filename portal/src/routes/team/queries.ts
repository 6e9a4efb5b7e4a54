import { graphql, UserErrorFragment } from '../../graphql/graphql.ts';

export const MemberFragment = graphql(`
  fragment Member on Membership {
    id
    role
    createdAt
    user {
      id
      name
      email
    }
  }
`);

export const InvitationRowFragment = graphql(`
  fragment InvitationRow on Invitation {
    id
    email
    role
    status
    invitedByName
    createdAt
    expiresAt
    account {
      id
      name
    }
  }
`);

/** The members of one account (customer admins: their own; provider staff: any they serve). */
export const AccountMembersQuery = graphql(
  `
    query AccountMembers($accountId: ID!, $first: Int!, $after: String) {
      node(id: $accountId) {
        __typename
        ... on Account {
          id
          members(first: $first, after: $after) {
            totalCount
            pageInfo {
              hasNextPage
              endCursor
            }
            nodes {
              id
              ...Member
            }
          }
        }
      }
    }
  `,
  [MemberFragment],
);

/** The provider's staff (provider admins). */
export const StaffMembersQuery = graphql(
  `
    query StaffMembers($first: Int!, $after: String) {
      viewer {
        staff(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            id
            ...Member
          }
        }
      }
    }
  `,
  [MemberFragment],
);

export const AccountInvitationsQuery = graphql(
  `
    query AccountInvitations($accountId: ID!, $first: Int!, $after: String) {
      node(id: $accountId) {
        __typename
        ... on Account {
          id
          invitations(first: $first, after: $after, pendingOnly: true) {
            totalCount
            pageInfo {
              hasNextPage
              endCursor
            }
            nodes {
              id
              ...InvitationRow
            }
          }
        }
      }
    }
  `,
  [InvitationRowFragment],
);

export const StaffInvitationsQuery = graphql(
  `
    query StaffInvitations($first: Int!, $after: String) {
      viewer {
        staffInvitations(first: $first, after: $after, pendingOnly: true) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            id
            ...InvitationRow
          }
        }
      }
    }
  `,
  [InvitationRowFragment],
);

/** Accounts a provider admin can invite a customer user to. */
export const InviteAccountChoicesQuery = graphql(`
  query InviteAccountChoices {
    viewer {
      accounts(first: 100) {
        nodes {
          id
          name
        }
      }
    }
  }
`);

export const UpdateMembershipMutation = graphql(
  `
    mutation UpdateMembership($input: UpdateMembershipInput!) {
      updateMembership(input: $input) {
        membership {
          id
          ...Member
        }
        errors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFragment, MemberFragment],
);

export const InviteUserMutation = graphql(
  `
    mutation InviteUser($input: InviteUserInput!) {
      inviteUser(input: $input) {
        invitation {
          id
          email
          ...InvitationRow
        }
        errors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFragment, InvitationRowFragment],
);

export const RevokeInvitationMutation = graphql(
  `
    mutation RevokeInvitation($input: RevokeInvitationInput!) {
      revokeInvitation(input: $input) {
        invitation {
          id
          ...InvitationRow
        }
        errors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFragment, InvitationRowFragment],
);
