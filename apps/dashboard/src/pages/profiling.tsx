import { PageHeader } from '@malmo/ui';
import '../i18n/profiling';
import { useLocale } from '../i18n';
import { useDocumentTitle } from '../lib/document-title';

export function ProfilingPage() {
  const { t } = useLocale();
  useDocumentTitle(t('profiling.title'));
  return <PageHeader title={t('profiling.title')} />;
}
