import { StatusMessage } from '@malmo/ui';
import { useLocale } from '../../i18n';

/** Fetching failed: says so, with a button that tries again. */
export function LoadFailed({ retry }: { retry: () => void }) {
  const { t } = useLocale();
  return (
    <StatusMessage tone="error">
      {t('common.error')}{' '}
      <button type="button" className="ui-button ui-button--secondary" onClick={retry}>
        {t('common.retry')}
      </button>
    </StatusMessage>
  );
}
