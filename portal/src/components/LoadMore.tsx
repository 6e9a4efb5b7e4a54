import { Button } from './Button.tsx';

export interface LoadMoreProps {
  shown: number;
  total: number | undefined;
  hasNextPage: boolean;
  loading: boolean;
  onLoadMore: () => void;
  /** The plural noun of the list, e.g. "entries". */
  noun: string;
}

/** "Showing 20 of 45" and a button for the next page of a connection. */
export function LoadMore({ shown, total, hasNextPage, loading, onLoadMore, noun }: LoadMoreProps) {
  if (!hasNextPage && !loading && (total === undefined || total <= shown)) {
    return null;
  }
  return (
    <div className="load-more">
      <p className="muted small" aria-live="polite">
        {total !== undefined ? `Showing ${shown} of ${total} ${noun}` : `Showing ${shown} ${noun}`}
      </p>
      {(hasNextPage || loading) && (
        <Button variant="secondary" onClick={onLoadMore} busy={loading}>
          {loading ? 'Loading…' : `Load more ${noun}`}
        </Button>
      )}
    </div>
  );
}
