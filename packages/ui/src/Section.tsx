import { type ReactNode, useId } from 'react';

export interface SectionProps {
  title: ReactNode;
  /** A count shown beside the title. */
  count?: number;
  children: ReactNode;
}

/** A region of a page named by its h2. */
export function Section({ title, count, children }: SectionProps) {
  const id = useId();
  return (
    <section className="ui-section" aria-labelledby={id}>
      <h2 id={id} className="ui-section__title">
        {title}
        {count !== undefined ? <span className="ui-section__count"> ({count})</span> : null}
      </h2>
      {children}
    </section>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="ui-empty">{children}</p>;
}
