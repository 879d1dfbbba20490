// Registers the follow-up strings this module uses, when its page's chunk loads.
import '../../i18n/follow-up';
import { label } from '@malmo/domain';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type {
  LegislationTable_LegislationWatchFragment,
  LegislationWatchOrderField,
} from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { fromGql } from '../../lib/enums';
import { paths } from '../../paths';
import { WithDemo } from '../demo/Demo';
import { csvOnly, type ListColumn } from '../list/ListScreen';

export const LegislationTableFragment = graphql(`
  fragment LegislationTable_LegislationWatch on LegislationWatch {
    id
    title
    reference
    status
    nextReviewOn
    analysis
    demo
    priorityAreas
    themes
    ownerUnit {
      id
      name
    }
    affectedUnits {
      id
      name
    }
  }
`);

type Row = LegislationTable_LegislationWatchFragment;

export function useLegislationTableColumns(): ListColumn<Row, LegislationWatchOrderField>[] {
  const { t, locale } = useLocale();
  const status = (w: Row) => label(locale, 'legislationStatus', fromGql(w.status));
  return [
    {
      id: 'title',
      header: t('legislation.name'),
      sortKey: 'TITLE',
      cell: (w) => <WithDemo demo={w.demo}>{w.title}</WithDemo>,
      csv: (w) => w.title,
    },
    {
      id: 'reference',
      header: t('legislation.reference'),
      cell: (w) => <span className="nowrap">{w.reference ?? '–'}</span>,
      csv: (w) => w.reference,
    },
    {
      id: 'status',
      header: t('legislation.status'),
      sortKey: 'STATUS',
      cell: status,
      csv: status,
    },
    {
      id: 'owner',
      header: t('legislation.owner'),
      cell: (w) => <Link to={paths.unit(w.ownerUnit.id)}>{w.ownerUnit.name}</Link>,
      csv: (w) => w.ownerUnit.name,
    },
    {
      id: 'affected',
      header: t('legislation.affected'),
      cell: (w) =>
        w.affectedUnits.length ? (
          <span className="cell-stack">
            {w.affectedUnits.map((unit, index) => (
              <span key={unit.id}>
                <Link to={paths.unit(unit.id)}>{unit.name}</Link>
                {index < w.affectedUnits.length - 1 ? ',' : ''}
              </span>
            ))}
          </span>
        ) : (
          '–'
        ),
      csv: (w) => w.affectedUnits.map((unit) => unit.name).join('; '),
    },
    {
      id: 'nextReview',
      header: t('legislation.nextReview'),
      sortKey: 'NEXT_REVIEW',
      cell: (w) =>
        w.nextReviewOn ? (
          <time dateTime={w.nextReviewOn} className="nowrap">
            {w.nextReviewOn}
          </time>
        ) : (
          '–'
        ),
      csv: (w) => w.nextReviewOn,
    },
    csvOnly('priorityAreas', t('project.priorityAreas'), (w) =>
      w.priorityAreas.map((a) => label(locale, 'priorityArea', fromGql(a))).join('; '),
    ),
    csvOnly('themes', t('project.themes'), (w) =>
      w.themes.map((theme) => label(locale, 'theme', fromGql(theme))).join('; '),
    ),
    csvOnly('analysis', t('project.analysis'), (w) => w.analysis),
    csvOnly('demo', t('demo.filter'), (w) => (w.demo ? t('common.yes') : t('common.no'))),
  ];
}
