import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { BrandMark } from './AppLayout.tsx';

/** The frame of pages used before sign-in: sign-in and accepting an invitation. */
export function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <div className="public-shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="public-header">
        <Link to="/" className="brand">
          <BrandMark />
          Ascent
        </Link>
      </header>
      <main id="main" className="public-main" tabIndex={-1}>
        <div className="public-card">{children}</div>
      </main>
      <footer className="public-footer">
        <p>Ascent — customer success, led by the customer.</p>
      </footer>
    </div>
  );
}
