import { PageHeader } from '@malmo/ui';
import '../i18n/partner-finder';
import { useLocale } from '../i18n';
import { useDocumentTitle } from '../lib/document-title';

export function PartnerFinderPage() {
  const { t } = useLocale();
  useDocumentTitle(t('partnerFinder.title'));
  return <PageHeader title={t('partnerFinder.title')} />;
}
