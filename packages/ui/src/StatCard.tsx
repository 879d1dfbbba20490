import type { ReactNode } from 'react';
import { Link } from './link';

export interface StatCardProps {
  href: string;
  label: string;
  value: ReactNode;
  description?: string;
}

export function StatGrid({ children }: { children: ReactNode }) {
  return <ul className="ui-stat-grid">{children}</ul>;
}

/** A count that links to its list. */
export function StatCard({ href, label, value, description }: StatCardProps) {
  return (
    <li className="ui-stat">
      <Link className="ui-stat__link" href={href}>
        <span className="ui-stat__value">{value}</span>
        <span className="ui-stat__label">{label}</span>
        {description ? <span className="ui-stat__description">{description}</span> : null}
      </Link>
    </li>
  );
}
