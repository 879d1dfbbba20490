import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { graphql } from '../../gql';
import { useLocale } from '../../i18n';
import { useSession } from './SessionProvider';

const signInOptionsQuery = graphql(`
  query SignInOptions {
    signInOptions {
      oidc
    }
  }
`);

/** Why the server sent a single sign-on back to this page (`/sign-in?sso=…`). */
const REFUSALS = {
  'no-role': 'auth.ssoNoRole',
  inactive: 'auth.ssoInactive',
  failed: 'auth.ssoFailed',
} as const;

/**
 * "Sign in with the City of Malmö account", when the server has single sign-on configured: a plain
 * link, since the server runs the whole round trip to the identity provider and back.
 */
export function SingleSignOnLink() {
  const { t } = useLocale();
  const { state } = useSession();
  // Asked once the session is known to be signed out, a render after it was found so: finding it
  // clears Apollo's cache (SessionProvider), which would cancel a request already on its way.
  const [ask, setAsk] = useState(false);
  useEffect(() => {
    if (state.status === 'signedOut') setAsk(true);
  }, [state.status]);
  const { data } = useQuery(signInOptionsQuery, { skip: !ask });
  if (!data?.signInOptions.oidc) return null;
  return (
    <p>
      <a className="ui-button ui-button--secondary" href="/auth/oidc/login">
        {t('auth.ssoLink')}
      </a>
    </p>
  );
}

/** The reason a single sign-on was refused, said once on arrival. */
export function SingleSignOnRefusal({ reason }: { reason: string | null }) {
  const { t } = useLocale();
  const key = reason && reason in REFUSALS ? REFUSALS[reason as keyof typeof REFUSALS] : null;
  if (!key) return null;
  return (
    <div className="ui-error-summary" role="alert">
      <p>{t(key)}</p>
    </div>
  );
}
