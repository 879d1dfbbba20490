import { type AgreementStatus, label } from '@malmo/domain';
import { Badge, type BadgeTone } from '@malmo/ui';
import { useLocale } from '../../i18n';

const TONES: Record<AgreementStatus, BadgeTone> = {
  active: 'positive',
  expired_contacts_kept: 'warning',
  no_agreement_contacts_kept: 'neutral',
};

/** An agreement recorded as active that has passed its end date (R13). */
const lapsed = (status: AgreementStatus, expired: boolean) => expired && status === 'active';

/** The recorded status, or "expired" once an active agreement is past its end date (R13). */
export function agreementStatusText(
  locale: Parameters<typeof label>[0],
  status: AgreementStatus,
  expired: boolean,
  expiredText: string,
): string {
  return lapsed(status, expired) ? expiredText : label(locale, 'agreementStatus', status);
}

export function AgreementStatusBadge({
  status,
  expired,
}: {
  status: AgreementStatus;
  expired: boolean;
}) {
  const { locale, t } = useLocale();
  const text = agreementStatusText(locale, status, expired, t('partnerCity.expired'));
  return <Badge tone={lapsed(status, expired) ? 'warning' : TONES[status]}>{text}</Badge>;
}
