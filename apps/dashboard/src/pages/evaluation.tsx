import { Evaluation } from '../features/evaluation/Evaluation';

export function EvaluationPage() {
  return <Evaluation />;
}
