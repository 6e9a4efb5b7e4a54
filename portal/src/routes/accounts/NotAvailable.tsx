import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading.tsx';
import { EmptyState } from '../../components/States.tsx';

/** A page the viewer's role does not include. */
export function NotAvailable({ title }: { title: string }) {
  return (
    <div className="page">
      <PageHeading title={title} />
      <EmptyState title="Not available with your role" icon="🔒" action={<Link to="/">Go to Home</Link>}>
        Your role does not include this page. If you think it should, ask an admin.
      </EmptyState>
    </div>
  );
}
