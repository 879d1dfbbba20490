import { TrainingList } from '../features/training/TrainingList';

export function TrainingPage() {
  return <TrainingList />;
}
