import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { PeopleTable_PersonFragment, PersonOrderField } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { paths } from '../../paths';
import type { ListColumn } from '../list/ListScreen';

export const PeopleTableFragment = graphql(`
  fragment PeopleTable_Person on Person {
    id
    name
    unit {
      id
      name
    }
  }
`);

export function usePeopleTableColumns(): ListColumn<
  PeopleTable_PersonFragment,
  PersonOrderField
>[] {
  const { t } = useLocale();
  return [
    {
      id: 'name',
      header: t('people.name'),
      sortKey: 'NAME',
      cell: (person) => <Link to={paths.person(person.id)}>{person.name}</Link>,
      csv: (person) => person.name,
    },
    {
      id: 'unit',
      header: t('people.unit'),
      sortKey: 'UNIT',
      cell: (person) =>
        person.unit ? <Link to={paths.unit(person.unit.id)}>{person.unit.name}</Link> : '–',
      csv: (person) => person.unit?.name,
    },
  ];
}
