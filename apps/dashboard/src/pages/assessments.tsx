import { AssessmentsList } from '../features/assessments/AssessmentsList';

export function AssessmentsPage() {
  return <AssessmentsList />;
}
