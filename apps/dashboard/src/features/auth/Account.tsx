import { label } from '@malmo/domain';
import { useState } from 'react';
import { useLocale } from '../../i18n';
import { fromGql } from '../../lib/enums';
import { useSession, useViewer } from './SessionProvider';

/** The header's account: who is signed in, with which role, and "Logga ut". */
export function Account() {
  const { t, locale } = useLocale();
  const viewer = useViewer();
  const { signOut } = useSession();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const role = label(locale, 'role', fromGql(viewer.role));

  const onSignOut = async () => {
    if (busy) return;
    setBusy(true);
    setFailed(false);
    // On success the shell gives way to the sign-in page; this component is gone.
    const ok = await signOut();
    if (!ok) {
      setBusy(false);
      setFailed(true);
    }
  };

  return (
    <div className="account">
      <p className="account__who">
        <span className="ui-visually-hidden">{t('auth.signedInAs')} </span>
        <span className="account__name">{viewer.name}</span>
        <span className="ui-visually-hidden">, </span>
        <span className="account__role">
          {viewer.unit ? t('auth.roleOfUnit', { role, unit: viewer.unit.name }) : role}
        </span>
      </p>
      <button
        type="button"
        className="account__sign-out"
        onClick={() => void onSignOut()}
        aria-busy={busy}
      >
        {t('auth.signOut')}
      </button>
      {/* In the page from the start, so that the failure is announced when it comes. */}
      <span role="alert" className={failed ? 'account__error' : 'ui-visually-hidden'}>
        {failed ? t('auth.signOutFailed') : null}
      </span>
    </div>
  );
}
