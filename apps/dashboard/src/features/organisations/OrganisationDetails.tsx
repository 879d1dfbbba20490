import { label } from '@malmo/domain';
import { DataTable, DescriptionList, EmptyState, Section } from '@malmo/ui';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { OrganisationDetails_OrganisationFragment } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { fromGql } from '../../lib/enums';
import { paths } from '../../paths';
import { ForumName } from '../forums/ForumName';
import { SeatHolder } from '../seats/SeatHolder';

export const OrganisationDetailsFragment = graphql(`
  fragment OrganisationDetails_Organisation on Organisation {
    id
    name
    abbreviation
    kind
    regionFocus
    membership {
      id
      since
      ownerUnit {
        id
        name
      }
    }
    forums {
      ...ForumName_Forum
      seats {
        ...SeatHolder_Seat
      }
    }
  }
`);

type Organisation = OrganisationDetails_OrganisationFragment;
type Forum = Organisation['forums'][number];

/** Top-level forums in the API's order, each followed by its own sub-forums. */
function byHierarchy(forums: readonly Forum[]): Forum[] {
  const ids = new Set(forums.map((f) => f.id));
  const roots = forums.filter((f) => !f.parent || !ids.has(f.parent.id));
  return roots.flatMap((root) => [root, ...forums.filter((f) => f.parent?.id === root.id)]);
}

export function OrganisationDetails({ organisation }: { organisation: Organisation }) {
  const { t, locale } = useLocale();
  const membership = organisation.membership;
  const forums = byHierarchy(organisation.forums);
  return (
    <>
      <DescriptionList
        items={[
          { term: t('organisation.abbreviation'), description: organisation.abbreviation ?? '–' },
          {
            term: t('organisation.kind'),
            description: label(locale, 'organisationKind', fromGql(organisation.kind)),
          },
          {
            term: t('organisation.regionFocus'),
            description: label(locale, 'regionFocus', fromGql(organisation.regionFocus)),
          },
          {
            term: t('organisation.membership'),
            description: membership
              ? membership.since
                ? t('organisation.memberSince', { year: membership.since })
                : t('organisation.memberSinceUnknown')
              : t('organisation.notMember'),
          },
          ...(membership
            ? [
                {
                  term: t('organisation.ownerUnit'),
                  description: membership.ownerUnit ? (
                    <Link to={paths.unit(membership.ownerUnit.id)}>
                      {membership.ownerUnit.name}
                    </Link>
                  ) : (
                    '–'
                  ),
                },
              ]
            : []),
        ]}
      />

      <Section title={t('organisation.forums')} count={forums.length}>
        {forums.length ? (
          <DataTable
            caption={t('organisation.forums')}
            hideCaption
            rows={forums}
            rowKey={(f) => f.id}
            columns={[
              { id: 'forum', header: t('seats.forum'), cell: (f) => <ForumName forum={f} /> },
              {
                id: 'seats',
                header: t('organisation.seatsOf'),
                cell: (f) =>
                  f.seats.length ? (
                    <ul className="ui-link-list">
                      {f.seats.map((seat) => (
                        <li key={seat.id}>
                          <SeatHolder seat={seat} />
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="muted">{t('organisation.noSeats')}</span>
                  ),
              },
            ]}
          />
        ) : (
          <EmptyState>{t('organisation.forumsEmpty')}</EmptyState>
        )}
      </Section>
    </>
  );
}
