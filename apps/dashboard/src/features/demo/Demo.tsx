import { Badge } from '@malmo/ui';
import type { ReactNode } from 'react';
import { useLocale } from '../../i18n';

/** Marks a record the demo generator made; the word carries the meaning, not the colour. */
export function DemoBadge() {
  const { t } = useLocale();
  return <Badge tone="info">{t('demo.badge')}</Badge>;
}

/** A record's name with the demo badge after it when it is demo data. */
export function WithDemo({ demo, children }: { demo: boolean; children: ReactNode }) {
  return demo ? (
    <>
      {children} <DemoBadge />
    </>
  ) : (
    children
  );
}

/** Explains the badge, beside the count of matches. */
export function DemoLegend() {
  const { t } = useLocale();
  return (
    <p className="demo-legend">
      <DemoBadge /> {t('demo.legend')}
    </p>
  );
}

/** Says that what a page shows is demo data, in the page's own words (e.g. with the demo's day). */
export function DemoNote({ children }: { children: ReactNode }) {
  return (
    <p className="demo-legend">
      <DemoBadge /> {children}
    </p>
  );
}
