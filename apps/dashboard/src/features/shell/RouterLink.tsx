import type { LinkProps } from '@malmo/ui';
import { Link } from 'react-router';

/** The router's link for `@malmo/ui`'s components (see `LinkProvider`). */
export function RouterLink({ href, ...props }: LinkProps) {
  return <Link to={href} {...props} />;
}
