import { PageHeader } from '@malmo/ui';
import '../i18n/engagement';
import { useLocale } from '../i18n';
import { useDocumentTitle } from '../lib/document-title';

export function EngagementPage() {
  const { t } = useLocale();
  useDocumentTitle(t('engagement.title'));
  return <PageHeader title={t('engagement.title')} />;
}
