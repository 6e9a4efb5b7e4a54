import { useMemo } from 'react';
import { useQuery } from 'urql';
import { errorMessage } from '../../graphql/errors.ts';
import type { GoalFormChoices } from './GoalForm.tsx';
import { metricChoicesOf } from './MeasureFields.tsx';
import { GoalFormChoicesQuery } from './queries.ts';

const CONTEXT = { additionalTypenames: ['Goal', 'Stakeholder', 'MetricDefinition'] };

/** What the goal form and the measure editor choose from, for one account. */
export function useGoalFormChoices(accountId: string): GoalFormChoices {
  const [{ data, error, fetching }] = useQuery({
    query: GoalFormChoicesQuery,
    variables: { accountId },
    context: useMemo(() => CONTEXT, []),
  });
  return useMemo(() => {
    const account = data?.node?.__typename === 'Account' ? data.node : null;
    return {
      stakeholders: account?.stakeholders.nodes ?? [],
      metrics: metricChoicesOf(data),
      goals: account?.goalTree ?? [],
      loading: !data && fetching,
      problem: !data && error ? `The choices could not be loaded: ${errorMessage(error)}` : undefined,
    };
  }, [data, error, fetching]);
}
