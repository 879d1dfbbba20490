import type { Role } from '@malmo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../src/schema';
import { annexIds, createTestApi, type TestApi } from './support';

/**
 * The role matrix: every mutation × every role × the editor's own unit and another unit. Each
 * allowed case must succeed; each forbidden one must be refused with FORBIDDEN or UNAUTHENTICATED
 * and leave the tables it would have touched exactly as they were.
 */

let api: TestApi;
const ids: Record<string, string> = {};
const OWN = 'sdf-fosie';
const OTHER = 'sdf-oxie';

type Result = {
  data?: Record<string, { __typename?: string } | boolean>;
  errors?: { extensions?: { code?: string } }[];
};
type Vars = Record<string, unknown>;

async function admin<T>(query: string, variables?: Vars): Promise<T> {
  const result = await api.query<T>(query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as T;
}

/** Creates a record as admin and returns its id and version. */
async function make(mutation: string, inputType: string, input: Vars) {
  const d = await admin<
    Record<string, { __typename: string; data?: { id: string; version: number } }>
  >(
    `mutation ($input: ${inputType}!) { r: ${mutation}(input: $input) { __typename
      ... on Error { message } ... on InputError { fields { field message } } ... on ${`Mutation${mutation[0]?.toUpperCase()}${mutation.slice(1)}Success`} { data { id version } } } }`,
    { input },
  );
  expect(d.r?.__typename, JSON.stringify(d)).toMatch(/Success$/);
  return d.r?.data as { id: string; version: number };
}

let counter = 0;
const next = () => ++counter;
let erased = 0;
// Plans are unique per unit and year, editions per series and year: each gets its own year.
let planYear = 2000;
let editionYear = 2000;
// EU-network contacts are unique per unit, person and year.
let contactYear = 1900;

/** A fresh target for a mutation, in the given unit, and the tables the mutation would change. */
interface Case {
  /** admin: administrators only; analyst: analysts and administrators; unit: the unit's editor and administrators. */
  writers: 'admin' | 'analyst' | 'unit';
  tables: string[];
  prepare(unitKey: string): Promise<{ args: string; types: Record<string, string>; vars: Vars }>;
}

const unitId = (key: string) => ids[`unit:${key}`] as string;
const inputOnly = (type: string, input: Vars) => ({
  args: 'input: $input',
  types: { input: `${type}!` },
  vars: { input },
});
const update = (type: string, target: { id: string; version: number }, input: Vars) => ({
  args: 'id: $id, version: $version, input: $input',
  types: { id: 'ID!', version: 'Int!', input: `${type}!` },
  vars: { id: target.id, version: target.version, input },
});

const planInput = (unit: string, year: number) => ({ unitId: unitId(unit), year, priorities: [] });
const projectInput = (unit: string) => ({ title: `Projekt ${next()}`, ownerUnitId: unitId(unit) });
const meetingInput = (unit: string) => ({
  forumId: ids['forum:eurocities-culture-forum'],
  unitId: unitId(unit),
  date: '2008-01-10',
  place: `Plats ${next()}`,
});
const secondmentInput = (unit: string) => ({
  personId: ids['person:annette-larsson'],
  unitId: unitId(unit),
  startOn: '2008-01-01',
  endOn: '2008-02-01',
  purpose: 'STUDY',
});
const assessmentInput = () => ({
  membershipId: ids['membership:eurocities'],
  assessedOn: '2008-01-15',
  scores: { exchangeQuality: 3, influence: 3, participation: 3, informationUse: 3 },
  feeSek: 100_000,
  staffHours: 100,
});
const editionInput = () => {
  const year = ++editionYear;
  return {
    seriesId: ids['series:open-days'],
    year,
    startsOn: `${year}-10-01`,
    endsOn: `${year}-10-04`,
    place: 'Bryssel',
  };
};
const participationInput = (editionId: string, unit: string) => ({
  editionId,
  unitId: unitId(unit),
  delegates: 2,
  purpose: 'Nätverka.',
  costSek: 20_000,
  contactsGained: 3,
});
const watchInput = (unit: string) => ({
  title: `Direktiv ${next()}`,
  status: 'PROPOSAL',
  ownerUnitId: unitId(unit),
});
const trainingInput = () => ({
  topic: 'PROJECT_MANAGEMENT',
  title: `Kurs ${next()}`,
  heldOn: '2008-03-01',
});
/** Registry records: administrators only; each case makes what it needs. */
const organisationInput = () => ({
  name: `Organisation ${next()}`,
  kind: 'BRUSSELS_NETWORK',
  regionFocus: 'EUROPE',
});
const cityInput = () => ({ name: `Stad ${next()}`, country: 'DK' });
const REGISTRY: Record<string, { table: string; input: () => Promise<Vars> }> = {
  Unit: { table: 'unit', input: async () => ({ name: `Enhet ${next()}`, kind: 'OFFICE' }) },
  Person: {
    table: 'person',
    input: async () => ({ name: `Person ${next()}`, unitId: unitId(OWN) }),
  },
  EuNetworkContact: {
    table: 'eu_network_contact',
    input: async () => ({
      unitId: unitId(OWN),
      personId: ids['person:annette-larsson'],
      year: ++contactYear,
      listedAs: 'SDF Fosie',
    }),
  },
  Organisation: { table: 'organisation', input: async () => organisationInput() },
  Membership: {
    table: 'membership',
    input: async () => ({
      organisationId: (await make('createOrganisation', 'OrganisationInput', organisationInput()))
        .id,
      since: 2001,
    }),
  },
  Forum: {
    table: 'forum',
    input: async () => ({
      name: `Forum ${next()}`,
      organisationId: (await make('createOrganisation', 'OrganisationInput', organisationInput()))
        .id,
    }),
  },
  Seat: {
    table: 'seat',
    input: async () => ({
      forumId: ids['forum:eurocities-culture-forum'],
      unitId: unitId(OWN),
      fromYear: 1990 + (next() % 100),
    }),
  },
  PartnerCity: { table: 'partner_city', input: async () => cityInput() },
  Agreement: {
    table: 'agreement',
    input: async () => ({
      partnerCityId: (await make('createPartnerCity', 'PartnerCityInput', cityInput())).id,
      type: 'COOPERATION',
      signedYear: 2005,
      text: `Samarbetsavtal ${next()}`,
      status: 'ACTIVE',
    }),
  },
  EventSeries: {
    table: 'event_series',
    input: async () => ({ name: `Mässa ${next()}`, shortName: `M${next()}` }),
  },
};

function registryCases(): Record<string, Case> {
  return Object.fromEntries(
    Object.entries(REGISTRY).flatMap(([type, { table, input }]) => [
      [
        `create${type}`,
        {
          writers: 'admin',
          tables: [table],
          prepare: async () => inputOnly(`${type}Input`, await input()),
        },
      ],
      [
        `update${type}`,
        {
          writers: 'admin',
          tables: [table],
          prepare: async () => {
            const first = await input();
            const made = await make(`create${type}`, `${type}Input`, first);
            // Another valid input of the same record: everything but its references moves.
            const again = await input();
            const changed = Object.fromEntries(
              Object.entries(again).filter(([k]) => !k.endsWith('Id') || k === 'unitId'),
            );
            return update(`${type}Input`, made, { ...first, ...changed });
          },
        },
      ],
    ]),
  );
}

/** Archive, restore and delete take the record's id and the version read. */
const lifecycle = (target: { id: string; version: number }) => ({
  args: 'id: $id, version: $version',
  types: { id: 'ID!', version: 'Int!' },
  vars: { id: target.id, version: target.version },
});
const dbId = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1];

const CASES: Record<string, Case> = {
  createOperationalPlan: {
    writers: 'unit',
    tables: ['operational_plan'],
    prepare: async (u) => inputOnly('OperationalPlanInput', planInput(u, ++planYear)),
  },
  updateOperationalPlan: {
    writers: 'unit',
    tables: ['operational_plan'],
    prepare: async (u) => {
      const year = ++planYear;
      const plan = await make('createOperationalPlan', 'OperationalPlanInput', planInput(u, year));
      return update('OperationalPlanInput', plan, {
        ...planInput(u, year),
        adoptedOn: '2007-01-10',
      });
    },
  },
  createProject: {
    writers: 'unit',
    tables: ['project'],
    prepare: async (u) => inputOnly('ProjectInput', projectInput(u)),
  },
  updateProject: {
    writers: 'unit',
    tables: ['project'],
    prepare: async (u) => {
      const project = await make('createProject', 'ProjectInput', projectInput(u));
      return update('ProjectInput', project, projectInput(u));
    },
  },
  transitionProject: {
    writers: 'unit',
    tables: ['project'],
    prepare: async (u) => {
      const project = await make('createProject', 'ProjectInput', projectInput(u));
      return inputOnly('ProjectTransitionInput', {
        projectId: project.id,
        version: project.version,
        to: 'PREPARING_APPLICATION',
        on: '2008-01-01',
      });
    },
  },
  createSupportRequest: {
    writers: 'unit',
    tables: ['support_request'],
    prepare: async (u) => {
      const project = await make('createProject', 'ProjectInput', projectInput(u));
      return inputOnly('SupportRequestInput', {
        projectId: project.id,
        kind: 'ADVICE',
        requestedOn: '2008-01-02',
      });
    },
  },
  transitionSupportRequest: {
    writers: 'admin',
    tables: ['support_request'],
    prepare: async (u) => {
      const project = await make('createProject', 'ProjectInput', projectInput(u));
      const request = await make('createSupportRequest', 'SupportRequestInput', {
        projectId: project.id,
        kind: 'ADVICE',
        requestedOn: '2008-01-02',
      });
      return inputOnly('SupportRequestTransitionInput', {
        supportRequestId: request.id,
        version: request.version,
        to: 'IN_PROGRESS',
        on: '2008-01-03',
      });
    },
  },
  createMeeting: {
    writers: 'unit',
    tables: ['meeting', 'meeting_attendee'],
    prepare: async (u) => inputOnly('MeetingInput', meetingInput(u)),
  },
  updateMeeting: {
    writers: 'unit',
    tables: ['meeting', 'meeting_attendee'],
    prepare: async (u) => {
      const meeting = await make('createMeeting', 'MeetingInput', meetingInput(u));
      return update('MeetingInput', meeting, meetingInput(u));
    },
  },
  submitMeetingReport: {
    writers: 'unit',
    tables: ['meeting_report'],
    prepare: async (u) => {
      const meeting = await make('createMeeting', 'MeetingInput', meetingInput(u));
      return inputOnly('MeetingReportInput', {
        meetingId: meeting.id,
        submittedOn: '2008-01-15',
        summary: 'Rapport.',
      });
    },
  },
  createSecondment: {
    writers: 'unit',
    tables: ['secondment'],
    prepare: async (u) => inputOnly('SecondmentInput', secondmentInput(u)),
  },
  updateSecondment: {
    writers: 'unit',
    tables: ['secondment'],
    prepare: async (u) => {
      const secondment = await make('createSecondment', 'SecondmentInput', secondmentInput(u));
      return update('SecondmentInput', secondment, {
        ...secondmentInput(u),
        reportSubmittedOn: '2008-02-20',
      });
    },
  },
  createMembershipAssessment: {
    writers: 'analyst',
    tables: ['membership_assessment'],
    prepare: async () => inputOnly('MembershipAssessmentInput', assessmentInput()),
  },
  updateMembershipAssessment: {
    writers: 'analyst',
    tables: ['membership_assessment'],
    prepare: async () => {
      const a = await make(
        'createMembershipAssessment',
        'MembershipAssessmentInput',
        assessmentInput(),
      );
      return update('MembershipAssessmentInput', a, { ...assessmentInput(), comment: 'Ny.' });
    },
  },
  createEventEdition: {
    writers: 'admin',
    tables: ['event_edition'],
    prepare: async () => inputOnly('EventEditionInput', editionInput()),
  },
  updateEventEdition: {
    writers: 'admin',
    tables: ['event_edition'],
    prepare: async () => {
      const input = editionInput();
      const edition = await make('createEventEdition', 'EventEditionInput', input);
      return update('EventEditionInput', edition, { ...input, place: 'Bryssel, Berlaymont' });
    },
  },
  createParticipation: {
    writers: 'unit',
    tables: ['participation'],
    prepare: async (u) => {
      const edition = await make('createEventEdition', 'EventEditionInput', editionInput());
      return inputOnly('ParticipationInput', participationInput(edition.id, u));
    },
  },
  updateParticipation: {
    writers: 'unit',
    tables: ['participation'],
    prepare: async (u) => {
      const edition = await make('createEventEdition', 'EventEditionInput', editionInput());
      const input = participationInput(edition.id, u);
      const p = await make('createParticipation', 'ParticipationInput', input);
      return update('ParticipationInput', p, { ...input, delegates: 3 });
    },
  },
  createLegislationWatch: {
    writers: 'admin',
    tables: ['legislation_watch', 'legislation_watch_unit'],
    prepare: async (u) => inputOnly('LegislationWatchInput', watchInput(u)),
  },
  updateLegislationWatch: {
    writers: 'admin',
    tables: ['legislation_watch', 'legislation_watch_unit'],
    prepare: async (u) => {
      const input = watchInput(u);
      const w = await make('createLegislationWatch', 'LegislationWatchInput', input);
      return update('LegislationWatchInput', w, { ...input, status: 'ADOPTED' });
    },
  },
  createTrainingSession: {
    writers: 'admin',
    tables: ['training_session', 'training_participant'],
    prepare: async () => inputOnly('TrainingSessionInput', trainingInput()),
  },
  updateTrainingSession: {
    writers: 'admin',
    tables: ['training_session', 'training_participant'],
    prepare: async () => {
      const input = trainingInput();
      const s = await make('createTrainingSession', 'TrainingSessionInput', input);
      return update('TrainingSessionInput', s, { ...input, place: 'Stadshuset' });
    },
  },
  waiveObligation: {
    writers: 'admin',
    tables: ['obligation_waiver'],
    prepare: async (u) => {
      const meeting = await make('createMeeting', 'MeetingInput', meetingInput(u));
      return inputOnly('WaiveObligationInput', {
        obligationKey: `meeting_report:meeting:${dbId(meeting.id)}`,
        reason: 'Mötet ställdes in med kort varsel.',
        waivedOn: '2008-02-01',
      });
    },
  },
  revokeObligationWaiver: {
    writers: 'admin',
    tables: ['obligation_waiver'],
    prepare: async (u) => {
      const meeting = await make('createMeeting', 'MeetingInput', meetingInput(u));
      const d = await admin<{ r: { data: { id: string } } }>(
        `mutation ($input: WaiveObligationInput!) { r: waiveObligation(input: $input) {
          ... on MutationWaiveObligationSuccess { data { id } } } }`,
        {
          input: {
            obligationKey: `meeting_report:meeting:${dbId(meeting.id)}`,
            reason: 'Mötet ställdes in med kort varsel.',
            waivedOn: '2008-02-01',
          },
        },
      );
      return { args: 'id: $id', types: { id: 'ID!' }, vars: { id: d.r.data.id } };
    },
  },
  erasePerson: {
    writers: 'admin',
    tables: ['person'],
    // There is no createPerson: each case pseudonymises another annex person.
    prepare: async () => {
      const people = Object.keys(ids).filter((k) => k.startsWith('person:'));
      return inputOnly('ErasePersonInput', {
        personId: ids[people[erased++] as string],
        mode: 'PSEUDONYMISE',
        reason: 'Begäran om radering enligt GDPR.',
      });
    },
  },
  setEngagementTags: {
    writers: 'admin',
    tables: ['membership'],
    prepare: async () => {
      const d = await admin<{ node: { version: number } }>(
        'query ($id: ID!) { node(id: $id) { ... on Membership { version } } }',
        { id: ids['membership:healthy-cities'] },
      );
      return inputOnly('EngagementTagsInput', {
        id: ids['membership:healthy-cities'],
        version: d.node.version,
        themes: ['PUBLIC_HEALTH', `YOUTH`].slice(0, 1 + (next() % 2)),
      });
    },
  },
  ...registryCases(),
  archiveRecord: {
    writers: 'unit',
    tables: ['project'],
    prepare: async (u) => lifecycle(await make('createProject', 'ProjectInput', projectInput(u))),
  },
  restoreRecord: {
    writers: 'unit',
    tables: ['project'],
    prepare: async (u) => {
      const project = await make('createProject', 'ProjectInput', projectInput(u));
      const d = await admin<{ r: { data: { version: number } } }>(
        `mutation ($id: ID!, $version: Int!) { r: archiveRecord(id: $id, version: $version) {
          ... on MutationArchiveRecordSuccess { data { version } } } }`,
        project,
      );
      return lifecycle({ id: project.id, version: d.r.data.version });
    },
  },
  deleteRecord: {
    writers: 'admin',
    tables: ['project'],
    prepare: async (u) => lifecycle(await make('createProject', 'ProjectInput', projectInput(u))),
  },
};

/** Mutations open to anyone, and tested in auth.test.ts. */
const PUBLIC = new Set(['signIn', 'signOut']);

async function digest(tables: string[]): Promise<string> {
  const parts: string[] = [];
  for (const table of tables) {
    const rows = await api.db.orm.em
      .fork()
      .getConnection()
      .execute(
        `select coalesce(md5(string_agg(t::text, ',' order by t::text)), '') as d from "${table}" t`,
      );
    parts.push((rows[0] as { d: string }).d);
  }
  return parts.join('|');
}

type Actor = { role: Role | 'anonymous'; label: string };
const ACTORS: Actor[] = [
  { role: 'admin', label: 'admin' },
  { role: 'analyst', label: 'analyst' },
  { role: 'steering', label: 'steering' },
  { role: 'unit_editor', label: 'unit editor' },
  { role: 'reader', label: 'reader' },
  { role: 'anonymous', label: 'anonymous' },
];

function allowed(writers: Case['writers'], role: Actor['role'], own: boolean): boolean {
  if (role === 'admin') return true;
  if (writers === 'analyst') return role === 'analyst';
  if (writers === 'unit') return role === 'unit_editor' && own;
  return false;
}

beforeAll(async () => {
  api = await createTestApi();
  Object.assign(ids, await annexIds(api));
});
afterAll(() => api.close());

describe('the role matrix', () => {
  it('covers every mutation of the schema', async () => {
    // Read from the schema in-process: introspection is off over HTTP in production.
    const names = Object.keys(schema.getMutationType()?.getFields() ?? {}).filter(
      (n) => !PUBLIC.has(n),
    );
    expect(names.sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const [mutation, spec] of Object.entries(CASES)) {
    describe(mutation, () => {
      const units = spec.writers === 'unit' ? [OWN, OTHER] : [OWN];
      for (const actor of ACTORS) {
        for (const unit of units) {
          const own = unit === OWN;
          const expected = allowed(spec.writers, actor.role, own);
          const where = spec.writers === 'unit' ? ` on ${own ? 'its own' : 'another'} unit` : '';
          it(`${actor.label}${where}: ${expected ? 'allowed' : 'refused, nothing changes'}`, async () => {
            const { args, types, vars } = await spec.prepare(unit);
            const signature = Object.entries(types)
              .map(([name, type]) => `$${name}: ${type}`)
              .join(', ');
            const before = await digest(spec.tables);
            const query = await api.as(actor.role, OWN);
            const result = (await query(
              `mutation (${signature}) { r: ${mutation}(${args}) { __typename ... on Error { message } } }`,
              vars,
            )) as Result;
            if (expected) {
              expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
              const r = result.data?.r as { __typename: string } | undefined;
              expect(r?.__typename).toMatch(/Success$/);
              expect(await digest(spec.tables)).not.toBe(before);
            } else {
              expect(result.data?.r ?? null).toBeNull();
              expect(result.errors?.[0]?.extensions?.code).toBe(
                actor.role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
              );
              expect(await digest(spec.tables)).toBe(before);
            }
          });
        }
      }
    });
  }
});

describe('reading', () => {
  const followUp = `{ obligations(asOf: "2008-03-01", first: 1) { totalCount } }`;
  const registry = `{ units(first: 1) { totalCount } }`;

  it('needs an account for the registry; the follow-up needs more than a reader', async () => {
    const anonymous = await api.as('anonymous');
    expect((await anonymous(registry)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const reader = await api.as('reader');
    expect((await reader(registry)).errors).toBeUndefined();
    expect((await reader(followUp)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const role of ['admin', 'analyst', 'steering', 'unit_editor'] as const) {
      const query = await api.as(role);
      expect((await query(followUp)).errors, role).toBeUndefined();
    }
  });

  it('checks follow-up records reached through the registry too', async () => {
    const reader = await api.as('reader');
    const result = await reader(
      '{ memberships(first: 1) { edges { node { since assessments { score } value { change } } } } }',
    );
    expect(result.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    const viaNode = await reader(
      'query ($id: ID!) { node(id: $id) { ... on Membership { since } } }',
      { id: ids['membership:eurocities'] },
    );
    expect(viaNode.errors).toBeUndefined();
  });

  it('keeps people’s personal fields from anonymous requests', async () => {
    const anonymous = await api.as('anonymous');
    const result = await anonymous(
      'query ($id: ID!) { node(id: $id) { ... on Person { name email } } }',
      { id: ids['person:annette-larsson'] },
    );
    expect(result.data?.node ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
