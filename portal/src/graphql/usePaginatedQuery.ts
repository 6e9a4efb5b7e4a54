import { useCallback, useMemo, useState } from 'react';
import { useQuery, type AnyVariables, type CombinedError, type TypedDocumentNode } from 'urql';

export interface ConnectionPage<Node> {
  readonly nodes: readonly Node[];
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  readonly totalCount: number;
}

export interface PaginatedResult<Data, Node> {
  /** Every node loaded so far, in the list's order. */
  nodes: Node[];
  totalCount: number | undefined;
  hasNextPage: boolean;
  /** The latest page's whole result, for fields beside the list. */
  data: Data | undefined;
  /** True while the first page loads. */
  loading: boolean;
  /** True while a further page loads. */
  loadingMore: boolean;
  /** True when the result came back without the connection (e.g. an unknown id). */
  missing: boolean;
  error: CombinedError | undefined;
  loadMore(): void;
  retry(): void;
}

/**
 * "Load more" over a Relay connection: asks for the next page with the last endCursor
 * and keeps the pages already shown. `select` picks the connection out of the result.
 */
export function usePaginatedQuery<Data, Variables extends AnyVariables & { after?: string | null }, Node>(options: {
  query: TypedDocumentNode<Data, Variables>;
  variables: Omit<Variables, 'after'>;
  select: (data: Data) => ConnectionPage<Node> | null | undefined;
  /** Typenames whose mutations should refresh this list (see urql's document cache). */
  additionalTypenames?: string[];
  pause?: boolean;
}): PaginatedResult<Data, Node> {
  const { query, variables, select, additionalTypenames, pause } = options;
  const [after, setAfter] = useState<string | null>(null);
  const [earlier, setEarlier] = useState<Node[]>([]);
  const [knownTotal, setKnownTotal] = useState<number | undefined>(undefined);
  const typenamesKey = additionalTypenames?.join(',') ?? '';
  const context = useMemo(
    () => (typenamesKey ? { additionalTypenames: typenamesKey.split(',') } : undefined),
    [typenamesKey],
  );
  const [result, reexecute] = useQuery<Data, Variables>({
    query,
    variables: { ...variables, after } as unknown as Variables,
    context,
    pause,
  });

  // The result may still be the previous page's while the next one loads.
  const resultAfter = (result.operation?.variables as { after?: string | null } | undefined)?.after ?? null;
  const settled = result.data !== undefined && resultAfter === after;
  const current = settled ? (select(result.data as Data) ?? undefined) : undefined;
  const missing = settled && !current;
  const nodes = useMemo(() => [...earlier, ...(current?.nodes ?? [])], [earlier, current?.nodes]);

  const loadMore = useCallback(() => {
    if (!current?.pageInfo.hasNextPage || !current.pageInfo.endCursor) return;
    setEarlier(nodes);
    setKnownTotal(current.totalCount);
    setAfter(current.pageInfo.endCursor);
  }, [current, nodes]);
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  return {
    nodes,
    totalCount: current?.totalCount ?? knownTotal,
    hasNextPage: current?.pageInfo.hasNextPage ?? false,
    data: result.data,
    loading: !current && !missing && earlier.length === 0 && !result.error,
    loadingMore: !current && !missing && earlier.length > 0 && !result.error,
    missing,
    error: current ? undefined : result.error,
    loadMore,
    retry,
  };
}
