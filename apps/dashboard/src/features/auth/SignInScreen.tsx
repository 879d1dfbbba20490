import { LinkProvider, PageHeader } from '@malmo/ui';
import { Navigate, useSearchParams } from 'react-router';
import { useLocale } from '../../i18n';
import { useDocumentTitle } from '../../lib/document-title';
import { useFocusMainOnNavigation } from '../../lib/focus-main';
import { PlainShell } from '../shell/PlainShell';
import { RouterLink } from '../shell/RouterLink';
import { useSession } from './SessionProvider';
import { SignInForm } from './SignInForm';
import { SingleSignOnLink, SingleSignOnRefusal } from './SingleSignOn';
import type { SignedOutReason } from './session';
import { NEXT_PARAM, safeNext } from './sign-in-target';

/**
 * `/sign-in`: the form, and why it is shown when the session ended. Once signed in (or when
 * already), on to the page the reader was heading to.
 */
export function SignInScreen() {
  const { t } = useLocale();
  const { state } = useSession();
  const [params] = useSearchParams();
  useDocumentTitle(t('auth.signInTitle'));
  useFocusMainOnNavigation();
  if (state.status === 'signedIn') {
    return <Navigate to={safeNext(params.get(NEXT_PARAM))} replace />;
  }
  const reason = state.status === 'signedOut' ? state.reason : null;
  return (
    <LinkProvider value={RouterLink}>
      <PlainShell>
        <div className="sign-in">
          <PageHeader title={t('auth.signInTitle')} description={t('auth.signInDescription')} />
          <SessionNotice reason={reason} />
          <SingleSignOnRefusal reason={params.get('sso')} />
          <SignInForm />
          <SingleSignOnLink />
        </div>
      </PlainShell>
    </LinkProvider>
  );
}

/** Why the reader is here: the session ended on its own, or they signed out. */
function SessionNotice({ reason }: { reason: SignedOutReason }) {
  const { t } = useLocale();
  if (!reason) return null;
  return (
    <div className="ui-notice" role="status">
      <p>{reason === 'expired' ? t('auth.expired') : t('auth.signedOut')}</p>
    </div>
  );
}
