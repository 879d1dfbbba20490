import { useLocale } from '../../i18n';
import { PlainShell } from './PlainShell';

/**
 * Before the router has a page to show: one plain, announced line in the shell's frame, so the
 * header is painted at once and stays where it is when the page comes.
 */
export function LoadingShell() {
  const { t } = useLocale();
  return (
    <PlainShell>
      <p role="status" className="loading-shell">
        {t('app.loadingPage')}
      </p>
    </PlainShell>
  );
}
