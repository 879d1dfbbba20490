import { PageHeader } from '@malmo/ui';
import '../i18n/evaluation';
import { useLocale } from '../i18n';
import { useDocumentTitle } from '../lib/document-title';

export function EvaluationPage() {
  const { t } = useLocale();
  useDocumentTitle(t('evaluation.title'));
  return <PageHeader title={t('evaluation.title')} />;
}
