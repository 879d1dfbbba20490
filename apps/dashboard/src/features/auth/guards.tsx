import { label } from '@malmo/domain';
import { PageHeader } from '@malmo/ui';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { useLocale } from '../../i18n';
import { useDocumentTitle } from '../../lib/document-title';
import { paths } from '../../paths';
import { Layout } from '../shell/Layout';
import { canReadFollowUp } from './permissions';
import { useGrant, useSession } from './SessionProvider';
import { signInHref } from './sign-in-target';

/**
 * Every page but sign-in: the shell when someone is signed in; otherwise to sign-in, keeping the
 * page (search included) to come back to, unless the reader signed out on purpose.
 */
export function SignedInLayout() {
  const { state } = useSession();
  const { pathname, search, hash } = useLocation();
  if (state.status === 'signedIn') return <Layout />;
  const signedOut = state.status === 'signedOut' && state.reason === 'signedOut';
  return <Navigate to={signedOut ? paths.signIn : signInHref(pathname + search + hash)} replace />;
}

/** The follow-up pages: for every role but the reader, who is told so. */
export function RequireFollowUp() {
  const grant = useGrant();
  return canReadFollowUp(grant) ? <Outlet /> : <NoPermission />;
}

/** "Du har inte behörighet": the page exists, the account's role does not reach it. */
export function NoPermission() {
  const { t, locale } = useLocale();
  const grant = useGrant();
  useDocumentTitle(t('auth.forbiddenTitle'));
  return (
    <>
      <PageHeader
        title={t('auth.forbiddenTitle')}
        description={t('auth.forbiddenBody', { role: label(locale, 'role', grant.role) })}
      />
      <p>
        <Link to={paths.overview}>{t('notFound.home')}</Link>
      </p>
    </>
  );
}
