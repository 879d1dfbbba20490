import { label } from '@malmo/domain';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type {
  OrganisationOrderField,
  OrganisationsTable_OrganisationFragment,
} from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { fromGql } from '../../lib/enums';
import { paths } from '../../paths';
import type { ListColumn } from '../list/ListScreen';

export const OrganisationsTableFragment = graphql(`
  fragment OrganisationsTable_Organisation on Organisation {
    id
    name
    abbreviation
    kind
    regionFocus
    membership {
      id
      since
    }
  }
`);

type Row = OrganisationsTable_OrganisationFragment;

export function useOrganisationsTableColumns(): ListColumn<Row, OrganisationOrderField>[] {
  const { t, locale } = useLocale();
  const kind = (org: Row) => label(locale, 'organisationKind', fromGql(org.kind));
  const region = (org: Row) => label(locale, 'regionFocus', fromGql(org.regionFocus));
  const member = (org: Row) =>
    org.membership
      ? org.membership.since
        ? t('organisations.memberSince', { year: org.membership.since })
        : t('common.yes')
      : t('common.no');
  return [
    {
      id: 'name',
      header: t('organisations.name'),
      sortKey: 'NAME',
      cell: (org) => <Link to={paths.organisation(org.id)}>{org.name}</Link>,
      csv: (org) => org.name,
    },
    {
      id: 'abbreviation',
      header: t('organisations.abbreviation'),
      cell: (org) => org.abbreviation ?? '–',
      csv: (org) => org.abbreviation,
    },
    { id: 'kind', header: t('organisations.kind'), sortKey: 'KIND', cell: kind, csv: kind },
    {
      id: 'region',
      header: t('organisations.regionFocus'),
      sortKey: 'REGION_FOCUS',
      cell: region,
      csv: region,
    },
    { id: 'member', header: t('organisations.member'), cell: member, csv: member },
  ];
}
