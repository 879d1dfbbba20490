import { label } from '@malmo/domain';
import { DescriptionList, EmptyState, Section } from '@malmo/ui';
import { graphql } from '../../gql';
import type {
  AgreementCard_AgreementFragment,
  PartnerCityDetails_PartnerCityFragment,
} from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { fromGql } from '../../lib/enums';
import { countryName } from '../../lib/format';
import { AgreementStatusBadge } from './AgreementStatusBadge';

export const AgreementCardFragment = graphql(`
  fragment AgreementCard_Agreement on Agreement {
    id
    type
    signedYear
    text
    cooperationAreas
    validUntil
    status
    expired
  }
`);

export const PartnerCityDetailsFragment = graphql(`
  fragment PartnerCityDetails_PartnerCity on PartnerCity {
    id
    name
    country
    agreements {
      ...AgreementCard_Agreement
    }
  }
`);

function AgreementCard({ agreement }: { agreement: AgreementCard_AgreementFragment }) {
  const { t, locale } = useLocale();
  const type = label(locale, 'agreementType', fromGql(agreement.type));
  return (
    <article className="ui-card agreement" aria-labelledby={`agreement-${agreement.id}`}>
      <h3 className="agreement__title" id={`agreement-${agreement.id}`}>
        {agreement.signedYear ? `${type}, ${agreement.signedYear}` : type}
      </h3>
      <DescriptionList
        items={[
          { term: t('partnerCity.type'), description: type },
          {
            term: t('partnerCity.signedYear'),
            description: agreement.signedYear ?? t('partnerCity.unknown'),
          },
          {
            term: t('partnerCity.validUntil'),
            description: agreement.validUntil ? (
              <time dateTime={agreement.validUntil}>{agreement.validUntil}</time>
            ) : (
              t('partnerCity.open')
            ),
          },
          {
            term: t('partnerCity.status'),
            description: (
              <AgreementStatusBadge
                status={fromGql(agreement.status)}
                expired={agreement.expired}
              />
            ),
          },
          {
            term: t('partnerCity.areas'),
            description: agreement.cooperationAreas.length ? (
              <ul className="agreement__areas">
                {agreement.cooperationAreas.map((area) => (
                  <li key={area}>{area}</li>
                ))}
              </ul>
            ) : (
              '–'
            ),
          },
        ]}
      />
      <figure className="agreement__figure">
        <figcaption className="agreement__caption">{t('partnerCity.text')}</figcaption>
        <blockquote className="agreement__text" lang="sv">
          <p>{agreement.text}</p>
        </blockquote>
      </figure>
    </article>
  );
}

export function PartnerCityDetails({ city }: { city: PartnerCityDetails_PartnerCityFragment }) {
  const { t, locale } = useLocale();
  // Newest first: the agreement in force leads the history.
  const agreements = [...city.agreements].reverse();
  return (
    <>
      <DescriptionList
        items={[{ term: t('partnerCity.country'), description: countryName(city.country, locale) }]}
      />
      <Section title={t('partnerCity.agreements')} count={agreements.length}>
        {agreements.length ? (
          agreements.map((agreement) => <AgreementCard key={agreement.id} agreement={agreement} />)
        ) : (
          <EmptyState>{t('partnerCity.agreementsEmpty')}</EmptyState>
        )}
      </Section>
    </>
  );
}
