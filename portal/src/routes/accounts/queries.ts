import { graphql, UserErrorFragment } from '../../graphql/graphql.ts';

/** What a list of accounts shows per row. */
export const AccountSummaryFragment = graphql(`
  fragment AccountSummary on Account {
    id
    name
    journeyPhase
    renewalDate
    csm {
      id
      name
    }
    members(first: 1) {
      totalCount
    }
  }
`);

/** What an account's home shows. */
export const AccountDetailsFragment = graphql(`
  fragment AccountDetails on Account {
    id
    name
    journeyPhase
    renewalDate
    createdAt
    updatedAt
    csm {
      id
      name
      email
    }
    members(first: 1) {
      totalCount
    }
  }
`);

export const AccountsQuery = graphql(
  `
    query Accounts($first: Int!, $after: String) {
      viewer {
        accounts(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            id
            ...AccountSummary
          }
        }
      }
    }
  `,
  [AccountSummaryFragment],
);

/** A customer user's own account. */
export const MyAccountQuery = graphql(
  `
    query MyAccount {
      viewer {
        account {
          id
          ...AccountDetails
        }
      }
    }
  `,
  [AccountDetailsFragment],
);

/** One account by its id (provider staff), for the account's pages. */
export const AccountQuery = graphql(
  `
    query Account($id: ID!) {
      node(id: $id) {
        __typename
        ... on Account {
          id
          name
          ...AccountDetails
        }
      }
    }
  `,
  [AccountDetailsFragment],
);

/** Provider staff with the CSM role, to assign to accounts (provider admins). */
export const CsmChoicesQuery = graphql(`
  query CsmChoices {
    viewer {
      staff(first: 100) {
        nodes {
          id
          role
          user {
            id
            name
          }
        }
      }
    }
  }
`);

export const CreateAccountMutation = graphql(
  `
    mutation CreateAccount($input: CreateAccountInput!) {
      createAccount(input: $input) {
        account {
          id
          name
        }
        errors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFragment],
);

export const UpdateAccountMutation = graphql(
  `
    mutation UpdateAccount($input: UpdateAccountInput!) {
      updateAccount(input: $input) {
        account {
          id
          ...AccountDetails
        }
        errors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFragment, AccountDetailsFragment],
);

/** The accounts a staff member can open, to choose one (e.g. for its goals). */
export const AccountChoicesQuery = graphql(`
  query AccountChoices {
    viewer {
      accounts(first: 100) {
        totalCount
        nodes {
          id
          name
        }
      }
    }
  }
`);
