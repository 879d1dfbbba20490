import type { ReactNode } from 'react';

export interface DescriptionItem {
  term: ReactNode;
  description: ReactNode;
}

export function DescriptionList({ items }: { items: readonly DescriptionItem[] }) {
  return (
    <dl className="ui-dl">
      {items.map((item, index) => (
        // Terms are unique within a list, but they may be elements; the order is stable.
        // biome-ignore lint/suspicious/noArrayIndexKey: static list
        <div className="ui-dl__item" key={index}>
          <dt>{item.term}</dt>
          <dd>{item.description}</dd>
        </div>
      ))}
    </dl>
  );
}
