import { MembershipValue } from '../features/membership-value/MembershipValue';

export function MembershipValuePage() {
  return <MembershipValue />;
}
