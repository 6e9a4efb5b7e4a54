import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';

/** The location whose heading last took focus; a heading re-rendered for it keeps quiet. */
let lastFocusedKey: string | undefined;

export interface PageHeadingProps {
  title: string;
  /** A short line above the title, e.g. the account a page belongs to. */
  eyebrow?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
}

/**
 * The page's one h1. After each navigation it takes focus, so screen readers announce
 * the new page and keyboard users continue from its top. It also names the tab.
 */
export function PageHeading({ title, eyebrow, description, actions }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  useEffect(() => {
    document.title = `${title} · Ascent`;
  }, [title]);
  useEffect(() => {
    // The first page load leaves focus where the browser puts it (the skip link comes first).
    if (location.key === 'default') return;
    const active = document.activeElement;
    const lostFocus = !active || active === document.body;
    if (lastFocusedKey !== location.key || lostFocus) {
      lastFocusedKey = location.key;
      ref.current?.focus();
    }
  }, [location.key]);
  return (
    <div className="page-header">
      <div className="page-header-text">
        {eyebrow && <p className="page-eyebrow">{eyebrow}</p>}
        <h1 ref={ref} tabIndex={-1}>
          {title}
        </h1>
        {description && <p className="page-description">{description}</p>}
      </div>
      {actions && <div className="page-actions">{actions}</div>}
    </div>
  );
}
