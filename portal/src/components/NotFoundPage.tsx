import { Link } from 'react-router';
import { PageHeading } from './PageHeading.tsx';
import { EmptyState } from './States.tsx';

export function NotFoundPage() {
  return (
    <div className="page">
      <PageHeading title="Page not found" />
      <EmptyState title="There is no page at this address" icon="?" action={<Link to="/">Go to Home</Link>}>
        The link may be old, or the address mistyped.
      </EmptyState>
    </div>
  );
}
