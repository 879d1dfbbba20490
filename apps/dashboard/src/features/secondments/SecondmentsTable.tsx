// Registers the follow-up strings this module uses, when its page's chunk loads.
import '../../i18n/follow-up';
import { addMonths, label, SECONDMENT_REPORT_MONTHS } from '@malmo/domain';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { SecondmentOrderField, SecondmentsTable_SecondmentFragment } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { fromGql } from '../../lib/enums';
import { paths } from '../../paths';
import { WithDemo } from '../demo/Demo';
import { csvOnly, type ListColumn } from '../list/ListScreen';

export const SecondmentsTableFragment = graphql(`
  fragment SecondmentsTable_Secondment on Secondment {
    id
    startOn
    endOn
    purpose
    demo
    externalOrganisation
    externalTerms
    reportSubmittedOn
    person {
      id
      name
    }
    unit {
      id
      name
    }
  }
`);

type Row = SecondmentsTable_SecondmentFragment;

/** R11: the report is due a month after the return; none is due before the end is known. */
export function reportDue(secondment: Pick<Row, 'endOn'>): string | null {
  return secondment.endOn ? addMonths(secondment.endOn, SECONDMENT_REPORT_MONTHS) : null;
}

function Day({ date }: { date: string | null }) {
  return date ? (
    <time dateTime={date} className="nowrap">
      {date}
    </time>
  ) : (
    '–'
  );
}

export function useSecondmentsTableColumns(): ListColumn<Row, SecondmentOrderField>[] {
  const { t, locale } = useLocale();
  const who = (s: Row) => s.person?.name ?? s.externalOrganisation ?? '–';
  return [
    {
      id: 'who',
      header: t('secondments.who'),
      cell: (s) => (
        <WithDemo demo={s.demo}>
          {s.person ? <Link to={paths.person(s.person.id)}>{s.person.name}</Link> : who(s)}
          {!s.unit && s.externalOrganisation ? (
            <span className="cell-muted">{t('secondments.external')}</span>
          ) : null}
        </WithDemo>
      ),
      csv: who,
    },
    {
      id: 'unit',
      header: t('secondments.unit'),
      sortKey: 'UNIT',
      cell: (s) => (s.unit ? <Link to={paths.unit(s.unit.id)}>{s.unit.name}</Link> : '–'),
      csv: (s) => s.unit?.name,
    },
    {
      id: 'purpose',
      header: t('secondments.purpose'),
      cell: (s) => label(locale, 'secondmentPurpose', fromGql(s.purpose)),
      csv: (s) => label(locale, 'secondmentPurpose', fromGql(s.purpose)),
    },
    {
      id: 'start',
      header: t('secondments.start'),
      sortKey: 'START',
      cell: (s) => <Day date={s.startOn} />,
      csv: (s) => s.startOn,
    },
    {
      id: 'end',
      header: t('secondments.end'),
      sortKey: 'END',
      cell: (s) => <Day date={s.endOn} />,
      csv: (s) => s.endOn,
    },
    {
      id: 'due',
      header: t('secondments.reportDue'),
      cell: (s) => <Day date={reportDue(s)} />,
      csv: reportDue,
    },
    {
      id: 'submitted',
      header: t('secondments.reportSubmitted'),
      cell: (s) => <Day date={s.reportSubmittedOn} />,
      csv: (s) => s.reportSubmittedOn,
    },
    csvOnly('terms', t('secondments.externalTerms'), (s) => s.externalTerms),
    csvOnly('demo', t('demo.filter'), (s) => (s.demo ? t('common.yes') : t('common.no'))),
  ];
}
