import { useMutation } from '@apollo/client/react';
import { TextField } from '@malmo/ui';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { isDatabaseUnavailable } from '../../apollo';
import { graphql } from '../../gql';
import { useLocale } from '../../i18n';
import { useSession } from './SessionProvider';

const signInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      __typename
      ... on MutationSignInSuccess {
        data {
          ...Session_Viewer
        }
      }
      ... on SignInError {
        message
        retryAfterSeconds
      }
    }
  }
`);

type T = ReturnType<typeof useLocale>['t'];

/** "Vänta 15 minuter …": how long the API says to wait, in whole minutes once past a minute. */
export function waitText(t: T, seconds: number): string | null {
  if (seconds <= 0) return null;
  if (seconds < 60) return t('auth.waitSeconds', { count: seconds });
  return t('auth.waitMinutes', { count: Math.ceil(seconds / 60) });
}

interface Failure {
  message: string;
  wait: string | null;
}

/**
 * E-mail and password. Missing fields are said at the field, which takes focus; the API's
 * refusal is said above the form, which takes focus, with the e-mail kept and the password
 * cleared. On success the session knows the account and the page moves on.
 */
export function SignInForm() {
  const { t, locale } = useLocale();
  const { signedIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ email?: string; password?: string }>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [signIn, { loading }] = useMutation(signInMutation);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (failure) summaryRef.current?.focus();
  }, [failure]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    setFailure(null);
    const missing = {
      email: email.trim() ? undefined : t('auth.emailMissing'),
      password: password ? undefined : t('auth.passwordMissing'),
    };
    setErrors(missing);
    if (missing.email || missing.password) {
      (missing.email ? emailRef : passwordRef).current?.focus();
      return;
    }
    try {
      const { data } = await signIn({ variables: { email: email.trim(), password } });
      const result = data?.signIn;
      if (!result) throw new Error('No answer');
      if (result.__typename === 'MutationSignInSuccess') {
        await signedIn(result.data);
        return;
      }
      const throttled = result.retryAfterSeconds > 0;
      setPassword('');
      setFailure({
        // The API writes Swedish; in English its two refusals are told apart by the wait.
        message:
          locale === 'sv'
            ? result.message
            : t(throttled ? 'auth.throttled' : 'auth.wrongCredentials'),
        wait: waitText(t, result.retryAfterSeconds),
      });
    } catch (error) {
      setFailure({
        message: isDatabaseUnavailable(error) ? t('common.databaseUnavailable') : t('auth.failed'),
        wait: null,
      });
    }
  };

  return (
    <form className="sign-in-form" onSubmit={submit} noValidate>
      {failure ? (
        <div className="ui-error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
          <strong>{failure.message}</strong>
          {failure.wait ? <p>{failure.wait}</p> : null}
        </div>
      ) : null}
      <TextField
        label={t('auth.email')}
        type="email"
        name="email"
        autoComplete="username"
        value={email}
        onChange={setEmail}
        error={errors.email}
        inputRef={emailRef}
        required
      />
      <TextField
        label={t('auth.password')}
        type="password"
        name="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        error={errors.password}
        inputRef={passwordRef}
        required
      />
      <div className="ui-form-actions">
        <button type="submit" className="ui-button" aria-busy={loading}>
          {loading ? t('auth.submitting') : t('auth.submit')}
        </button>
      </div>
    </form>
  );
}
