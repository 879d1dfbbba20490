import { label } from '@malmo/domain';
import { DataTable, DescriptionList, EmptyState, Section } from '@malmo/ui';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { UnitDetails_UnitFragment } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { fromGql } from '../../lib/enums';
import { paths } from '../../paths';
import { SeatsTable } from '../seats/SeatsTable';

export const UnitDetailsFragment = graphql(`
  fragment UnitDetails_Unit on Unit {
    id
    name
    kind
    active
    parent {
      id
      name
    }
    children {
      id
      name
      kind
    }
    euNetworkContacts {
      id
      year
      listedAs
      person {
        id
        name
      }
    }
    seats {
      ...SeatsTable_Seat
    }
    memberships {
      id
      since
      organisation {
        id
        name
      }
    }
    projects {
      id
      title
      seats {
        id
      }
    }
    people {
      id
      name
    }
  }
`);

type Unit = UnitDetails_UnitFragment;

/** Everything a unit does internationally. */
export function UnitDetails({ unit }: { unit: Unit }) {
  const { t, locale } = useLocale();
  return (
    <>
      <DescriptionList
        items={[
          { term: t('unit.kind'), description: label(locale, 'unitKind', fromGql(unit.kind)) },
          {
            term: t('unit.parent'),
            description: unit.parent ? (
              <Link to={paths.unit(unit.parent.id)}>{unit.parent.name}</Link>
            ) : (
              '–'
            ),
          },
          {
            term: t('unit.status'),
            description: unit.active ? t('common.active') : t('common.inactive'),
          },
        ]}
      />

      <Section title={t('unit.euNetwork')} count={unit.euNetworkContacts.length}>
        {unit.euNetworkContacts.length ? (
          <DataTable
            caption={t('unit.euNetwork')}
            hideCaption
            rows={unit.euNetworkContacts}
            rowKey={(c) => c.id}
            columns={[
              {
                id: 'person',
                header: t('euNetwork.person'),
                cell: (c) => <Link to={paths.person(c.person.id)}>{c.person.name}</Link>,
              },
              { id: 'year', header: t('euNetwork.year'), numeric: true, cell: (c) => c.year },
              { id: 'listedAs', header: t('euNetwork.unit'), cell: (c) => c.listedAs },
            ]}
          />
        ) : (
          <EmptyState>{t('unit.euNetworkEmpty')}</EmptyState>
        )}
      </Section>

      <Section title={t('unit.seats')} count={unit.seats.length}>
        {unit.seats.length ? (
          <SeatsTable
            caption={t('unit.seats')}
            hideCaption
            seats={unit.seats}
            show={['forum', 'organisation', 'person', 'project']}
          />
        ) : (
          <EmptyState>{t('unit.seatsEmpty')}</EmptyState>
        )}
      </Section>

      <Section title={t('unit.memberships')} count={unit.memberships.length}>
        {unit.memberships.length ? (
          <DataTable
            caption={t('unit.memberships')}
            hideCaption
            rows={unit.memberships}
            rowKey={(m) => m.id}
            columns={[
              {
                id: 'organisation',
                header: t('memberships.organisation'),
                cell: (m) => (
                  <Link to={paths.organisation(m.organisation.id)}>{m.organisation.name}</Link>
                ),
              },
              {
                id: 'since',
                header: t('memberships.since'),
                numeric: true,
                cell: (m) => m.since ?? '–',
              },
            ]}
          />
        ) : (
          <EmptyState>{t('unit.membershipsEmpty')}</EmptyState>
        )}
      </Section>

      <Section title={t('unit.projects')} count={unit.projects.length}>
        {unit.projects.length ? (
          <DataTable
            caption={t('unit.projects')}
            hideCaption
            rows={unit.projects}
            rowKey={(p) => p.id}
            columns={[
              {
                id: 'title',
                header: t('projects.name'),
                cell: (p) => <Link to={paths.project(p.id)}>{p.title}</Link>,
              },
              {
                id: 'seats',
                header: t('projects.seats'),
                numeric: true,
                cell: (p) => p.seats.length,
              },
            ]}
          />
        ) : (
          <EmptyState>{t('unit.projectsEmpty')}</EmptyState>
        )}
      </Section>

      <Section title={t('unit.people')} count={unit.people.length}>
        {unit.people.length ? (
          <ul className="ui-link-list">
            {unit.people.map((person) => (
              <li key={person.id}>
                <Link to={paths.person(person.id)}>{person.name}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t('unit.peopleEmpty')}</EmptyState>
        )}
      </Section>

      <Section title={t('unit.children')} count={unit.children.length}>
        {unit.children.length ? (
          <DataTable
            caption={t('unit.children')}
            hideCaption
            rows={unit.children}
            rowKey={(c) => c.id}
            columns={[
              {
                id: 'name',
                header: t('units.name'),
                cell: (c) => <Link to={paths.unit(c.id)}>{c.name}</Link>,
              },
              {
                id: 'kind',
                header: t('units.kind'),
                cell: (c) => label(locale, 'unitKind', fromGql(c.kind)),
              },
            ]}
          />
        ) : (
          <EmptyState>{t('unit.childrenEmpty')}</EmptyState>
        )}
      </Section>
    </>
  );
}
