// Registers the follow-up strings this module uses, when its page's chunk loads.
import '../../i18n/follow-up';
import { label } from '@malmo/domain';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type {
  OperationalPlanOrderField,
  PlansTable_OperationalPlanFragment,
} from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { fromGql } from '../../lib/enums';
import { paths } from '../../paths';
import { WithDemo } from '../demo/Demo';
import { csvOnly, type ListColumn } from '../list/ListScreen';

export const PlansTableFragment = graphql(`
  fragment PlansTable_OperationalPlan on OperationalPlan {
    id
    year
    adoptedOn
    demo
    unit {
      id
      name
    }
    priorities {
      targetKind
      euFundingSought
      reason
      membership {
        id
        organisation {
          id
          name
        }
      }
      project {
        id
        title
      }
      eventSeries {
        id
        name
      }
      forum {
        id
        name
      }
    }
  }
`);

type Row = PlansTable_OperationalPlanFragment;
type Priority = Row['priorities'][number];

/** What a priority points at, by name. */
export function priorityName(priority: Priority): string {
  return (
    priority.project?.title ??
    priority.membership?.organisation.name ??
    priority.eventSeries?.name ??
    priority.forum?.name ??
    '–'
  );
}

export function usePlansTableColumns(): ListColumn<Row, OperationalPlanOrderField>[] {
  const { t, locale } = useLocale();
  const described = (priority: Priority) =>
    `${label(locale, 'priorityTargetKind', fromGql(priority.targetKind))}: ${priorityName(priority)}`;
  const funded = (plan: Row) => plan.priorities.filter((p) => p.euFundingSought);
  return [
    {
      id: 'unit',
      header: t('plans.unit'),
      sortKey: 'UNIT',
      cell: (plan) => (
        <WithDemo demo={plan.demo}>
          <Link to={paths.unit(plan.unit.id)}>{plan.unit.name}</Link>
        </WithDemo>
      ),
      csv: (plan) => plan.unit.name,
    },
    {
      id: 'year',
      header: t('plans.year'),
      sortKey: 'YEAR',
      numeric: true,
      cell: (plan) => plan.year,
      csv: (plan) => plan.year,
    },
    {
      id: 'adopted',
      header: t('plans.adoptedOn'),
      sortKey: 'ADOPTED_ON',
      cell: (plan) =>
        plan.adoptedOn ? (
          <time dateTime={plan.adoptedOn}>{plan.adoptedOn}</time>
        ) : (
          t('plans.notAdopted')
        ),
      csv: (plan) => plan.adoptedOn,
    },
    {
      id: 'count',
      header: t('plans.priorities'),
      numeric: true,
      cell: (plan) => plan.priorities.length,
      csv: (plan) => plan.priorities.length,
    },
    {
      id: 'priorities',
      header: t('plans.prioritiesList'),
      cell: (plan) =>
        plan.priorities.length ? (
          <ul className="ui-link-list">
            {plan.priorities.map((priority) => (
              <li key={`${priority.targetKind}:${priorityName(priority)}`}>
                {described(priority)}
              </li>
            ))}
          </ul>
        ) : (
          '–'
        ),
      csv: (plan) => plan.priorities.map(described).join('; '),
    },
    {
      id: 'eu',
      header: t('plans.euFunding'),
      cell: (plan) => funded(plan).map(priorityName).join(', ') || '–',
      csv: (plan) => funded(plan).map(priorityName).join('; '),
    },
    csvOnly('demo', t('demo.filter'), (plan) => (plan.demo ? t('common.yes') : t('common.no'))),
  ];
}
