import { useEffect, useId, useRef } from 'react';
import { useLocale } from '../../i18n';
import type { StaleState } from './RecordForm';

/**
 * A refused save because someone else saved first: what changed, field by field (the reader's
 * value beside the stored one), and the choice to load the stored record – the reader's values
 * stay listed here to copy from – or to keep their own values and save again knowingly.
 */
export function StalePanel({
  stale,
  onReload,
  onKeepMine,
}: {
  stale: StaleState;
  onReload: () => void;
  onKeepMine: () => void;
}) {
  const { t } = useLocale();
  const headingId = useId();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (stale.reloaded) ref.current?.focus();
  }, [stale.reloaded]);
  return (
    <section className="stale-panel" aria-labelledby={headingId} ref={ref} tabIndex={-1}>
      <h2 id={headingId}>
        {stale.reloaded ? t('editing.staleReloadedTitle') : t('editing.staleTitle')}
      </h2>
      <p>{stale.reloaded ? t('editing.staleReloaded') : t('editing.staleBody')}</p>
      {stale.changes.length ? (
        <div className="ui-table-wrap">
          <table className="ui-table">
            <caption className="ui-visually-hidden">{t('editing.staleCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('editing.staleField')}</th>
                <th scope="col">{t('editing.staleMine')}</th>
                <th scope="col">{t('editing.staleStored')}</th>
              </tr>
            </thead>
            <tbody>
              {stale.changes.map((change) => (
                <tr key={change.name}>
                  <th scope="row">
                    {change.label}
                    {change.changedElsewhere ? (
                      <span className="stale-panel__flag">
                        {' '}
                        {t('editing.staleChangedElsewhere')}
                      </span>
                    ) : null}
                  </th>
                  <td className="stale-panel__value">{change.mine}</td>
                  <td className="stale-panel__value">{change.stored}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : stale.stored ? (
        <p>{t('editing.staleNoFieldChanges')}</p>
      ) : (
        <p>{t('editing.staleUnavailable')}</p>
      )}
      {stale.stored && !stale.reloaded ? (
        <div className="ui-form-actions">
          <button type="button" className="ui-button" onClick={onReload}>
            {t('editing.staleReload')}
          </button>
          <button type="button" className="ui-button ui-button--secondary" onClick={onKeepMine}>
            {t('editing.staleKeepMine')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
