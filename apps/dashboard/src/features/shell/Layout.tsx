import { AppShell, LinkProvider, type NavGroup, NavList } from '@malmo/ui';
import { Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';
import { useLocale } from '../../i18n';
import { useFocusMainOnNavigation } from '../../lib/focus-main';
import { paths } from '../../paths';
import { Account } from '../auth/Account';
import { canReadFollowUp } from '../auth/permissions';
import { useGrant } from '../auth/SessionProvider';
import { HeaderSearch } from '../search/HeaderSearch';
import { LanguageSwitch } from './LanguageSwitch';
import { ShellFooter } from './PlainShell';
import { RouterLink } from './RouterLink';

function useNavGroups(): NavGroup[] {
  const { t } = useLocale();
  const grant = useGrant();
  const { pathname, search } = useLocation();
  const kind = new URLSearchParams(search).get('kind');
  const within = (base: string) => pathname === base || pathname.startsWith(`${base}/`);
  const organisationsList = pathname === paths.organisations;
  const groups: NavGroup[] = [
    {
      id: 'registry',
      label: t('nav.registry'),
      items: [{ href: paths.overview, label: t('nav.overview'), current: pathname === '/' }],
    },
    {
      id: 'follow-up',
      label: t('nav.followUp'),
      items: (
        [
          [paths.obligations, t('nav.obligations')],
          [paths.plans, t('nav.plans')],
          [paths.meetings, t('nav.meetings')],
          [paths.assessments, t('nav.assessments')],
          [paths.participations, t('nav.participations')],
          [paths.secondments, t('nav.secondments')],
          [paths.legislation, t('nav.legislation')],
          [paths.training, t('nav.training')],
        ] as const
      ).map(([href, label]) => ({ href, label, current: within(href) })),
    },
    {
      id: 'dashboards',
      label: t('nav.dashboards'),
      items: (
        [
          [paths.engagement, t('nav.engagement')],
          [paths.membershipValue, t('nav.membershipValue')],
          [paths.profiling, t('nav.profiling')],
          [paths.evaluation, t('nav.evaluation')],
          [paths.partnerFinder, t('nav.partnerFinder')],
        ] as const
      ).map(([href, label]) => ({ href, label, current: within(href) })),
    },
    {
      id: 'city',
      label: t('nav.city'),
      items: [
        { href: paths.units, label: t('nav.units'), current: within(paths.units) },
        { href: paths.people, label: t('nav.people'), current: within(paths.people) },
        { href: paths.euNetwork, label: t('nav.euNetwork'), current: within(paths.euNetwork) },
      ],
    },
    {
      id: 'world',
      label: t('nav.world'),
      items: [
        {
          href: paths.organisations,
          label: t('nav.organisations'),
          current:
            within(paths.organisations) &&
            !(organisationsList && (kind === 'regional_actor' || kind === 'brussels_network')),
        },
        {
          href: paths.regionalPartners,
          label: t('nav.regional'),
          current: organisationsList && kind === 'regional_actor',
        },
        {
          href: paths.brusselsNetworks,
          label: t('nav.brussels'),
          current: organisationsList && kind === 'brussels_network',
        },
        {
          href: paths.memberships,
          label: t('nav.memberships'),
          current: within(paths.memberships),
        },
        { href: paths.forums, label: t('nav.forums'), current: within(paths.forums) },
        { href: paths.seats, label: t('nav.seats'), current: within(paths.seats) },
      ],
    },
    {
      id: 'cooperation',
      label: t('nav.cooperation'),
      items: [
        {
          href: paths.partnerCities,
          label: t('nav.partnerCities'),
          current: within(paths.partnerCities),
        },
        { href: paths.projects, label: t('nav.projects'), current: within(paths.projects) },
        {
          href: paths.eventSeries,
          label: t('nav.eventSeries'),
          current: within(paths.eventSeries),
        },
      ],
    },
  ];
  // A unit editor imports its own unit's projects; an administrator every kind.
  if (grant.role === 'unit_editor') {
    groups
      .find((group) => group.id === 'cooperation')
      ?.items.push({
        href: paths.importData,
        label: t('nav.importData'),
        current: within(paths.importData),
      });
  }
  if (grant.role === 'admin') {
    groups.push({
      id: 'admin',
      label: t('nav.admin'),
      items: [
        { href: paths.importData, label: t('nav.importData'), current: within(paths.importData) },
      ],
    });
  }
  // The change log is the administrators'.
  if (grant.role === 'admin') {
    groups[0]?.items.push({
      href: paths.changeLog,
      label: t('nav.changeLog'),
      current: within(paths.changeLog),
    });
  }
  // Readers see the registry only; the pages would tell them so anyway.
  return canReadFollowUp(grant)
    ? groups
    : groups.filter((group) => group.id !== 'follow-up' && group.id !== 'dashboards');
}

/** The signed-in shell: header with the account, navigation for the account's role, the page. */
export function Layout() {
  const { t } = useLocale();
  const navigation = useNavigation();
  const groups = useNavGroups();
  useFocusMainOnNavigation();
  return (
    <LinkProvider value={RouterLink}>
      <AppShell
        productName={t('app.name')}
        homeHref={paths.overview}
        skipLinkLabel={t('app.skipLink')}
        navLabel={t('app.navLabel')}
        nav={<NavList groups={groups} />}
        search={<HeaderSearch />}
        searchLabel={t('search.label')}
        headerEnd={
          <>
            <Account />
            <LanguageSwitch />
          </>
        }
        busy={navigation.state === 'loading'}
        footer={<ShellFooter />}
      >
        <Outlet />
      </AppShell>
      <ScrollRestoration />
    </LinkProvider>
  );
}
