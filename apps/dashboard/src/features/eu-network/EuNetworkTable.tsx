import { Link } from 'react-router';
import { graphql } from '../../gql';
import type {
  EuNetworkContactOrderField,
  EuNetworkTable_EuNetworkContactFragment,
} from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { paths } from '../../paths';
import type { ListColumn } from '../list/ListScreen';

export const EuNetworkTableFragment = graphql(`
  fragment EuNetworkTable_EuNetworkContact on EuNetworkContact {
    id
    listedAs
    year
    unit {
      id
      name
    }
    person {
      id
      name
    }
  }
`);

type Row = EuNetworkTable_EuNetworkContactFragment;

export function useEuNetworkTableColumns(): ListColumn<Row, EuNetworkContactOrderField>[] {
  const { t } = useLocale();
  return [
    {
      id: 'unit',
      header: t('euNetwork.unit'),
      sortKey: 'UNIT',
      cell: (contact) => <Link to={paths.unit(contact.unit.id)}>{contact.listedAs}</Link>,
      csv: (contact) => contact.listedAs,
    },
    {
      id: 'person',
      header: t('euNetwork.person'),
      sortKey: 'PERSON',
      cell: (contact) => <Link to={paths.person(contact.person.id)}>{contact.person.name}</Link>,
      csv: (contact) => contact.person.name,
    },
    {
      id: 'year',
      header: t('euNetwork.year'),
      sortKey: 'YEAR',
      numeric: true,
      cell: (contact) => contact.year,
      csv: (contact) => contact.year,
    },
  ];
}
