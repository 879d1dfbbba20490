// Registers the follow-up strings this module uses, when its page's chunk loads.
import '../../i18n/follow-up';
import { graphql } from '../../gql';
import type { MeetingsListQuery } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { DemoLegend } from '../demo/Demo';
import { meetingLinks, meetingReportLinks } from '../editing/kinds/links';
import { NewRecordLink, useEditColumns, useReportColumns } from '../editing/ListActions';
import { WithinFilter, withinParams, withinUnitId } from '../engagement/list-scope';
import { BooleanFilter, DateFilter, DemoFilter, OptionFilter } from '../list/filters';
import { ListScreen } from '../list/ListScreen';
import {
  useForumOptions,
  useOrganisationOptions,
  usePartnerCityOptions,
  useUnitOptions,
} from '../list/options';
import { booleanParam, dateParam, defineListSearch, idParam } from '../list/search';
import { useMeetingsTableColumns } from './MeetingsTable';

const meetingsListQuery = graphql(`
  query MeetingsList(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: MeetingFilter
    $orderBy: MeetingOrder
    $includeArchived: Boolean
  ) {
    meetings(
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
          ...MeetingsTable_Meeting
          archivedAt
        }
      }
    }
  }
`);

const spec = defineListSearch({
  sorts: ['DATE', 'PLACE', 'UNIT'],
  defaultSort: 'DATE',
  defaultDirection: 'desc',
  filters: {
    unit: idParam(),
    forum: idParam(),
    organisation: idParam(),
    city: idParam(),
    reported: booleanParam(),
    from: dateParam(),
    to: dateParam(),
    demo: booleanParam(),
    ...withinParams,
  },
});

const select = (data: MeetingsListQuery) => data.meetings;

export function MeetingsList() {
  const { t } = useLocale();
  const columns = useMeetingsTableColumns();
  const withEdit = useReportColumns(
    useEditColumns(columns, meetingLinks, (r) => `${r.date} ${r.place}`),
    meetingReportLinks,
    (r) => `${r.date} ${r.place}`,
  );
  const units = useUnitOptions();
  const forums = useForumOptions();
  const organisations = useOrganisationOptions();
  const cities = usePartnerCityOptions();
  return (
    <ListScreen
      archivable
      title={t('meetings.title')}
      description={t('meetings.description')}
      csvName={t('meetings.csv')}
      spec={spec}
      document={meetingsListQuery}
      select={select}
      filter={({ filters }) => ({
        unitId: filters.unit ?? null,
        forumId: filters.forum ?? null,
        organisationId: filters.organisation ?? null,
        partnerCityId: filters.city ?? null,
        reported: filters.reported ?? null,
        dateFrom: filters.from ?? null,
        dateTo: filters.to ?? null,
        demo: filters.demo ?? null,
        withinUnitId: withinUnitId(filters.within),
      })}
      columns={withEdit}
      actions={<NewRecordLink kind={meetingLinks} />}
      compact
      legend={<DemoLegend />}
      filters={({ search, setFilter }) => (
        <>
          <OptionFilter
            label={t('meetings.unit')}
            options={units}
            value={search.filters.unit}
            onChange={(value) => setFilter('unit', value)}
          />
          <OptionFilter
            label={t('meetings.forum')}
            options={forums}
            value={search.filters.forum}
            onChange={(value) => setFilter('forum', value)}
          />
          <OptionFilter
            label={t('meetings.organisation')}
            options={organisations}
            value={search.filters.organisation}
            onChange={(value) => setFilter('organisation', value)}
          />
          <OptionFilter
            label={t('meetings.partnerCity')}
            options={cities}
            value={search.filters.city}
            onChange={(value) => setFilter('city', value)}
          />
          <BooleanFilter
            label={t('meetings.reported')}
            value={search.filters.reported}
            onChange={(value) => setFilter('reported', value)}
          />
          <DateFilter
            label={t('meetings.dateFrom')}
            value={search.filters.from}
            onChange={(value) => setFilter('from', value)}
          />
          <DateFilter
            label={t('meetings.dateTo')}
            value={search.filters.to}
            onChange={(value) => setFilter('to', value)}
          />
          <DemoFilter value={search.filters.demo} onChange={(value) => setFilter('demo', value)} />
          <WithinFilter
            value={search.filters.within}
            onChange={(value) => setFilter('within', value)}
          />
        </>
      )}
    />
  );
}
