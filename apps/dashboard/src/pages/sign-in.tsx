import { SignInScreen } from '../features/auth/SignInScreen';

export function SignInPage() {
  return <SignInScreen />;
}
