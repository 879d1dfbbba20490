import { useQuery } from '@apollo/client/react';
import { PageHeader, Section, StatCard, StatGrid, StatusMessage } from '@malmo/ui';
import { lazy, Suspense } from 'react';
import { graphql } from '../../gql';
import type { OverviewQuery } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { useDocumentTitle } from '../../lib/document-title';
import { paths } from '../../paths';
import { canReadFollowUp } from '../auth/permissions';
import { useGrant } from '../auth/SessionProvider';
import { LoadFailed } from '../shell/LoadFailed';

// The steering group's sections load only for the roles that read them (readers never pay).
const SteeringOverview = lazy(async () => ({
  default: (await import('./SteeringOverview')).SteeringOverview,
}));

// Counts only: `first: 0` asks for no rows, just each list's totalCount.
const overviewQuery = graphql(`
  query Overview {
    units(first: 0) {
      totalCount
    }
    people(first: 0) {
      totalCount
    }
    euNetworkContacts(first: 0) {
      totalCount
    }
    organisations(first: 0) {
      totalCount
    }
    regionalPartners: organisations(first: 0, filter: { kinds: [REGIONAL_ACTOR] }) {
      totalCount
    }
    brusselsNetworks: organisations(first: 0, filter: { kinds: [BRUSSELS_NETWORK] }) {
      totalCount
    }
    memberships(first: 0) {
      totalCount
    }
    forums(first: 0) {
      totalCount
    }
    seats(first: 0) {
      totalCount
    }
    partnerCities(first: 0) {
      totalCount
    }
    projects(first: 0) {
      totalCount
    }
    eventSeries(first: 0) {
      totalCount
    }
  }
`);

type Counts = OverviewQuery;

export function Overview() {
  const { t } = useLocale();
  useDocumentTitle(t('overview.title'));
  const { data, error, refetch } = useQuery(overviewQuery);
  const followUp = canReadFollowUp(useGrant());
  const cards: { key: string; href: string; label: string; count: (c: Counts) => number }[] = [
    {
      key: 'memberships',
      href: paths.memberships,
      label: t('overview.memberships'),
      count: (c) => c.memberships.totalCount,
    },
    {
      key: 'organisations',
      href: paths.organisations,
      label: t('overview.organisations'),
      count: (c) => c.organisations.totalCount,
    },
    {
      key: 'regional',
      href: paths.regionalPartners,
      label: t('overview.regional'),
      count: (c) => c.regionalPartners.totalCount,
    },
    {
      key: 'brussels',
      href: paths.brusselsNetworks,
      label: t('overview.brussels'),
      count: (c) => c.brusselsNetworks.totalCount,
    },
    {
      key: 'forums',
      href: paths.forums,
      label: t('overview.forums'),
      count: (c) => c.forums.totalCount,
    },
    {
      key: 'seats',
      href: paths.seats,
      label: t('overview.seats'),
      count: (c) => c.seats.totalCount,
    },
    {
      key: 'partnerCities',
      href: paths.partnerCities,
      label: t('overview.partnerCities'),
      count: (c) => c.partnerCities.totalCount,
    },
    {
      key: 'projects',
      href: paths.projects,
      label: t('overview.projects'),
      count: (c) => c.projects.totalCount,
    },
    {
      key: 'eventSeries',
      href: paths.eventSeries,
      label: t('overview.eventSeries'),
      count: (c) => c.eventSeries.totalCount,
    },
    {
      key: 'units',
      href: paths.units,
      label: t('overview.units'),
      count: (c) => c.units.totalCount,
    },
    {
      key: 'people',
      href: paths.people,
      label: t('overview.people'),
      count: (c) => c.people.totalCount,
    },
    {
      key: 'euNetwork',
      href: paths.euNetwork,
      label: t('overview.euNetwork'),
      count: (c) => c.euNetworkContacts.totalCount,
    },
  ];
  return (
    <>
      <PageHeader title={t('overview.title')} description={t('overview.description')} />
      {error && !data ? <LoadFailed retry={() => void refetch()} /> : null}
      {followUp ? (
        // At least a window high while it loads, so the counts below never show and then jump.
        <div className="overview-steering">
          <Suspense fallback={<StatusMessage>{t('common.loading')}</StatusMessage>}>
            <SteeringOverview />
          </Suspense>
        </div>
      ) : null}
      <Section title={t('overview.countsHeading')}>
        <StatusMessage visuallyHidden>{data ? '' : t('common.loading')}</StatusMessage>
        <StatGrid>
          {cards.map((card) => (
            <StatCard
              key={card.key}
              href={card.href}
              label={card.label}
              value={data ? card.count(data) : '…'}
            />
          ))}
        </StatGrid>
      </Section>
    </>
  );
}
