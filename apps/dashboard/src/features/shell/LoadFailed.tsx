import { StatusMessage } from '@malmo/ui';
import { useSyncExternalStore } from 'react';
import { databaseStatus } from '../../apollo';
import { useLocale } from '../../i18n';

/**
 * Fetching failed: says so (that the database is away for a moment, when the API said so), with
 * a button that tries again.
 */
export function LoadFailed({ retry }: { retry: () => void }) {
  const { t } = useLocale();
  const unavailable = useSyncExternalStore(databaseStatus.subscribe, databaseStatus.unavailable);
  return (
    <StatusMessage tone="error">
      {unavailable ? t('common.databaseUnavailable') : t('common.error')}{' '}
      <button type="button" className="ui-button ui-button--secondary" onClick={retry}>
        {t('common.retry')}
      </button>
    </StatusMessage>
  );
}
