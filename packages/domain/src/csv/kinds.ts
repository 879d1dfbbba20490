import {
  agreementCsv,
  eventSeriesCsv,
  forumCsv,
  membershipCsv,
  organisationCsv,
  partnerCityCsv,
  personCsv,
  seatCsv,
  unitCsv,
} from './registry';
import { projectCsv } from './workflow';

/** Every kind that can be exported and imported, by its name in the URL. */
export const CSV_SPECS = {
  units: unitCsv,
  people: personCsv,
  organisations: organisationCsv,
  memberships: membershipCsv,
  forums: forumCsv,
  seats: seatCsv,
  'partner-cities': partnerCityCsv,
  agreements: agreementCsv,
  'event-series': eventSeriesCsv,
  projects: projectCsv,
} as const;
export type CsvKind = keyof typeof CSV_SPECS;
export const CSV_KINDS = Object.keys(CSV_SPECS) as CsvKind[];

export function isCsvKind(value: string): value is CsvKind {
  return Object.hasOwn(CSV_SPECS, value);
}
