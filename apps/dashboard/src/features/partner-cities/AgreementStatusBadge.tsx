import { type AgreementStatus, label } from '@malmo/domain';
import { Badge, type BadgeTone } from '@malmo/ui';
import { useLocale } from '../../i18n';

const TONES: Record<AgreementStatus, BadgeTone> = {
  active: 'positive',
  expired_contacts_kept: 'warning',
  no_agreement_contacts_kept: 'neutral',
};

export function AgreementStatusBadge({ status }: { status: AgreementStatus }) {
  const { locale } = useLocale();
  return <Badge tone={TONES[status]}>{label(locale, 'agreementStatus', status)}</Badge>;
}
