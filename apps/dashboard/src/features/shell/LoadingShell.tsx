import { useLocale } from '../../i18n';

/** Before the router has a page to show: one plain, announced line. */
export function LoadingShell() {
  const { t } = useLocale();
  return (
    <p role="status" className="loading-shell">
      {t('app.loadingPage')}
    </p>
  );
}
