import { DataTable, DescriptionList, EmptyState, Section } from '@malmo/ui';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { PersonDetails_PersonFragment } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { paths } from '../../paths';
import { SeatsTable } from '../seats/SeatsTable';

export const PersonDetailsFragment = graphql(`
  fragment PersonDetails_Person on Person {
    id
    name
    email
    active
    unit {
      id
      name
    }
    seats {
      ...SeatsTable_Seat
    }
    euNetworkContacts {
      id
      year
      listedAs
      unit {
        id
        name
      }
    }
  }
`);

export function PersonDetails({ person }: { person: PersonDetails_PersonFragment }) {
  const { t } = useLocale();
  return (
    <>
      <DescriptionList
        items={[
          {
            term: t('person.unit'),
            description: person.unit ? (
              <Link to={paths.unit(person.unit.id)}>{person.unit.name}</Link>
            ) : (
              '–'
            ),
          },
          {
            term: t('person.email'),
            description: person.email ? <a href={`mailto:${person.email}`}>{person.email}</a> : '–',
          },
          {
            term: t('person.status'),
            description: person.active ? t('common.active') : t('common.inactive'),
          },
        ]}
      />

      <Section title={t('person.seats')} count={person.seats.length}>
        {person.seats.length ? (
          <SeatsTable
            caption={t('person.seats')}
            hideCaption
            seats={person.seats}
            show={['forum', 'organisation', 'unit', 'project']}
          />
        ) : (
          <EmptyState>{t('person.seatsEmpty')}</EmptyState>
        )}
      </Section>

      <Section title={t('person.euNetwork')} count={person.euNetworkContacts.length}>
        {person.euNetworkContacts.length ? (
          <DataTable
            caption={t('person.euNetwork')}
            hideCaption
            rows={person.euNetworkContacts}
            rowKey={(c) => c.id}
            columns={[
              {
                id: 'unit',
                header: t('euNetwork.unit'),
                cell: (c) => <Link to={paths.unit(c.unit.id)}>{c.listedAs}</Link>,
              },
              { id: 'year', header: t('euNetwork.year'), numeric: true, cell: (c) => c.year },
            ]}
          />
        ) : (
          <EmptyState>{t('person.euNetworkEmpty')}</EmptyState>
        )}
      </Section>
    </>
  );
}
