import type { ReactNode } from 'react';
import { PageHeading } from './PageHeading.tsx';
import { EmptyState } from './States.tsx';

export interface ComingSoonProps {
  title: string;
  /** One line: what the area is for. */
  summary: string;
  /** What the area will hold, as a short list. */
  features: readonly string[];
  icon: string;
  children?: ReactNode;
}

/** An area that arrives in a later release: says what it will hold, shows no made-up data. */
export function ComingSoon({ title, summary, features, icon, children }: ComingSoonProps) {
  return (
    <div className="page">
      <PageHeading title={title} description={summary} />
      <EmptyState title={`${title} arrive in a coming release`} icon={icon}>
        <p>Nothing to show yet. When this area opens, you will find here:</p>
        <ul className="feature-list">
          {features.map((feature) => (
            <li key={feature}>{feature}</li>
          ))}
        </ul>
        {children}
      </EmptyState>
    </div>
  );
}
