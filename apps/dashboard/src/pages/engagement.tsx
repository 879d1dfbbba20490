import { Engagement } from '../features/engagement/Engagement';

export function EngagementPage() {
  return <Engagement />;
}
