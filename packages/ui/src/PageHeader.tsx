import type { ReactNode } from 'react';

export interface PageHeaderProps {
  title: ReactNode;
  /** A line above the title, e.g. the kind of record. */
  eyebrow?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** Links back up, rendered above the title. */
  back?: ReactNode;
}

/** The page's one h1; it takes focus after client-side navigation (tabIndex -1). */
export function PageHeader({ title, eyebrow, description, actions, back }: PageHeaderProps) {
  return (
    <div className="ui-page-header">
      {back ? <div className="ui-page-header__back">{back}</div> : null}
      <div className="ui-page-header__row">
        <div>
          {eyebrow ? <p className="ui-page-header__eyebrow">{eyebrow}</p> : null}
          <h1 tabIndex={-1} className="ui-page-title">
            {title}
          </h1>
          {description ? <p className="ui-page-header__description">{description}</p> : null}
        </div>
        {actions ? <div className="ui-page-header__actions">{actions}</div> : null}
      </div>
    </div>
  );
}
