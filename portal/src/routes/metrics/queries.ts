import { graphql, UserErrorFragment } from '../../graphql/graphql.ts';

export const MetricRowFragment = graphql(`
  fragment MetricRow on MetricDefinition {
    id
    key
    name
    description
    unit
    direction
    kind
    indicator
    aggregation
    isTemplate
    template {
      id
      name
    }
  }
`);

/** An account's own metrics (customer admins manage them). */
export const AccountMetricsQuery = graphql(
  `
    query AccountMetrics($accountId: ID!, $first: Int!, $after: String) {
      node(id: $accountId) {
        __typename
        ... on Account {
          id
          metricDefinitions(first: $first, after: $after) {
            totalCount
            pageInfo {
              hasNextPage
              endCursor
            }
            nodes {
              id
              template {
                id
              }
              ...MetricRow
            }
          }
        }
      }
    }
  `,
  [MetricRowFragment],
);

/** The provider's templates, which any account can adopt. */
export const MetricTemplatesQuery = graphql(
  `
    query MetricTemplates($first: Int!, $after: String) {
      viewer {
        metricTemplates(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            id
            ...MetricRow
          }
        }
      }
    }
  `,
  [MetricRowFragment],
);

export const CreateMetricMutation = graphql(
  `
    mutation CreateMetric($input: CreateMetricDefinitionInput!) {
      createMetricDefinition(input: $input) {
        metricDefinition {
          id
          name
          ...MetricRow
        }
        errors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFragment, MetricRowFragment],
);

export const UpdateMetricMutation = graphql(
  `
    mutation UpdateMetric($input: UpdateMetricDefinitionInput!) {
      updateMetricDefinition(input: $input) {
        metricDefinition {
          id
          name
          ...MetricRow
        }
        errors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFragment, MetricRowFragment],
);

export const AdoptMetricTemplateMutation = graphql(
  `
    mutation AdoptMetricTemplate($input: AdoptMetricTemplateInput!) {
      adoptMetricTemplate(input: $input) {
        metricDefinition {
          id
          name
          ...MetricRow
        }
        errors {
          ...UserErrorFields
        }
      }
    }
  `,
  [UserErrorFragment, MetricRowFragment],
);
