import { label } from '@malmo/domain';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type {
  PartnerCitiesTable_PartnerCityFragment,
  PartnerCityOrderField,
} from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { fromGql } from '../../lib/enums';
import { countryName } from '../../lib/format';
import { paths } from '../../paths';
import type { ListColumn } from '../list/ListScreen';
import { AgreementStatusBadge, agreementStatusText } from './AgreementStatusBadge';

export const PartnerCitiesTableFragment = graphql(`
  fragment PartnerCitiesTable_PartnerCity on PartnerCity {
    id
    name
    country
    agreements {
      id
      type
      signedYear
      status
      expired
    }
  }
`);

type Row = PartnerCitiesTable_PartnerCityFragment;

/** The agreements come oldest first; the last one is the one in force or most recent. */
function latest(city: Row) {
  return city.agreements.at(-1);
}

export function usePartnerCitiesTableColumns(): ListColumn<Row, PartnerCityOrderField>[] {
  const { t, locale } = useLocale();
  const agreement = (city: Row) => {
    const last = latest(city);
    if (!last) return '';
    const type = label(locale, 'agreementType', fromGql(last.type));
    return last.signedYear ? `${type}, ${last.signedYear}` : type;
  };
  return [
    {
      id: 'name',
      header: t('partnerCities.name'),
      sortKey: 'NAME',
      cell: (city) => <Link to={paths.partnerCity(city.id)}>{city.name}</Link>,
      csv: (city) => city.name,
    },
    {
      id: 'country',
      header: t('partnerCities.country'),
      sortKey: 'COUNTRY',
      cell: (city) => countryName(city.country, locale),
      csv: (city) => countryName(city.country, locale),
    },
    {
      id: 'agreement',
      header: t('partnerCities.latestAgreement'),
      cell: (city) => agreement(city) || '–',
      csv: agreement,
    },
    {
      id: 'status',
      header: t('partnerCities.status'),
      cell: (city) => {
        const last = latest(city);
        return last ? (
          <AgreementStatusBadge status={fromGql(last.status)} expired={last.expired} />
        ) : (
          '–'
        );
      },
      csv: (city) => {
        const last = latest(city);
        return last
          ? agreementStatusText(
              locale,
              fromGql(last.status),
              last.expired,
              t('partnerCity.expired'),
            )
          : '';
      },
    },
  ];
}
