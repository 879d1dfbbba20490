import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { ProjectOrderField, ProjectsTable_ProjectFragment } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { paths } from '../../paths';
import type { ListColumn } from '../list/ListScreen';

export const ProjectsTableFragment = graphql(`
  fragment ProjectsTable_Project on Project {
    id
    title
    ownerUnit {
      id
      name
    }
    seats {
      id
    }
  }
`);

type Row = ProjectsTable_ProjectFragment;

export function useProjectsTableColumns(): ListColumn<Row, ProjectOrderField>[] {
  const { t } = useLocale();
  return [
    {
      id: 'title',
      header: t('projects.name'),
      sortKey: 'TITLE',
      cell: (project) => project.title,
      csv: (project) => project.title,
    },
    {
      id: 'owner',
      header: t('projects.ownerUnit'),
      sortKey: 'OWNER_UNIT',
      cell: (project) =>
        project.ownerUnit ? (
          <Link to={paths.unit(project.ownerUnit.id)}>{project.ownerUnit.name}</Link>
        ) : (
          '–'
        ),
      csv: (project) => project.ownerUnit?.name,
    },
    {
      id: 'seats',
      header: t('projects.seats'),
      numeric: true,
      cell: (project) => project.seats.length,
      csv: (project) => project.seats.length,
    },
  ];
}
