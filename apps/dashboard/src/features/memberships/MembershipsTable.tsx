import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { MembershipOrderField, MembershipsTable_MembershipFragment } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { paths } from '../../paths';
import type { ListColumn } from '../list/ListScreen';

export const MembershipsTableFragment = graphql(`
  fragment MembershipsTable_Membership on Membership {
    id
    since
    organisation {
      id
      name
      abbreviation
    }
    ownerUnit {
      id
      name
    }
  }
`);

type Row = MembershipsTable_MembershipFragment;

export function useMembershipsTableColumns(): ListColumn<Row, MembershipOrderField>[] {
  const { t } = useLocale();
  return [
    {
      id: 'organisation',
      header: t('memberships.organisation'),
      sortKey: 'ORGANISATION',
      cell: (m) => <Link to={paths.organisation(m.organisation.id)}>{m.organisation.name}</Link>,
      csv: (m) => m.organisation.name,
    },
    {
      id: 'since',
      header: t('memberships.since'),
      sortKey: 'SINCE',
      numeric: true,
      cell: (m) => m.since ?? '–',
      csv: (m) => m.since,
    },
    {
      id: 'owner',
      header: t('memberships.ownerUnit'),
      cell: (m) =>
        m.ownerUnit ? <Link to={paths.unit(m.ownerUnit.id)}>{m.ownerUnit.name}</Link> : '–',
      csv: (m) => m.ownerUnit?.name,
    },
  ];
}
