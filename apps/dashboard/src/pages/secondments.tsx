import { SecondmentsList } from '../features/secondments/SecondmentsList';

export function SecondmentsPage() {
  return <SecondmentsList />;
}
