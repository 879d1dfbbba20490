import { label, type ProjectState } from '@malmo/domain';
import { Badge, type BadgeTone } from '@malmo/ui';
import { useLocale } from '../../i18n';

const TONES: Record<ProjectState, BadgeTone> = {
  idea: 'neutral',
  preparing_application: 'info',
  submitted: 'info',
  granted: 'positive',
  rejected: 'warning',
  running: 'positive',
  closed: 'neutral',
};

export function ProjectStateBadge({ state }: { state: ProjectState }) {
  const { locale } = useLocale();
  return <Badge tone={TONES[state]}>{label(locale, 'projectState', state)}</Badge>;
}
