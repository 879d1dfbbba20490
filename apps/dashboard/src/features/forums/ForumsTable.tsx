import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { ForumOrderField, ForumsTable_ForumFragment } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { paths } from '../../paths';
import type { ListColumn } from '../list/ListScreen';

export const ForumsTableFragment = graphql(`
  fragment ForumsTable_Forum on Forum {
    id
    name
    parent {
      id
      name
    }
    organisation {
      id
      name
    }
    seats {
      id
    }
  }
`);

type Row = ForumsTable_ForumFragment;

export function useForumsTableColumns(): ListColumn<Row, ForumOrderField>[] {
  const { t } = useLocale();
  return [
    {
      id: 'name',
      header: t('forums.name'),
      sortKey: 'NAME',
      cell: (forum) => <Link to={paths.forum(forum.id)}>{forum.name}</Link>,
      csv: (forum) => forum.name,
    },
    {
      id: 'parent',
      header: t('forums.parent'),
      cell: (forum) =>
        forum.parent ? <Link to={paths.forum(forum.parent.id)}>{forum.parent.name}</Link> : '–',
      csv: (forum) => forum.parent?.name,
    },
    {
      id: 'organisation',
      header: t('forums.organisation'),
      sortKey: 'ORGANISATION',
      cell: (forum) => (
        <Link to={paths.organisation(forum.organisation.id)}>{forum.organisation.name}</Link>
      ),
      csv: (forum) => forum.organisation.name,
    },
    {
      id: 'seats',
      header: t('forums.seats'),
      numeric: true,
      cell: (forum) => forum.seats.length,
      csv: (forum) => forum.seats.length,
    },
  ];
}
