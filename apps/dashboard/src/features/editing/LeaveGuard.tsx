import '../../i18n/editing';
import { Dialog } from '@malmo/ui';
import { type RefObject, useEffect } from 'react';
import { useBlocker } from 'react-router';
import { useLocale } from '../../i18n';

/**
 * Keeps what was typed: leaving a form with unsaved changes asks first (a link inside the
 * dashboard opens a dialog; closing or reloading the tab, the browser's own question).
 */
export function LeaveGuard({ unsaved }: { unsaved: RefObject<boolean> }) {
  const { t } = useLocale();
  // Read at the moment of leaving: a save that just succeeded has cleared it, re-render or not.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      unsaved.current && currentLocation.pathname !== nextLocation.pathname,
  );
  const dirty = unsaved.current;
  useEffect(() => {
    if (!dirty) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);
  const blocked = blocker.state === 'blocked';
  return (
    <Dialog open={blocked} title={t('editing.leaveTitle')} onClose={() => blocker.reset?.()}>
      <p>{t('editing.leaveBody')}</p>
      <div className="ui-form-actions">
        <button
          type="button"
          className="ui-button"
          data-autofocus
          onClick={() => blocker.reset?.()}
        >
          {t('editing.leaveStay')}
        </button>
        <button
          type="button"
          className="ui-button ui-button--secondary"
          onClick={() => blocker.proceed?.()}
        >
          {t('editing.leaveGo')}
        </button>
      </div>
    </Dialog>
  );
}
