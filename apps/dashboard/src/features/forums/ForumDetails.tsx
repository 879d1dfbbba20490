import { DataTable, DescriptionList, EmptyState, Section } from '@malmo/ui';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { ForumDetails_ForumFragment } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { paths } from '../../paths';
import { SeatsTable } from '../seats/SeatsTable';

export const ForumDetailsFragment = graphql(`
  fragment ForumDetails_Forum on Forum {
    id
    name
    organisation {
      id
      name
    }
    parent {
      id
      name
    }
    children {
      id
      name
      seats {
        id
      }
    }
    seats {
      ...SeatsTable_Seat
    }
  }
`);

export function ForumDetails({ forum }: { forum: ForumDetails_ForumFragment }) {
  const { t } = useLocale();
  return (
    <>
      <DescriptionList
        items={[
          {
            term: t('forum.organisation'),
            description: (
              <Link to={paths.organisation(forum.organisation.id)}>{forum.organisation.name}</Link>
            ),
          },
          {
            term: t('forum.parent'),
            description: forum.parent ? (
              <Link to={paths.forum(forum.parent.id)}>{forum.parent.name}</Link>
            ) : (
              '–'
            ),
          },
        ]}
      />

      <Section title={t('forum.seats')} count={forum.seats.length}>
        {forum.seats.length ? (
          <SeatsTable
            caption={t('forum.seats')}
            hideCaption
            seats={forum.seats}
            show={['unit', 'person', 'project', 'years']}
          />
        ) : (
          <EmptyState>{t('forum.seatsEmpty')}</EmptyState>
        )}
      </Section>

      <Section title={t('forum.children')} count={forum.children.length}>
        {forum.children.length ? (
          <DataTable
            caption={t('forum.children')}
            hideCaption
            rows={forum.children}
            rowKey={(f) => f.id}
            columns={[
              {
                id: 'name',
                header: t('forums.name'),
                cell: (f) => <Link to={paths.forum(f.id)}>{f.name}</Link>,
              },
              {
                id: 'seats',
                header: t('forums.seats'),
                numeric: true,
                cell: (f) => f.seats.length,
              },
            ]}
          />
        ) : (
          <EmptyState>{t('forum.childrenEmpty')}</EmptyState>
        )}
      </Section>
    </>
  );
}
