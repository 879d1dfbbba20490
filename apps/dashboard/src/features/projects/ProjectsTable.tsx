import { label } from '@malmo/domain';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { ProjectOrderField, ProjectsTable_ProjectFragment } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { fromGql } from '../../lib/enums';
import { formatAmount } from '../../lib/format';
import { paths } from '../../paths';
import { WithDemo } from '../demo/Demo';
import { csvOnly, type ListColumn } from '../list/ListScreen';
import { ProjectStateBadge } from './ProjectStateBadge';

export const ProjectsTableFragment = graphql(`
  fragment ProjectsTable_Project on Project {
    id
    title
    programme
    state
    budgetSek
    euFundingSoughtSek
    euFundingGrantedSek
    analysisComplete
    applicationDeadline
    startOn
    demo
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
  const { t, locale } = useLocale();
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  return [
    {
      id: 'title',
      header: t('projects.name'),
      sortKey: 'TITLE',
      cell: (project) => (
        <WithDemo demo={project.demo}>
          <Link to={paths.project(project.id)}>{project.title}</Link>
        </WithDemo>
      ),
      csv: (project) => project.title,
    },
    {
      id: 'state',
      header: t('projects.state'),
      sortKey: 'STATE',
      cell: (project) => <ProjectStateBadge state={fromGql(project.state)} />,
      csv: (project) => label(locale, 'projectState', fromGql(project.state)),
    },
    {
      id: 'programme',
      header: t('projects.programme'),
      cell: (project) => project.programme ?? '–',
      csv: (project) => project.programme,
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
      id: 'budget',
      header: t('projects.budget'),
      sortKey: 'BUDGET',
      numeric: true,
      cell: (project) => <span className="nowrap">{formatAmount(project.budgetSek, locale)}</span>,
      csv: (project) => project.budgetSek,
    },
    {
      id: 'euSought',
      header: t('projects.euSought'),
      numeric: true,
      cell: (project) => (
        <span className="nowrap">{formatAmount(project.euFundingSoughtSek, locale)}</span>
      ),
      csv: (project) => project.euFundingSoughtSek,
    },
    {
      id: 'euGranted',
      header: t('projects.euGranted'),
      numeric: true,
      cell: (project) => (
        <span className="nowrap">{formatAmount(project.euFundingGrantedSek, locale)}</span>
      ),
      csv: (project) => project.euFundingGrantedSek,
    },
    {
      id: 'analysis',
      header: t('projects.analysis'),
      cell: (project) => yesNo(project.analysisComplete),
      csv: (project) => yesNo(project.analysisComplete),
    },
    csvOnly('start', t('projects.start'), (project) => project.startOn),
    csvOnly('deadline', t('projects.deadline'), (project) => project.applicationDeadline),
    csvOnly('seats', t('projects.seats'), (project) => project.seats.length),
    csvOnly('demo', t('demo.filter'), (project) => yesNo(project.demo)),
  ];
}
