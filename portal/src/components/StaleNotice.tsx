import { useEffect, useRef } from 'react';
import { Button } from './Button.tsx';

/**
 * Someone else saved the same thing first (a CONFLICT): nothing of ours was written. Says
 * so plainly and offers to load their version. Takes focus, like a form alert.
 */
export function StaleNotice({
  what,
  onReload,
  reloading = false,
}: {
  /** "this goal", "this stakeholder". */
  what: string;
  onReload: () => void;
  reloading?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} className="form-alert stale-notice" role="alert" tabIndex={-1}>
      <p className="form-alert-title">Someone changed {what} while you had it open</p>
      <p>Nothing of yours was saved. Reload to see their changes, then make yours again.</p>
      <div>
        <Button variant="secondary" size="small" onClick={onReload} busy={reloading}>
          Reload {what}
        </Button>
      </div>
    </div>
  );
}
