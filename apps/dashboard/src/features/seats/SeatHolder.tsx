import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { SeatHolder_SeatFragment } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { paths } from '../../paths';

export const SeatHolderFragment = graphql(`
  fragment SeatHolder_Seat on Seat {
    id
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

/** "Stadskontoret, Ola Nord" or "SDF Kirseberg via projektet CATCH". */
export function SeatHolder({ seat }: { seat: SeatHolder_SeatFragment }) {
  const { t } = useLocale();
  return (
    <>
      {seat.unit ? <Link to={paths.unit(seat.unit.id)}>{seat.unit.name}</Link> : null}
      {seat.unit && seat.person ? ', ' : null}
      {seat.person ? <Link to={paths.person(seat.person.id)}>{seat.person.name}</Link> : null}
      {seat.project ? ` ${t('unit.via', { project: seat.project.title })}` : null}
    </>
  );
}
