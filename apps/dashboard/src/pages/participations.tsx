import { ParticipationsList } from '../features/participations/ParticipationsList';

export function ParticipationsPage() {
  return <ParticipationsList />;
}
