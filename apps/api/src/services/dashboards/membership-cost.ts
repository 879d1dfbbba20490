/**
 * A membership's cost in a year (R8: assessed against its cost), as SQL over table aliases: its
 * own annual fee or staff time, else what its latest assessment up to that year recorded, else
 * nothing. `m` is the membership's alias and `year` an integer expression; aliases only, never
 * input.
 */
function membershipYear(m: string, year: string, own: string, assessed: string) {
  // Through the (membership, assessed_on) index: one short probe per membership and year.
  return `coalesce(${m}.${own}, (select a.${assessed} from membership_assessment a
     where a.membership_id = ${m}.id and a.archived_at is null
       and a.assessed_on < make_date(${year} + 1, 1, 1)
     order by a.assessed_on desc limit 1), 0)`;
}

/** The membership's fee in SEK for the year. */
export const feeIn = (m: string, year: string) => membershipYear(m, year, 'annual_fee', 'fee_sek');

/** The membership's staff hours for the year. */
export const hoursIn = (m: string, year: string) =>
  membershipYear(m, year, 'staff_hours_per_year', 'staff_hours');
