import { useId, useState, type ReactNode } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import { Button } from './Button.tsx';

export interface NavItem {
  to: string;
  label: string;
  /** Matches only the exact path (for Home). */
  end?: boolean;
}

export interface NavSection {
  label: string;
  items: NavItem[];
}

export interface AppLayoutProps {
  /** Where the signed-in person is, e.g. their account's name. */
  context?: string | undefined;
  userName: string;
  roleLabel: string;
  sections: NavSection[];
  onSignOut: () => void;
  signingOut: boolean;
  /** Shown in the header beside the user: the notifications bell. */
  headerTools?: ReactNode;
  children: ReactNode;
}

export function BrandMark() {
  return (
    <span className="brand-mark" aria-hidden="true">
      <svg width="18" height="18" viewBox="0 0 24 24" fill="currentColor" focusable="false">
        <path d="M2 20 9.5 7l4.5 7.5L17 10l5 10z" />
      </svg>
    </span>
  );
}

/** The signed-in shell: skip link, header, navigation, and the page in <main>. */
export function AppLayout({
  context,
  userName,
  roleLabel,
  sections,
  onSignOut,
  signingOut,
  headerTools,
  children,
}: AppLayoutProps) {
  const location = useLocation();
  // The small-screen menu stays open only on the page it was opened on: following a link closes it.
  const [menuOpenAt, setMenuOpenAt] = useState<string | null>(null);
  const menuOpen = menuOpenAt === location.pathname;
  const navId = useId();

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Button
          variant="secondary"
          size="small"
          className="menu-toggle"
          aria-expanded={menuOpen}
          aria-controls={navId}
          onClick={() => setMenuOpenAt(menuOpen ? null : location.pathname)}
        >
          <span aria-hidden="true">☰</span> Menu
        </Button>
        <Link to="/" className="brand">
          <BrandMark />
          Ascent
        </Link>
        {context && <span className="header-context">{context}</span>}
        <span className="header-spacer" />
        <div className="user-box">
          {headerTools}
          <p className="user-identity">
            <span className="user-name">{userName}</span>
            <span className="user-role">{roleLabel}</span>
          </p>
          <Button variant="secondary" size="small" onClick={onSignOut} busy={signingOut}>
            Sign out
          </Button>
        </div>
      </header>
      <div className="app-body">
        <nav id={navId} className="app-nav" aria-label="Main" data-open={menuOpen}>
          <p className="nav-identity">
            Signed in as <strong>{userName}</strong>
            <br />
            <span className="muted small">{roleLabel}</span>
          </p>
          {sections.map((section, index) => (
            <div className="nav-group" key={section.label}>
              <p className="nav-group-label" id={`${navId}-group-${index}`}>
                {section.label}
              </p>
              <ul className="nav-list" aria-labelledby={`${navId}-group-${index}`}>
                {section.items.map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to} end={item.end} className="nav-link">
                      {item.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </nav>
        <main id="main" className="app-main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </>
  );
}
