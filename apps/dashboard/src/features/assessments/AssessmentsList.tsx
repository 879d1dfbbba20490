// Registers the follow-up strings this module uses, when its page's chunk loads.
import '../../i18n/follow-up';
import { graphql } from '../../gql';
import type { AssessmentsListQuery } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { DemoLegend } from '../demo/Demo';
import { assessmentLinks } from '../editing/kinds/links';
import { NewRecordLink, useEditColumns } from '../editing/ListActions';
import { DateFilter, DemoFilter, OptionFilter } from '../list/filters';
import { ListScreen } from '../list/ListScreen';
import { useMembershipOptions } from '../list/options';
import { booleanParam, dateParam, defineListSearch, idParam } from '../list/search';
import { useAssessmentsTableColumns } from './AssessmentsTable';

const assessmentsListQuery = graphql(`
  query AssessmentsList(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: MembershipAssessmentFilter
    $orderBy: MembershipAssessmentOrder
    $includeArchived: Boolean
  ) {
    membershipAssessments(
      first: $first
      after: $after
      last: $last
      before: $before
      filter: $filter
      orderBy: $orderBy
      includeArchived: $includeArchived
    ) {
      totalCount
      pageInfo {
        ...ListPageInfo
      }
      edges {
        node {
          ...AssessmentsTable_MembershipAssessment
          archivedAt
        }
      }
    }
  }
`);

const spec = defineListSearch({
  sorts: ['ASSESSED_ON', 'MEMBERSHIP', 'FEE'],
  defaultSort: 'ASSESSED_ON',
  defaultDirection: 'desc',
  filters: { membership: idParam(), from: dateParam(), to: dateParam(), demo: booleanParam() },
});

const select = (data: AssessmentsListQuery) => data.membershipAssessments;

export function AssessmentsList() {
  const { t } = useLocale();
  const columns = useAssessmentsTableColumns();
  const withEdit = useEditColumns(
    columns,
    assessmentLinks,
    (r) => `${r.membership.organisation.name} ${r.assessedOn}`,
  );
  const memberships = useMembershipOptions();
  return (
    <ListScreen
      archivable
      title={t('assessments.title')}
      description={t('assessments.description')}
      csvName={t('assessments.csv')}
      spec={spec}
      document={assessmentsListQuery}
      select={select}
      filter={({ filters }) => ({
        membershipId: filters.membership ?? null,
        assessedFrom: filters.from ?? null,
        assessedTo: filters.to ?? null,
        demo: filters.demo ?? null,
      })}
      columns={withEdit}
      actions={<NewRecordLink kind={assessmentLinks} />}
      compact
      legend={<DemoLegend />}
      filters={({ search, setFilter }) => (
        <>
          <OptionFilter
            label={t('assessments.membership')}
            options={memberships}
            value={search.filters.membership}
            onChange={(value) => setFilter('membership', value)}
          />
          <DateFilter
            label={t('assessments.from')}
            value={search.filters.from}
            onChange={(value) => setFilter('from', value)}
          />
          <DateFilter
            label={t('assessments.to')}
            value={search.filters.to}
            onChange={(value) => setFilter('to', value)}
          />
          <DemoFilter value={search.filters.demo} onChange={(value) => setFilter('demo', value)} />
        </>
      )}
    />
  );
}
