import { PageHeader } from '@malmo/ui';
import '../i18n/membership-value';
import { useLocale } from '../i18n';
import { useDocumentTitle } from '../lib/document-title';

export function MembershipValuePage() {
  const { t } = useLocale();
  useDocumentTitle(t('membershipValue.title'));
  return <PageHeader title={t('membershipValue.title')} />;
}
