import {
  AGREEMENT_STATUSES,
  AGREEMENT_TYPES,
  ORGANISATION_KINDS,
  REGION_FOCUSES,
  UNIT_KINDS,
} from '../enums';
import { MAX_MONEY_SEK } from '../inputs/common';
import {
  agreementInputSchema,
  eventSeriesInputSchema,
  forumInputSchema,
  membershipInputSchema,
  organisationInputSchema,
  partnerCityInputSchema,
  personInputSchema,
  seatInputSchema,
  unitInputSchema,
} from '../inputs/registry';
import {
  booleanCell,
  enumCell,
  keyCell,
  listCell,
  optionalDateCell,
  optionalIntegerCell,
  optionalTextCell,
  refCell,
  tagCells,
  textCell,
  textListItems,
} from './format';
import { type CsvValues, defineCsvSpec } from './spec';

/**
 * The registry's import/export columns, one spec per kind. Column names are the API's field names;
 * references name the other record's key. The kinds are the dashboard's list names. Each row is
 * also checked by the kind's input schema (the forms' and mutations'), each column filling the
 * field of its name (references the `…Id` one): the same rules and the same messages.
 */

const year = () => optionalIntegerCell(1800, 2100);

export const unitCsv = defineCsvSpec(
  'units',
  'key',
  {
    key: keyCell(),
    name: textCell(200),
    kind: enumCell(UNIT_KINDS),
    parent: refCell('units'),
    active: booleanCell(),
  },
  {
    schema: unitInputSchema,
    renames: { parent: 'parentId' },
  },
);

export const personCsv = defineCsvSpec(
  'people',
  'key',
  {
    key: keyCell(),
    name: textCell(200),
    email: optionalTextCell(320),
    unit: refCell('units'),
    active: booleanCell(),
    leftOn: optionalDateCell(),
  },
  {
    schema: personInputSchema,
    renames: { unit: 'unitId' },
  },
);

/** Organisations, regional partners and Brussels networks alike (`kind` tells them apart). */
export const organisationCsv = defineCsvSpec(
  'organisations',
  'key',
  {
    key: keyCell(),
    name: textCell(200),
    abbreviation: optionalTextCell(40),
    kind: enumCell(ORGANISATION_KINDS),
    regionFocus: enumCell(REGION_FOCUSES),
  },
  {
    schema: organisationInputSchema,
  },
);

/** A membership is Malmö's in one organisation: the organisation's key is its key. */
export const membershipCsv = defineCsvSpec(
  'memberships',
  'organisation',
  {
    organisation: refCell('organisations', true),
    since: year(),
    ownerUnit: refCell('units'),
    endedYear: year(),
    annualFee: optionalIntegerCell(0, MAX_MONEY_SEK),
    staffHoursPerYear: optionalIntegerCell(0, 100_000),
    ...tagCells,
  },
  {
    schema: membershipInputSchema,
    renames: { organisation: 'organisationId', ownerUnit: 'ownerUnitId' },
  },
);

export const forumCsv = defineCsvSpec(
  'forums',
  'key',
  {
    key: keyCell(),
    name: textCell(200),
    organisation: refCell('organisations', true),
    parent: refCell('forums'),
    ...tagCells,
  },
  {
    schema: forumInputSchema,
    renames: { organisation: 'organisationId', parent: 'parentId' },
  },
);

export const seatCsv = defineCsvSpec(
  'seats',
  'key',
  {
    key: keyCell(),
    forum: refCell('forums', true),
    unit: refCell('units'),
    person: refCell('people'),
    project: refCell('projects'),
    fromYear: year(),
    toYear: year(),
    listedAs: optionalTextCell(300),
    ...tagCells,
  },
  {
    schema: seatInputSchema,
    renames: { forum: 'forumId', unit: 'unitId', person: 'personId', project: 'projectId' },
  },
);

export const partnerCityCsv = defineCsvSpec(
  'partner-cities',
  'key',
  {
    key: keyCell(),
    name: textCell(200),
    country: textCell(2),
  },
  { schema: partnerCityInputSchema },
);

export const agreementCsv = defineCsvSpec(
  'agreements',
  'key',
  {
    key: keyCell(),
    partnerCity: refCell('partner-cities', true),
    type: enumCell(AGREEMENT_TYPES),
    signedYear: year(),
    text: textCell(5000),
    cooperationAreas: listCell(textListItems),
    validUntil: optionalDateCell(),
    status: enumCell(AGREEMENT_STATUSES),
    ...tagCells,
  },
  {
    schema: agreementInputSchema,
    renames: { partnerCity: 'partnerCityId' },
  },
);

export const eventSeriesCsv = defineCsvSpec(
  'event-series',
  'key',
  {
    key: keyCell(),
    name: textCell(300),
    shortName: textCell(100),
    place: optionalTextCell(100),
    listedAs: optionalTextCell(300),
  },
  {
    schema: eventSeriesInputSchema,
  },
);

export type UnitCsvRow = CsvValues<typeof unitCsv.cells>;
export type PersonCsvRow = CsvValues<typeof personCsv.cells>;
export type OrganisationCsvRow = CsvValues<typeof organisationCsv.cells>;
export type MembershipCsvRow = CsvValues<typeof membershipCsv.cells>;
export type ForumCsvRow = CsvValues<typeof forumCsv.cells>;
export type SeatCsvRow = CsvValues<typeof seatCsv.cells>;
export type PartnerCityCsvRow = CsvValues<typeof partnerCityCsv.cells>;
export type AgreementCsvRow = CsvValues<typeof agreementCsv.cells>;
export type EventSeriesCsvRow = CsvValues<typeof eventSeriesCsv.cells>;
