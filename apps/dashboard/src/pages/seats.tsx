import { SeatsList } from '../features/seats/SeatsList';

export function SeatsPage() {
  return <SeatsList />;
}
