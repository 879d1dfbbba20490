import { EuNetworkList } from '../features/eu-network/EuNetworkList';

export function EuNetworkPage() {
  return <EuNetworkList />;
}
