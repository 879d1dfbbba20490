import { DataTable } from '@malmo/ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { SeatOrderField, SeatsTable_SeatFragment } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { yearSpan } from '../../lib/format';
import { paths } from '../../paths';
import { ForumName, forumFullName } from '../forums/ForumName';
import type { ListColumn } from '../list/ListScreen';

export const SeatsTableFragment = graphql(`
  fragment SeatsTable_Seat on Seat {
    id
    fromYear
    toYear
    forum {
      ...ForumName_Forum
      organisation {
        id
        name
      }
    }
    unit {
      id
      name
    }
    person {
      id
      name
    }
    project {
      id
      title
    }
  }
`);

export type SeatColumn = 'forum' | 'organisation' | 'unit' | 'person' | 'project' | 'years';
type Row = SeatsTable_SeatFragment;

/** Who holds Malmö's seats; detail pages leave out the column that is the page's subject. */
export function useSeatsTableColumns(
  show: readonly SeatColumn[] = ['forum', 'unit', 'person', 'project'],
): ListColumn<Row, SeatOrderField>[] {
  const { t } = useLocale();
  const all: Record<SeatColumn, ListColumn<Row, SeatOrderField>> = {
    forum: {
      id: 'forum',
      header: t('seats.forum'),
      sortKey: 'FORUM',
      cell: (seat) => <ForumName forum={seat.forum} />,
      csv: (seat) => forumFullName(seat.forum),
    },
    organisation: {
      id: 'organisation',
      header: t('forums.organisation'),
      cell: (seat) => (
        <Link to={paths.organisation(seat.forum.organisation.id)}>
          {seat.forum.organisation.name}
        </Link>
      ),
      csv: (seat) => seat.forum.organisation.name,
    },
    unit: {
      id: 'unit',
      header: t('seats.unit'),
      sortKey: 'UNIT',
      cell: (seat) =>
        seat.unit ? <Link to={paths.unit(seat.unit.id)}>{seat.unit.name}</Link> : '–',
      csv: (seat) => seat.unit?.name,
    },
    person: {
      id: 'person',
      header: t('seats.person'),
      sortKey: 'PERSON',
      cell: (seat) =>
        seat.person ? <Link to={paths.person(seat.person.id)}>{seat.person.name}</Link> : '–',
      csv: (seat) => seat.person?.name,
    },
    project: {
      id: 'project',
      header: t('seats.project'),
      cell: (seat) =>
        seat.project ? <Link to={paths.project(seat.project.id)}>{seat.project.title}</Link> : '–',
      csv: (seat) => seat.project?.title,
    },
    years: {
      id: 'years',
      header: t('seats.years'),
      sortKey: 'FROM_YEAR',
      cell: (seat) => yearSpan(seat.fromYear, seat.toYear) || '–',
      csv: (seat) => yearSpan(seat.fromYear, seat.toYear),
    },
  };
  return show.map((key) => all[key]);
}

/** A fixed (unpaged, unsorted) table of seats, for detail pages. */
export function SeatsTable({
  seats,
  caption,
  hideCaption,
  show,
}: {
  seats: readonly Row[];
  caption: ReactNode;
  hideCaption?: boolean;
  show: readonly SeatColumn[];
}) {
  const columns = useSeatsTableColumns(show);
  return (
    <DataTable
      caption={caption}
      hideCaption={hideCaption}
      columns={columns}
      rows={seats}
      rowKey={(seat) => seat.id}
    />
  );
}
