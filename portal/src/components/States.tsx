import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { errorMessage } from '../graphql/errors.ts';
import { Button } from './Button.tsx';

/** Shown while data loads; announced politely. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

export interface EmptyStateProps {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  icon?: string;
  /** The heading level that fits the place the state is shown in. */
  headingLevel?: 2 | 3;
}

/** Says what would be here and, when there is one, the next step. */
export function EmptyState({ title, children, action, icon = '○', headingLevel = 2 }: EmptyStateProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="state">
      <span className="state-icon" aria-hidden="true">
        {icon}
      </span>
      <Heading className="state-title">{title}</Heading>
      {children && <div className="state-body">{children}</div>}
      {action}
    </div>
  );
}

export interface ErrorStateProps {
  error?: CombinedError | undefined;
  title?: string;
  message?: string;
  onRetry?: () => void;
  headingLevel?: 2 | 3;
}

/** A failed load: what went wrong in plain words, and a way to try again. */
export function ErrorState({
  error,
  title = 'This could not be loaded',
  message,
  onRetry,
  headingLevel = 2,
}: ErrorStateProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="state state-error" role="alert">
      <span className="state-icon" aria-hidden="true">
        !
      </span>
      <Heading className="state-title">{title}</Heading>
      <p className="state-body">{message ?? errorMessage(error)}</p>
      {onRetry && (
        <Button variant="secondary" onClick={onRetry}>
          Try again
        </Button>
      )}
    </div>
  );
}
