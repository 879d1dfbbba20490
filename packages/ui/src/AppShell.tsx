import type { MouseEvent, ReactNode } from 'react';
import { Link } from './link';

export interface SkipLinkProps {
  targetId: string;
  children: ReactNode;
}

/** The first focusable element: moves focus past the header and navigation to the content. */
export function SkipLink({ targetId, children }: SkipLinkProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    // Focus by hand: a router may treat a hash change as navigation, and focus must land.
    event.preventDefault();
    target.focus();
    target.scrollIntoView();
  };
  return (
    <a className="ui-skip-link" href={`#${targetId}`} onClick={onClick}>
      {children}
    </a>
  );
}

export interface AppShellProps {
  productName: string;
  homeHref: string;
  skipLinkLabel: string;
  /** The navigation landmark's content, usually a `NavList`; none on pages such as sign-in. */
  nav?: ReactNode;
  navLabel?: string;
  /** The site search, in the header between the name and `headerEnd` (a search landmark). */
  search?: ReactNode;
  searchLabel?: string;
  /** Right-hand side of the header, e.g. a language switch. */
  headerEnd?: ReactNode;
  footer: ReactNode;
  /** Shown above the content while the next page loads. */
  busy?: boolean;
  children: ReactNode;
}

export const MAIN_ID = 'main';

export function AppShell({
  productName,
  homeHref,
  skipLinkLabel,
  nav,
  navLabel,
  search,
  searchLabel,
  headerEnd,
  footer,
  busy = false,
  children,
}: AppShellProps) {
  return (
    <div className="ui-shell">
      <SkipLink targetId={MAIN_ID}>{skipLinkLabel}</SkipLink>
      <header className="ui-header">
        <div className="ui-header__inner">
          <Link className="ui-brand" href={homeHref}>
            <span className="ui-brand__mark" aria-hidden="true" />
            <span>{productName}</span>
          </Link>
          {search ? (
            <search className="ui-header__search" aria-label={searchLabel}>
              {search}
            </search>
          ) : null}
          {headerEnd ? <div className="ui-header__end">{headerEnd}</div> : null}
        </div>
        <div
          className={busy ? 'ui-progress ui-progress--active' : 'ui-progress'}
          aria-hidden="true"
        />
      </header>
      <div className={nav ? 'ui-body' : 'ui-body ui-body--single'}>
        {nav ? (
          <nav className="ui-nav" aria-label={navLabel}>
            {nav}
          </nav>
        ) : null}
        <main id={MAIN_ID} className="ui-main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="ui-footer">
        <div className="ui-footer__inner">{footer}</div>
      </footer>
    </div>
  );
}

export interface NavItem {
  href: string;
  label: string;
  current: boolean;
}

export interface NavGroup {
  id: string;
  label: string;
  items: NavItem[];
}

export function NavList({ groups }: { groups: NavGroup[] }) {
  return (
    <div className="ui-nav__groups">
      {groups.map((group) => (
        <div className="ui-nav__group" key={group.id}>
          <span className="ui-nav__label" id={`nav-${group.id}`}>
            {group.label}
          </span>
          <ul aria-labelledby={`nav-${group.id}`}>
            {group.items.map((item) => (
              <li key={item.href}>
                <Link
                  className="ui-nav__link"
                  href={item.href}
                  aria-current={item.current ? 'page' : undefined}
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
