import { z } from 'zod';
import {
  agreementStatusSchema,
  agreementTypeSchema,
  organisationKindSchema,
  regionFocusSchema,
  unitKindSchema,
} from './enum-schemas';
import { slugSchema } from './slug';

const textSchema = z.string().min(1);
const yearSchema = z.int().min(1800).max(2100);

export const annexUnitSchema = z.strictObject({
  key: slugSchema,
  name: textSchema,
  kind: unitKindSchema,
  parentKey: slugSchema.nullable(),
});

export const annexPersonSchema = z.strictObject({
  key: slugSchema,
  name: textSchema,
  unitKey: slugSchema,
});

/** One line of "Malmö stads EU-nätverk": a unit's contact person. */
export const annexEuNetworkContactSchema = z.strictObject({
  unitKey: slugSchema,
  personKey: slugSchema,
  /** The unit exactly as the annex lists it. */
  listedAs: textSchema,
});

export const annexOrganisationSchema = z.strictObject({
  key: slugSchema,
  name: textSchema,
  abbreviation: textSchema.nullable(),
  kind: organisationKindSchema,
  regionFocus: regionFocusSchema,
});

export const annexMembershipSchema = z.strictObject({
  organisationKey: slugSchema,
  /** The year Malmö joined. */
  since: yearSchema,
});

export const annexProjectSchema = z.strictObject({
  key: slugSchema,
  title: textSchema,
  ownerUnitKey: slugSchema,
});

export const annexForumSchema = z.strictObject({
  key: slugSchema,
  name: textSchema,
  organisationKey: slugSchema,
  parentKey: slugSchema.nullable(),
});

/** One line of "Malmö stad i Eurocities' forum": who holds Malmö's seat in a forum. */
export const annexSeatSchema = z.strictObject({
  forumKey: slugSchema,
  unitKey: slugSchema,
  personKey: slugSchema.nullable(),
  projectKey: slugSchema.nullable(),
  /** The annex line exactly: forum and holder joined by a tab. */
  listedAs: textSchema,
});

export const annexAgreementSchema = z.strictObject({
  type: agreementTypeSchema,
  signedYear: yearSchema.nullable(),
  /** The agreement text exactly as the annex states it (markup removed). */
  text: textSchema,
  /** The areas the text enumerates, lowercase Swedish, as written. */
  cooperationAreas: z.array(textSchema),
  /** ISO date (YYYY-MM-DD) of the last day the agreement is valid, if time-limited. */
  validUntil: z.iso.date().nullable(),
  status: agreementStatusSchema,
});

export const annexPartnerCitySchema = z.strictObject({
  key: slugSchema,
  name: textSchema,
  /** ISO 3166-1 alpha-2. */
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'),
  agreements: z.array(annexAgreementSchema).min(1),
});

export const annexEventSeriesSchema = z.strictObject({
  key: slugSchema,
  name: textSchema,
  shortName: textSchema,
  place: textSchema.nullable(),
  /** The annex line exactly. */
  listedAs: textSchema,
});

export const annexSchema = z.strictObject({
  source: textSchema,
  year: yearSchema,
  units: z.array(annexUnitSchema),
  people: z.array(annexPersonSchema),
  euNetworkContacts: z.array(annexEuNetworkContactSchema),
  organisations: z.array(annexOrganisationSchema),
  memberships: z.array(annexMembershipSchema),
  projects: z.array(annexProjectSchema),
  forums: z.array(annexForumSchema),
  seats: z.array(annexSeatSchema),
  partnerCities: z.array(annexPartnerCitySchema),
  eventSeries: z.array(annexEventSeriesSchema),
});

export type Annex = z.infer<typeof annexSchema>;
export type AnnexUnit = z.infer<typeof annexUnitSchema>;
export type AnnexPerson = z.infer<typeof annexPersonSchema>;
export type AnnexEuNetworkContact = z.infer<typeof annexEuNetworkContactSchema>;
export type AnnexOrganisation = z.infer<typeof annexOrganisationSchema>;
export type AnnexMembership = z.infer<typeof annexMembershipSchema>;
export type AnnexProject = z.infer<typeof annexProjectSchema>;
export type AnnexForum = z.infer<typeof annexForumSchema>;
export type AnnexSeat = z.infer<typeof annexSeatSchema>;
export type AnnexAgreement = z.infer<typeof annexAgreementSchema>;
export type AnnexPartnerCity = z.infer<typeof annexPartnerCitySchema>;
export type AnnexEventSeries = z.infer<typeof annexEventSeriesSchema>;

/** Thrown by `parseAnnex`; `problems` lists every problem found, one per entry. */
export class AnnexValidationError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(
      `Invalid annex data (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `- ${p}`).join('\n'),
    );
    this.name = 'AnnexValidationError';
    this.problems = problems;
  }
}

interface Keyed {
  readonly key: string;
}

interface Tree extends Keyed {
  readonly parentKey: string | null;
}

function keySet(
  problems: string[],
  collection: string,
  items: readonly Keyed[],
): ReadonlySet<string> {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.key)) {
      problems.push(`${collection}[${index}].key: duplicate key "${item.key}"`);
    }
    seen.add(item.key);
  });
  return seen;
}

function checkRef(
  problems: string[],
  path: string,
  what: string,
  key: string | null,
  known: ReadonlySet<string>,
): void {
  if (key !== null && !known.has(key)) {
    problems.push(`${path}: unknown ${what} "${key}"`);
  }
}

function checkTree(problems: string[], collection: string, items: readonly Tree[]): void {
  const parentOf = new Map<string, string | null>(items.map((item) => [item.key, item.parentKey]));
  items.forEach((item, index) => {
    const visited = new Set<string>([item.key]);
    let current = item.parentKey;
    while (current !== null) {
      if (visited.has(current)) {
        problems.push(`${collection}[${index}].parentKey: "${item.key}" is part of a parent cycle`);
        return;
      }
      visited.add(current);
      current = parentOf.get(current) ?? null;
    }
  });
}

/**
 * Referential integrity of already shape-checked annex data: unique keys, every reference to an
 * existing key, no parent cycles, every seat held by a person or a project. Returns every problem.
 */
export function findAnnexProblems(annex: Annex): string[] {
  const problems: string[] = [];
  const units = keySet(problems, 'units', annex.units);
  const people = keySet(problems, 'people', annex.people);
  const organisations = keySet(problems, 'organisations', annex.organisations);
  const projects = keySet(problems, 'projects', annex.projects);
  const forums = keySet(problems, 'forums', annex.forums);
  keySet(problems, 'partnerCities', annex.partnerCities);
  keySet(problems, 'eventSeries', annex.eventSeries);

  annex.units.forEach((u, i) => {
    checkRef(problems, `units[${i}].parentKey`, 'unit', u.parentKey, units);
  });
  checkTree(problems, 'units', annex.units);

  annex.people.forEach((p, i) => {
    checkRef(problems, `people[${i}].unitKey`, 'unit', p.unitKey, units);
  });

  const contacts = new Set<string>();
  annex.euNetworkContacts.forEach((c, i) => {
    checkRef(problems, `euNetworkContacts[${i}].unitKey`, 'unit', c.unitKey, units);
    checkRef(problems, `euNetworkContacts[${i}].personKey`, 'person', c.personKey, people);
    const pair = `${c.unitKey}/${c.personKey}`;
    if (contacts.has(pair)) {
      problems.push(`euNetworkContacts[${i}]: duplicate contact "${pair}"`);
    }
    contacts.add(pair);
  });

  const members = new Set<string>();
  annex.memberships.forEach((m, i) => {
    checkRef(
      problems,
      `memberships[${i}].organisationKey`,
      'organisation',
      m.organisationKey,
      organisations,
    );
    if (members.has(m.organisationKey)) {
      problems.push(
        `memberships[${i}].organisationKey: duplicate membership "${m.organisationKey}"`,
      );
    }
    members.add(m.organisationKey);
  });

  annex.projects.forEach((p, i) => {
    checkRef(problems, `projects[${i}].ownerUnitKey`, 'unit', p.ownerUnitKey, units);
  });

  const forumOrganisation = new Map(annex.forums.map((f) => [f.key, f.organisationKey]));
  annex.forums.forEach((f, i) => {
    checkRef(
      problems,
      `forums[${i}].organisationKey`,
      'organisation',
      f.organisationKey,
      organisations,
    );
    checkRef(problems, `forums[${i}].parentKey`, 'forum', f.parentKey, forums);
    const parentOrganisation =
      f.parentKey === null ? undefined : forumOrganisation.get(f.parentKey);
    if (parentOrganisation !== undefined && parentOrganisation !== f.organisationKey) {
      problems.push(
        `forums[${i}].parentKey: parent "${f.parentKey}" belongs to "${parentOrganisation}", not "${f.organisationKey}"`,
      );
    }
  });
  checkTree(problems, 'forums', annex.forums);

  annex.seats.forEach((s, i) => {
    checkRef(problems, `seats[${i}].forumKey`, 'forum', s.forumKey, forums);
    checkRef(problems, `seats[${i}].unitKey`, 'unit', s.unitKey, units);
    checkRef(problems, `seats[${i}].personKey`, 'person', s.personKey, people);
    checkRef(problems, `seats[${i}].projectKey`, 'project', s.projectKey, projects);
    if (s.personKey === null && s.projectKey === null) {
      problems.push(`seats[${i}]: held by neither a person nor a project`);
    }
  });

  return problems;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, part) => {
    if (typeof part === 'number') return `${acc}[${part}]`;
    const name = String(part);
    return acc === '' ? name : `${acc}.${name}`;
  }, '');
}

/**
 * Validates annex registry data (e.g. `data/annex-2006.json`): its shape, then its referential
 * integrity. Throws an `AnnexValidationError` listing every problem.
 */
export function parseAnnex(data: unknown): Annex {
  const result = annexSchema.safeParse(data);
  if (!result.success) {
    throw new AnnexValidationError(
      result.error.issues.map((issue) => `${formatPath(issue.path) || '(root)'}: ${issue.message}`),
    );
  }
  const problems = findAnnexProblems(result.data);
  if (problems.length > 0) {
    throw new AnnexValidationError(problems);
  }
  return result.data;
}
