import { MembershipsList } from '../features/memberships/MembershipsList';

export function MembershipsPage() {
  return <MembershipsList />;
}
