import { label } from '@malmo/domain';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { UnitOrderField, UnitsTable_UnitFragment } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { fromGql } from '../../lib/enums';
import { paths } from '../../paths';
import type { ListColumn } from '../list/ListScreen';

export const UnitsTableFragment = graphql(`
  fragment UnitsTable_Unit on Unit {
    id
    name
    kind
    parent {
      id
      name
    }
  }
`);

export function useUnitsTableColumns(): ListColumn<UnitsTable_UnitFragment, UnitOrderField>[] {
  const { t, locale } = useLocale();
  const kind = (unit: UnitsTable_UnitFragment) => label(locale, 'unitKind', fromGql(unit.kind));
  return [
    {
      id: 'name',
      header: t('units.name'),
      sortKey: 'NAME',
      cell: (unit) => <Link to={paths.unit(unit.id)}>{unit.name}</Link>,
      csv: (unit) => unit.name,
    },
    { id: 'kind', header: t('units.kind'), sortKey: 'KIND', cell: kind, csv: kind },
    {
      id: 'parent',
      header: t('units.parent'),
      cell: (unit) =>
        unit.parent ? <Link to={paths.unit(unit.parent.id)}>{unit.parent.name}</Link> : '–',
      csv: (unit) => unit.parent?.name,
    },
  ];
}
