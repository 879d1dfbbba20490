import type { ReactNode } from 'react';

export interface StatusMessageProps {
  children?: ReactNode;
  /** `error` is announced at once (role="alert"); the others politely. */
  tone?: 'info' | 'error';
  /** Keep the region in the page but hide it visually (for screen-reader-only updates). */
  visuallyHidden?: boolean;
  /** Plain text in the flow instead of a boxed message. */
  inline?: boolean;
}

/**
 * A live region. Render it before its content changes: screen readers announce changes to a
 * region they already know.
 */
export function StatusMessage({
  children,
  tone = 'info',
  visuallyHidden,
  inline,
}: StatusMessageProps) {
  const className = [
    inline ? 'ui-status-inline' : 'ui-status',
    inline ? '' : `ui-status--${tone}`,
    children || inline ? '' : 'ui-status--empty',
    visuallyHidden ? 'ui-visually-hidden' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return tone === 'error' ? (
    <div role="alert" className={className}>
      {children}
    </div>
  ) : (
    <div role="status" aria-live="polite" className={className}>
      {children}
    </div>
  );
}

export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="ui-visually-hidden">{children}</span>;
}
