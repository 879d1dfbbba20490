// Registers the follow-up strings this module uses, when its page's chunk loads.
import '../../i18n/follow-up';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type {
  ParticipationOrderField,
  ParticipationsTable_ParticipationFragment,
} from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { formatAmount } from '../../lib/format';
import { paths } from '../../paths';
import { WithDemo } from '../demo/Demo';
import { csvOnly, type ListColumn } from '../list/ListScreen';

export const ParticipationsTableFragment = graphql(`
  fragment ParticipationsTable_Participation on Participation {
    id
    delegates
    costSek
    contactsGained
    purpose
    outcome
    demo
    edition {
      id
      year
      place
      series {
        id
        name
      }
    }
    unit {
      id
      name
    }
  }
`);

type Row = ParticipationsTable_ParticipationFragment;

export function useParticipationsTableColumns(): ListColumn<Row, ParticipationOrderField>[] {
  const { t, locale } = useLocale();
  return [
    {
      id: 'event',
      header: t('participations.event'),
      cell: (p) => (
        <WithDemo demo={p.demo}>
          {p.edition.series.name} {p.edition.year}
        </WithDemo>
      ),
      csv: (p) => p.edition.series.name,
    },
    {
      id: 'year',
      header: t('participations.year'),
      sortKey: 'YEAR',
      numeric: true,
      cell: (p) => p.edition.year,
      csv: (p) => p.edition.year,
    },
    {
      id: 'unit',
      header: t('participations.unit'),
      sortKey: 'UNIT',
      cell: (p) => <Link to={paths.unit(p.unit.id)}>{p.unit.name}</Link>,
      csv: (p) => p.unit.name,
    },
    {
      id: 'delegates',
      header: t('participations.delegates'),
      sortKey: 'DELEGATES',
      numeric: true,
      cell: (p) => p.delegates,
      csv: (p) => p.delegates,
    },
    {
      id: 'cost',
      header: t('participations.cost'),
      sortKey: 'COST',
      numeric: true,
      cell: (p) => formatAmount(p.costSek, locale),
      csv: (p) => p.costSek,
    },
    {
      id: 'contacts',
      header: t('participations.contacts'),
      sortKey: 'CONTACTS',
      numeric: true,
      cell: (p) => p.contactsGained,
      csv: (p) => p.contactsGained,
    },
    {
      id: 'purpose',
      header: t('participations.purpose'),
      cell: (p) => p.purpose,
      csv: (p) => p.purpose,
    },
    csvOnly('outcome', t('participations.outcome'), (p) => p.outcome),
    csvOnly('demo', t('demo.filter'), (p) => (p.demo ? t('common.yes') : t('common.no'))),
  ];
}
