// Registers the follow-up strings this module uses, when its page's chunk loads.
import '../../i18n/follow-up';
import { label } from '@malmo/domain';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type {
  AssessmentsTable_MembershipAssessmentFragment,
  MembershipAssessmentOrderField,
} from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { formatAmount, formatDecimal } from '../../lib/format';
import { paths } from '../../paths';
import { WithDemo } from '../demo/Demo';
import { csvOnly, type ListColumn } from '../list/ListScreen';

export const AssessmentsTableFragment = graphql(`
  fragment AssessmentsTable_MembershipAssessment on MembershipAssessment {
    id
    assessedOn
    score
    costSek
    feeSek
    staffHours
    valueForMoney
    exchangeQuality
    influence
    participation
    informationUse
    comment
    demo
    membership {
      id
      organisation {
        id
        name
      }
    }
    assessor {
      id
      name
    }
  }
`);

type Row = AssessmentsTable_MembershipAssessmentFragment;

export function useAssessmentsTableColumns(): ListColumn<Row, MembershipAssessmentOrderField>[] {
  const { t, locale } = useLocale();
  const criterion = (key: Parameters<typeof label<'assessmentCriterion'>>[2]) =>
    label(locale, 'assessmentCriterion', key);
  return [
    {
      id: 'membership',
      header: t('assessments.membership'),
      sortKey: 'MEMBERSHIP',
      cell: (a) => (
        <WithDemo demo={a.demo}>
          <Link to={paths.organisation(a.membership.organisation.id)}>
            {a.membership.organisation.name}
          </Link>
        </WithDemo>
      ),
      csv: (a) => a.membership.organisation.name,
    },
    {
      id: 'assessedOn',
      header: t('assessments.assessedOn'),
      sortKey: 'ASSESSED_ON',
      cell: (a) => (
        <time dateTime={a.assessedOn} className="nowrap">
          {a.assessedOn}
        </time>
      ),
      csv: (a) => a.assessedOn,
    },
    {
      id: 'score',
      header: t('assessments.score'),
      numeric: true,
      cell: (a) => formatDecimal(a.score, locale),
      csv: (a) => a.score,
    },
    {
      id: 'fee',
      header: t('assessments.fee'),
      sortKey: 'FEE',
      numeric: true,
      cell: (a) => formatAmount(a.feeSek, locale),
      csv: (a) => a.feeSek,
    },
    {
      id: 'cost',
      header: t('assessments.cost'),
      numeric: true,
      cell: (a) => formatAmount(a.costSek, locale),
      csv: (a) => a.costSek,
    },
    {
      id: 'valueForMoney',
      header: t('assessments.valueForMoney'),
      numeric: true,
      cell: (a) => formatDecimal(a.valueForMoney, locale),
      csv: (a) => a.valueForMoney,
    },
    {
      id: 'assessor',
      header: t('assessments.assessor'),
      cell: (a) =>
        a.assessor ? <Link to={paths.person(a.assessor.id)}>{a.assessor.name}</Link> : '–',
      csv: (a) => a.assessor?.name,
    },
    csvOnly('staffHours', t('assessments.staffHours'), (a) => a.staffHours),
    csvOnly('exchangeQuality', criterion('exchange_quality'), (a) => a.exchangeQuality),
    csvOnly('influence', criterion('influence'), (a) => a.influence),
    csvOnly('participation', criterion('participation'), (a) => a.participation),
    csvOnly('informationUse', criterion('information_use'), (a) => a.informationUse),
    csvOnly('comment', t('assessments.comment'), (a) => a.comment),
    csvOnly('demo', t('demo.filter'), (a) => (a.demo ? t('common.yes') : t('common.no'))),
  ];
}
