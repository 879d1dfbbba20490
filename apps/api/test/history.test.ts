import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../src/schema';
import { recordAudit } from '../src/services/audit';
import { annexIds, createTestApi, type TestApi } from './support';

/**
 * The change history: every mutation of the schema writes exactly its audit entries (action,
 * record kind, record id and the fields that changed) in its own transaction, and a refused call
 * (invalid input, stale version, a rule) writes none and changes nothing. Then optimistic locking,
 * archive and restore, delete, the change log and the erasure of a person from the history.
 */

let api: TestApi;
const ids: Record<string, string> = {};
type Vars = Record<string, unknown>;

interface Call {
  args: string;
  types: Record<string, string>;
  vars: Vars;
  /** The selection on the success type; default `data { id }`. */
  select?: string;
}

interface Expected {
  action: string;
  kind: string;
  /** The record's global id; `result` means the id the mutation returned. */
  id: string;
  fields: string[];
}

interface HistoryCase {
  /** A call that succeeds, and the entries it must write. */
  succeeds(): Promise<Call & { expected: Expected[] }>;
  /** A call that is refused as data (the typename it returns) and must change nothing. */
  fails(): Promise<Call & { refusal: string }>;
}

/** Mutations whose history is tested elsewhere, and why. */
const EXCLUDED: Record<string, string> = {
  signIn: 'a session, not a record (auth.test.ts)',
  signOut: 'a session, not a record (auth.test.ts)',
};

let counter = 0;
const next = () => ++counter;
let year = 1900;
// Plans and editions are unique per unit (series) and year: each gets its own.
let future = 2030;

async function admin<T>(query: string, variables?: Vars): Promise<T> {
  const result = await api.query<T>(query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as T;
}

const successType = (mutation: string) =>
  `Mutation${mutation[0]?.toUpperCase()}${mutation.slice(1)}Success`;

async function run(mutation: string, call: Call) {
  const signature = Object.entries(call.types)
    .map(([name, type]) => `$${name}: ${type}`)
    .join(', ');
  const d = await admin<{ r: Record<string, unknown> & { __typename: string } }>(
    `mutation (${signature}) { r: ${mutation}(${call.args}) { __typename
      ... on Error { message } ... on InputError { fields { field code } }
      ... on ${successType(mutation)} { ${call.select ?? 'data { id }'} } } }`,
    call.vars,
  );
  return d.r;
}

/** Makes a record as admin: its id and version. */
async function make(type: string, input: Vars): Promise<{ id: string; version: number }> {
  const r = await run(`create${type}`, {
    args: 'input: $input',
    types: { input: `${type}Input!` },
    vars: { input },
    select: 'data { id version }',
  });
  expect(r.__typename, JSON.stringify(r)).toBe(successType(`create${type}`));
  return r.data as { id: string; version: number };
}

async function versionOf(id: string): Promise<number> {
  const d = await admin<{ node: { version: number } }>(
    'query ($id: ID!) { node(id: $id) { ... on Node { ... on Unit { version } ... on Project { version } ... on Membership { version } ... on SupportRequest { version } ... on Person { version } } } }',
    { id },
  );
  return d.node.version;
}

const inputOnly = (type: string, input: Vars): Call => ({
  args: 'input: $input',
  types: { input: `${type}!` },
  vars: { input },
});
const updateCall = (type: string, target: { id: string; version: number }, input: Vars): Call => ({
  args: 'id: $id, version: $version, input: $input',
  types: { id: 'ID!', version: 'Int!', input: `${type}Input!` },
  vars: { id: target.id, version: target.version, input },
});
const lifecycleCall = (target: { id: string; version: number }): Call => ({
  args: 'id: $id, version: $version',
  types: { id: 'ID!', version: 'Int!' },
  vars: target,
  select: 'data { id }',
});

// --- the records, their inputs and the fields a create and an update change -----------------

interface RecordSpec {
  input: () => Promise<Vars>;
  /** Fields a create with `input()` sets. */
  created: string[];
  /** An update of one field, and the field's name in the history. */
  change: (input: Vars) => Vars;
  changed: string[];
  /** An input the domain schema refuses. */
  invalid: (input: Vars) => Vars;
}

const unitId = () => ids['unit:sdf-fosie'] as string;
const newOrganisation = async () =>
  (
    await make('Organisation', {
      name: `Organisation ${next()}`,
      kind: 'REGIONAL_ACTOR',
      regionFocus: 'BALTIC',
    })
  ).id;
const newEdition = async () => {
  const y = ++future;
  return (
    await make('EventEdition', {
      seriesId: ids['series:open-days'],
      year: y,
      startsOn: `${y}-10-01`,
      endsOn: `${y}-10-04`,
      place: 'Bryssel',
    })
  ).id;
};

const RECORDS: Record<string, RecordSpec> = {
  Unit: {
    input: async () => ({ name: `Enhet ${next()}`, kind: 'OFFICE', parentId: unitId() }),
    created: ['key', 'name', 'kind', 'parent', 'active'],
    change: (i) => ({ ...i, name: `${i.name} (ny)` }),
    changed: ['name'],
    invalid: (i) => ({ ...i, name: ' ' }),
  },
  Person: {
    input: async () => ({
      name: `Person ${next()}`,
      email: `p${next()}@malmo.se`,
      unitId: unitId(),
    }),
    created: ['key', 'name', 'email', 'unit', 'active'],
    change: (i) => ({ ...i, email: `ny${next()}@malmo.se` }),
    changed: ['email'],
    invalid: (i) => ({ ...i, email: 'inte-en-adress' }),
  },
  EuNetworkContact: {
    input: async () => ({
      unitId: unitId(),
      personId: ids['person:annette-larsson'],
      year: ++year,
      listedAs: 'SDF Fosie',
    }),
    created: ['unit', 'person', 'year', 'listedAs'],
    change: (i) => ({ ...i, listedAs: 'Stadsdelsförvaltning Fosie' }),
    changed: ['listedAs'],
    invalid: (i) => ({ ...i, year: 1800 }),
  },
  Organisation: {
    input: async () => ({
      name: `Nätverk ${next()}`,
      kind: 'BRUSSELS_NETWORK',
      regionFocus: 'EUROPE',
    }),
    created: ['key', 'name', 'kind', 'regionFocus'],
    change: (i) => ({ ...i, abbreviation: 'NN' }),
    changed: ['abbreviation'],
    invalid: (i) => ({ ...i, abbreviation: 'X'.repeat(41) }),
  },
  Membership: {
    input: async () => ({ organisationId: await newOrganisation(), since: 2001, annualFee: 5000 }),
    created: ['organisation', 'since', 'annualFee'],
    change: (i) => ({ ...i, endedYear: 2005 }),
    changed: ['endedYear'],
    invalid: (i) => ({ ...i, endedYear: 1999 }),
  },
  Forum: {
    input: async () => ({
      name: `Forum ${next()}`,
      organisationId: await newOrganisation(),
      themes: ['CULTURE'],
    }),
    created: ['key', 'name', 'organisation', 'themes'],
    change: (i) => ({ ...i, name: `${i.name} (ny)` }),
    changed: ['name'],
    invalid: (i) => ({ ...i, name: '' }),
  },
  Seat: {
    input: async () => ({
      forumId: ids['forum:eurocities-culture-forum'],
      unitId: unitId(),
      fromYear: 2006,
    }),
    created: ['key', 'forum', 'unit', 'fromYear'],
    change: (i) => ({ ...i, toYear: 2008 }),
    changed: ['toYear'],
    invalid: (i) => ({ ...i, toYear: 2005 }),
  },
  PartnerCity: {
    input: async () => ({ name: `Stad ${next()}`, country: 'DK' }),
    created: ['key', 'name', 'country'],
    change: (i) => ({ ...i, country: 'NO' }),
    changed: ['country'],
    invalid: (i) => ({ ...i, country: 'DNK' }),
  },
  Agreement: {
    input: async () => ({
      partnerCityId: (await make('PartnerCity', { name: `Stad ${next()}`, country: 'PL' })).id,
      type: 'COOPERATION',
      signedYear: 2005,
      text: 'Samarbetsavtal',
      status: 'ACTIVE',
    }),
    created: ['key', 'partnerCity', 'type', 'signedYear', 'text', 'status'],
    change: (i) => ({ ...i, validUntil: '2009-12-31' }),
    changed: ['validUntil'],
    invalid: (i) => ({ ...i, validUntil: '2004-12-31' }),
  },
  EventSeries: {
    input: async () => ({ name: `Mässa ${next()}`, shortName: `M${next()}` }),
    created: ['key', 'name', 'shortName'],
    change: (i) => ({ ...i, place: 'Cannes' }),
    changed: ['place'],
    invalid: (i) => ({ ...i, shortName: '' }),
  },
  EventEdition: {
    input: async () => {
      const y = ++future;
      return {
        seriesId: ids['series:open-days'],
        year: y,
        startsOn: `${y}-10-01`,
        endsOn: `${y}-10-04`,
        place: 'Bryssel',
      };
    },
    created: ['series', 'year', 'startsOn', 'endsOn', 'place'],
    change: (i) => ({ ...i, place: 'Bryssel, Berlaymont' }),
    changed: ['place'],
    invalid: (i) => ({ ...i, endsOn: '2000-01-01' }),
  },
  Participation: {
    input: async () => ({
      editionId: await newEdition(),
      unitId: unitId(),
      delegates: 2,
      purpose: 'Nätverka.',
      costSek: 20_000,
      contactsGained: 3,
    }),
    created: ['edition', 'unit', 'delegates', 'purpose', 'costSek', 'contactsGained'],
    change: (i) => ({ ...i, delegates: 3 }),
    changed: ['delegates'],
    invalid: (i) => ({ ...i, delegates: 0 }),
  },
  OperationalPlan: {
    input: async () => ({
      unitId: unitId(),
      year: ++future,
      priorities: [
        { targetKind: 'MEMBERSHIP', targetId: ids['membership:eurocities'], reason: 'Nätverk.' },
      ],
    }),
    created: ['unit', 'year', 'priorities'],
    change: (i) => ({ ...i, adoptedOn: '2007-01-10' }),
    changed: ['adoptedOn'],
    invalid: (i) => ({ ...i, adoptedOn: '2007-02-30' }),
  },
  Project: {
    input: async () => ({
      title: `Projekt ${next()}`,
      ownerUnitId: unitId(),
      partners: [{ name: 'Lunds kommun' }],
    }),
    created: ['key', 'title', 'ownerUnit', 'state', 'partners'],
    change: (i) => ({ ...i, partners: [{ name: 'Lunds kommun' }, { name: 'Region Skåne' }] }),
    changed: ['partners'],
    invalid: (i) => ({ ...i, budgetSek: -1 }),
  },
  Meeting: {
    input: async () => ({
      forumId: ids['forum:eurocities-culture-forum'],
      unitId: unitId(),
      date: '2008-01-10',
      place: `Plats ${next()}`,
      attendeeIds: [ids['person:annette-larsson']],
    }),
    created: ['forum', 'unit', 'date', 'place', 'attendees'],
    change: (i) => ({ ...i, attendeeIds: [] }),
    changed: ['attendees'],
    invalid: (i) => ({ ...i, organisationId: (i as { forumId: string }).forumId }),
  },
  Secondment: {
    input: async () => ({
      personId: ids['person:annette-larsson'],
      unitId: unitId(),
      startOn: '2008-01-01',
      endOn: '2008-02-01',
      purpose: 'STUDY',
    }),
    created: ['person', 'unit', 'startOn', 'endOn', 'purpose'],
    change: (i) => ({ ...i, reportSubmittedOn: '2008-02-20' }),
    changed: ['reportSubmittedOn'],
    invalid: (i) => ({ ...i, endOn: '2007-12-31' }),
  },
  MembershipAssessment: {
    input: async () => ({
      membershipId: ids['membership:eurocities'],
      assessedOn: '2008-01-15',
      scores: { exchangeQuality: 3, influence: 3, participation: 3, informationUse: 3 },
      feeSek: 100_000,
      staffHours: 100,
    }),
    created: [
      'membership',
      'assessedOn',
      'exchangeQuality',
      'influence',
      'participation',
      'informationUse',
      'feeSek',
      'staffHours',
    ],
    change: (i) => ({ ...i, comment: 'Ny bedömning.' }),
    changed: ['comment'],
    invalid: (i) => ({ ...i, staffHours: -1 }),
  },
  LegislationWatch: {
    input: async () => ({ title: `Direktiv ${next()}`, status: 'PROPOSAL', ownerUnitId: unitId() }),
    created: ['title', 'status', 'ownerUnit'],
    change: (i) => ({ ...i, status: 'ADOPTED' }),
    changed: ['status'],
    invalid: (i) => ({ ...i, title: '' }),
  },
  TrainingSession: {
    input: async () => ({
      topic: 'PROJECT_MANAGEMENT',
      title: `Kurs ${next()}`,
      heldOn: '2008-03-01',
    }),
    created: ['topic', 'title', 'heldOn'],
    change: (i) => ({ ...i, place: 'Stadshuset' }),
    changed: ['place'],
    invalid: (i) => ({ ...i, title: '' }),
  },
};

function recordCases(): Record<string, HistoryCase> {
  return Object.fromEntries(
    Object.entries(RECORDS).flatMap(([type, spec]) => [
      [
        `create${type}`,
        {
          succeeds: async () => ({
            ...inputOnly(`${type}Input`, await spec.input()),
            expected: [{ action: 'CREATE', kind: type, id: 'result', fields: spec.created }],
          }),
          fails: async () => ({
            ...inputOnly(`${type}Input`, spec.invalid(await spec.input())),
            refusal: 'InputError',
          }),
        },
      ],
      [
        `update${type}`,
        {
          succeeds: async () => {
            const input = await spec.input();
            const made = await make(type, input);
            return {
              ...updateCall(type, made, spec.change(input)),
              expected: [{ action: 'UPDATE', kind: type, id: made.id, fields: spec.changed }],
            };
          },
          // Someone else saved first: this save, from the older version, is refused.
          fails: async () => {
            const input = await spec.input();
            const made = await make(type, input);
            const first = await run(`update${type}`, updateCall(type, made, spec.change(input)));
            expect(first.__typename).toBe(successType(`update${type}`));
            return { ...updateCall(type, made, input), refusal: 'StaleVersion' };
          },
        },
      ],
    ]),
  );
}

// --- the other mutations ---------------------------------------------------------------------

const dbId = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1];

async function newMeeting() {
  return make('Meeting', {
    forumId: ids['forum:eurocities-culture-forum'],
    unitId: unitId(),
    date: '2008-01-10',
    place: `Plats ${next()}`,
  });
}

async function waive(meetingId: string) {
  const r = await run('waiveObligation', {
    ...inputOnly('WaiveObligationInput', {
      obligationKey: `meeting_report:meeting:${dbId(meetingId)}`,
      reason: 'Mötet ställdes in med kort varsel.',
      waivedOn: '2008-02-01',
    }),
  });
  return (r.data as { id: string }).id;
}

async function newSupportRequest() {
  const project = await make('Project', { title: `Projekt ${next()}`, ownerUnitId: unitId() });
  const r = await run('createSupportRequest', {
    ...inputOnly('SupportRequestInput', {
      projectId: project.id,
      kind: 'ADVICE',
      requestedOn: '2008-01-02',
    }),
    select: 'data { id version }',
  });
  return r.data as { id: string; version: number };
}

async function archived() {
  const project = await make('Project', { title: `Projekt ${next()}`, ownerUnitId: unitId() });
  const r = await run('archiveRecord', { ...lifecycleCall(project), select: 'data { version }' });
  return { id: project.id, version: (r.data as { version: number }).version };
}

let erased = 0;
let tagged = false;
const annexPerson = () => {
  const people = Object.keys(ids).filter(
    (k) => k.startsWith('person:') && k !== 'person:annette-larsson',
  );
  return ids[people[erased++] as string] as string;
};

const OTHERS: Record<string, HistoryCase> = {
  transitionProject: {
    succeeds: async () => {
      const project = await make('Project', { title: `Projekt ${next()}`, ownerUnitId: unitId() });
      return {
        ...inputOnly('ProjectTransitionInput', {
          projectId: project.id,
          version: project.version,
          to: 'PREPARING_APPLICATION',
          on: '2008-01-01',
        }),
        expected: [
          {
            action: 'TRANSITION',
            kind: 'Project',
            id: project.id,
            fields: ['state', 'stateChangedOn'],
          },
        ],
      };
    },
    fails: async () => {
      const project = await make('Project', { title: `Projekt ${next()}`, ownerUnitId: unitId() });
      // From an idea straight to granted is not a step of the lifecycle.
      return {
        ...inputOnly('ProjectTransitionInput', {
          projectId: project.id,
          version: project.version,
          to: 'GRANTED',
          on: '2008-01-01',
        }),
        refusal: 'RuleViolation',
      };
    },
  },
  createSupportRequest: {
    succeeds: async () => {
      const project = await make('Project', { title: `Projekt ${next()}`, ownerUnitId: unitId() });
      return {
        ...inputOnly('SupportRequestInput', {
          projectId: project.id,
          kind: 'ADVICE',
          requestedOn: '2008-01-02',
        }),
        expected: [
          {
            action: 'CREATE',
            kind: 'SupportRequest',
            id: 'result',
            fields: ['project', 'kind', 'state', 'requestedOn'],
          },
        ],
      };
    },
    fails: async () => {
      const project = await make('Project', { title: `Projekt ${next()}`, ownerUnitId: unitId() });
      return {
        ...inputOnly('SupportRequestInput', {
          projectId: project.id,
          kind: 'ADVICE',
          requestedOn: '2008-02-30',
        }),
        refusal: 'InputError',
      };
    },
  },
  transitionSupportRequest: {
    succeeds: async () => {
      const request = await newSupportRequest();
      return {
        ...inputOnly('SupportRequestTransitionInput', {
          supportRequestId: request.id,
          version: request.version,
          to: 'DONE',
          on: '2008-01-03',
        }),
        expected: [
          {
            action: 'TRANSITION',
            kind: 'SupportRequest',
            id: request.id,
            fields: ['state', 'closedOn'],
          },
        ],
      };
    },
    fails: async () => {
      const request = await newSupportRequest();
      return {
        ...inputOnly('SupportRequestTransitionInput', {
          supportRequestId: request.id,
          version: request.version + 1,
          to: 'DONE',
          on: '2008-01-03',
        }),
        refusal: 'StaleVersion',
      };
    },
  },
  submitMeetingReport: {
    succeeds: async () => {
      const meeting = await newMeeting();
      return {
        ...inputOnly('MeetingReportInput', {
          meetingId: meeting.id,
          submittedOn: '2008-01-15',
          summary: 'Rapport.',
        }),
        expected: [
          {
            action: 'CREATE',
            kind: 'MeetingReport',
            id: 'result',
            fields: ['meeting', 'submittedOn', 'summary'],
          },
        ],
      };
    },
    fails: async () => {
      const meeting = await newMeeting();
      return {
        ...inputOnly('MeetingReportInput', {
          meetingId: meeting.id,
          submittedOn: '2008-01-01',
          summary: 'Rapport.',
        }),
        refusal: 'InputError',
      };
    },
  },
  waiveObligation: {
    succeeds: async () => {
      const meeting = await newMeeting();
      return {
        ...inputOnly('WaiveObligationInput', {
          obligationKey: `meeting_report:meeting:${dbId(meeting.id)}`,
          reason: 'Mötet ställdes in med kort varsel.',
          waivedOn: '2008-02-01',
        }),
        expected: [
          {
            action: 'WAIVE',
            kind: 'ObligationWaiver',
            id: 'result',
            fields: ['obligationKey', 'reason', 'waivedOn', 'waivedBy'],
          },
        ],
      };
    },
    fails: async () => {
      const meeting = await newMeeting();
      return {
        ...inputOnly('WaiveObligationInput', {
          obligationKey: `meeting_report:meeting:${dbId(meeting.id)}`,
          reason: 'Inställt.',
          waivedOn: '2008-02-01',
        }),
        refusal: 'InputError',
      };
    },
  },
  revokeObligationWaiver: {
    succeeds: async () => {
      const waiver = await waive((await newMeeting()).id);
      return {
        args: 'id: $id, revokedOn: $on',
        types: { id: 'ID!', on: 'Date' },
        vars: { id: waiver, on: '2008-03-01' },
        expected: [
          {
            action: 'REVOKE',
            kind: 'ObligationWaiver',
            id: waiver,
            fields: ['revokedOn', 'revokedBy'],
          },
        ],
      };
    },
    fails: async () => {
      const waiver = await waive((await newMeeting()).id);
      return {
        args: 'id: $id, revokedOn: $on',
        types: { id: 'ID!', on: 'Date' },
        vars: { id: waiver, on: '2008-01-01' },
        refusal: 'InputError',
      };
    },
  },
  setEngagementTags: {
    succeeds: async () => {
      const id = ids['membership:healthy-cities'] as string;
      tagged = !tagged;
      const themes = tagged ? ['YOUTH'] : ['CULTURE', 'YOUTH'];
      return {
        ...inputOnly('EngagementTagsInput', { id, version: await versionOf(id), themes }),
        select: 'data { ... on Node { id } }',
        expected: [{ action: 'UPDATE', kind: 'Membership', id, fields: ['themes'] }],
      };
    },
    fails: async () => {
      const id = ids['membership:healthy-cities'] as string;
      return {
        ...inputOnly('EngagementTagsInput', { id, version: (await versionOf(id)) - 1, themes: [] }),
        select: 'data { ... on Node { id } }',
        refusal: 'StaleVersion',
      };
    },
  },
  erasePerson: {
    succeeds: async () => {
      const personId = annexPerson();
      return {
        ...inputOnly('ErasePersonInput', {
          personId,
          mode: 'PSEUDONYMISE',
          reason: 'Begäran om radering enligt GDPR.',
        }),
        select: 'data { personId }',
        expected: [{ action: 'ERASE', kind: 'Person', id: personId, fields: ['name', 'key'] }],
      };
    },
    fails: async () => ({
      ...inputOnly('ErasePersonInput', {
        personId: annexPerson(),
        mode: 'ERASE',
        reason: 'Kort.',
      }),
      select: 'data { personId }',
      refusal: 'InputError',
    }),
  },
  archiveRecord: {
    succeeds: async () => {
      const project = await make('Project', { title: `Projekt ${next()}`, ownerUnitId: unitId() });
      return {
        ...lifecycleCall(project),
        expected: [{ action: 'ARCHIVE', kind: 'Project', id: project.id, fields: ['archivedAt'] }],
      };
    },
    fails: async () => {
      const project = await make('Project', { title: `Projekt ${next()}`, ownerUnitId: unitId() });
      return {
        ...lifecycleCall({ ...project, version: project.version + 1 }),
        refusal: 'StaleVersion',
      };
    },
  },
  restoreRecord: {
    succeeds: async () => {
      const project = await archived();
      return {
        ...lifecycleCall(project),
        expected: [{ action: 'RESTORE', kind: 'Project', id: project.id, fields: ['archivedAt'] }],
      };
    },
    fails: async () => {
      const project = await make('Project', { title: `Projekt ${next()}`, ownerUnitId: unitId() });
      return { ...lifecycleCall(project), refusal: 'InputError' };
    },
  },
  deleteRecord: {
    succeeds: async () => {
      const project = await make('Project', {
        title: `Projekt ${next()}`,
        ownerUnitId: unitId(),
        partners: [{ name: 'Lunds kommun' }],
      });
      return {
        ...lifecycleCall(project),
        expected: [
          {
            action: 'DELETE',
            kind: 'Project',
            id: project.id,
            fields: ['key', 'title', 'ownerUnit', 'state', 'partners'],
          },
        ],
      };
    },
    // The unit owns projects, plans, seats …: it cannot go.
    fails: async () => ({
      ...lifecycleCall({ id: unitId(), version: await versionOf(unitId()) }),
      refusal: 'RecordInUse',
    }),
  },
};

const CASES: Record<string, HistoryCase> = { ...recordCases(), ...OTHERS };

// --- plumbing --------------------------------------------------------------------------------

type Entry = { action: string; kind: string; id: number; fields: string[] };

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return (await api.db.orm.em.fork().getConnection().execute(text, params)) as T[];
}

async function lastEntryId(): Promise<number> {
  const [row] = await sql<{ n: number | null }>('select max(id) as n from audit_entry');
  return Number(row?.n ?? 0);
}

async function entriesAfter(id: number): Promise<Entry[]> {
  const rows = await sql<{
    action: string;
    record_kind: string;
    record_id: number;
    changes: { field: string }[];
  }>('select action, record_kind, record_id, changes from audit_entry where id > ? order by id', [
    id,
  ]);
  return rows.map((r) => ({
    action: r.action,
    kind: r.record_kind,
    id: Number(r.record_id),
    fields: r.changes.map((c) => c.field).sort(),
  }));
}

/** Every table's content but the sign-in bookkeeping, which each request touches. */
async function digest(): Promise<Record<string, string>> {
  const tables = await sql<{ t: string }>(
    `select table_name as t from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE'
        and table_name not in ('session', 'sign_in_attempt', 'account', 'mikro_orm_migrations')
      order by 1`,
  );
  const out: Record<string, string> = {};
  for (const { t } of tables) {
    const [row] = await sql<{ d: string }>(
      `select coalesce(md5(string_agg(x::text, ',' order by x::text)), '') as d from "${t}" x`,
    );
    out[t] = row?.d ?? '';
  }
  return out;
}

beforeAll(async () => {
  api = await createTestApi();
  Object.assign(ids, await annexIds(api));
});
afterAll(() => api.close());

describe('every mutation writes exactly its history, in its transaction', () => {
  it('covers every mutation of the schema, or says why not', () => {
    const names = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
    const accounted = [...Object.keys(CASES), ...Object.keys(EXCLUDED)].sort();
    expect(accounted).toEqual(names);
  });

  for (const [mutation, spec] of Object.entries(CASES)) {
    describe(mutation, () => {
      it('writes its entries when it succeeds', async () => {
        const call = await spec.succeeds();
        const from = await lastEntryId();
        const r = await run(mutation, call);
        expect(r.__typename, JSON.stringify(r)).toBe(successType(mutation));
        const data = r.data as Record<string, string>;
        const resultId = data.id ?? data.personId;
        const expected = call.expected.map((e) => {
          const globalId = e.id === 'result' ? (resultId as string) : e.id;
          return {
            action: e.action,
            kind: e.kind,
            id: Number(/^\d+$/.test(globalId) ? globalId : dbId(globalId)),
            fields: [...e.fields].sort(),
          };
        });
        expect(await entriesAfter(from), JSON.stringify(await entriesAfter(from))).toEqual(
          expected,
        );
      });

      it('writes none and changes nothing when it is refused', async () => {
        const call = await spec.fails();
        const from = await lastEntryId();
        const before = await digest();
        const r = await run(mutation, call);
        expect(r.__typename, JSON.stringify(r)).toBe(call.refusal);
        expect(await entriesAfter(from)).toEqual([]);
        expect(await digest()).toEqual(before);
      });
    });
  }
});

describe('recordAudit', () => {
  it('writes in the caller’s transaction: rolled back with it', async () => {
    const from = await lastEntryId();
    const em = api.db.orm.em.fork();
    await expect(
      em.transactional(async (tx) => {
        await recordAudit(tx, null, { action: 'IMPORT', record: { kind: 'Unit', id: 1 } });
        expect(await entriesAfter(from)).toEqual([]); // not visible outside before commit
        throw new Error('the change fails after its entry was written');
      }),
    ).rejects.toThrow('the change fails');
    expect(await entriesAfter(from)).toEqual([]);
  });
});

// --- optimistic locking ----------------------------------------------------------------------

type Change = { field: string; old: unknown; new: unknown };
type HistoryNode = {
  action: string;
  recordKind: string;
  recordLabel: string;
  actor: { email: string } | null;
  changes: Change[];
};

async function history(id: string, as = api.query): Promise<HistoryNode[]> {
  const result = await as<{ recordHistory: { edges: { node: HistoryNode }[] } }>(
    `query ($id: ID!, $first: Int = 50) { recordHistory(id: $id, first: $first) { edges { node {
      action recordKind recordLabel actor { email } changes { field old new } } } } }`,
    { id },
  );
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data?.recordHistory.edges.map((e) => e.node) ?? [];
}

describe('a stale save', () => {
  it('is refused with what changed since, and the stored record stays as it was', async () => {
    const input = { name: `Enhet ${next()}`, kind: 'OFFICE' };
    const unit = await make('Unit', input);
    // Someone else renames it and makes it a department of SDF Fosie.
    const theirs = { ...input, name: 'Nytt namn', parentId: unitId() };
    expect((await run('updateUnit', updateCall('Unit', unit, theirs))).__typename).toBe(
      'MutationUpdateUnitSuccess',
    );
    const row = async () =>
      sql(`select * from unit where id = ?`, [Number(dbId(unit.id))]) as Promise<unknown[]>;
    const before = await row();

    const mine = { ...input, name: 'Mitt namn', active: false };
    const d = await admin<{ r: Record<string, unknown> }>(
      `mutation ($id: ID!, $version: Int!, $input: UnitInput!) {
        r: updateUnit(id: $id, version: $version, input: $input) {
          __typename ... on StaleVersion { message currentVersion changes { field read stored yours } } } }`,
      { id: unit.id, version: unit.version, input: mine },
    );
    expect(d.r).toEqual({
      __typename: 'StaleVersion',
      message: 'Posten har ändrats av någon annan sedan du öppnade den. Läs in den igen.',
      currentVersion: unit.version + 1,
      changes: [
        { field: 'name', read: input.name, stored: 'Nytt namn', yours: 'Mitt namn' },
        { field: 'parent', read: null, stored: unitId(), yours: null },
      ],
    });
    expect(await row()).toEqual(before);
    expect((await history(unit.id)).map((h) => h.action)).toEqual(['UPDATE', 'CREATE']);
  });
});

// --- archive and restore ---------------------------------------------------------------------

describe('archive and restore', () => {
  it('takes a record out of the lists and brings it back, with both in its history', async () => {
    const title = `Arkivprojekt ${next()}`;
    const project = await make('Project', { title, ownerUnitId: unitId() });
    const lists = async () =>
      admin<{
        plain: { totalCount: number };
        all: { totalCount: number; edges: { node: { archivedAt: string | null } }[] };
        unit: { projects: { title: string }[] };
        node: { title: string; archivedAt: string | null } | null;
      }>(
        `query ($search: String!, $id: ID!, $unit: ID!) {
          plain: projects(filter: { search: $search }) { totalCount }
          all: projects(filter: { search: $search }, includeArchived: true) {
            totalCount edges { node { archivedAt } } }
          unit: node(id: $unit) { ... on Unit { projects { title } } }
          node(id: $id) { ... on Project { title archivedAt } } }`,
        { search: title, id: project.id, unit: unitId() },
      );
    const inUnit = (l: Awaited<ReturnType<typeof lists>>) =>
      l.unit.projects.some((p) => p.title === title);

    const fresh = await lists();
    expect(fresh.plain.totalCount).toBe(1);
    expect(inUnit(fresh)).toBe(true);

    const a = await run('archiveRecord', {
      ...lifecycleCall(project),
      select: 'data { version archivedAt }',
    });
    expect(a.__typename).toBe('MutationArchiveRecordSuccess');
    const archivedState = await lists();
    expect(archivedState.plain.totalCount).toBe(0);
    expect(archivedState.all.totalCount).toBe(1);
    expect(archivedState.all.edges[0]?.node.archivedAt).not.toBeNull();
    expect(inUnit(archivedState)).toBe(false);
    // Still reachable by id.
    expect(archivedState.node?.title).toBe(title);

    const version = (a.data as { version: number }).version;
    const r = await run('restoreRecord', { ...lifecycleCall({ id: project.id, version }) });
    expect(r.__typename).toBe('MutationRestoreRecordSuccess');
    const restored = await lists();
    expect(restored.plain.totalCount).toBe(1);
    expect(restored.node?.archivedAt).toBeNull();
    expect(inUnit(restored)).toBe(true);

    const h = await history(project.id);
    expect(h.map((e) => e.action)).toEqual(['RESTORE', 'ARCHIVE', 'CREATE']);
    expect(h[1]?.changes.map((c) => [c.field, c.old])).toEqual([['archivedAt', null]]);
  });

  it('is for whoever may update the record: a unit editor archives its own unit’s project only', async () => {
    const own = await make('Project', { title: `Eget ${next()}`, ownerUnitId: unitId() });
    const other = await make('Project', {
      title: `Annat ${next()}`,
      ownerUnitId: ids['unit:sdf-oxie'],
    });
    const editor = await api.as('unit_editor', 'sdf-fosie');
    const archive = (target: { id: string; version: number }) =>
      editor(
        `mutation ($id: ID!, $version: Int!) { archiveRecord(id: $id, version: $version) { __typename } }`,
        target,
      );
    expect((await archive(own)).data).toEqual({
      archiveRecord: { __typename: 'MutationArchiveRecordSuccess' },
    });
    const refused = await archive(other);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Registry records are the administrators’.
    const unit = await archive({ id: unitId(), version: await versionOf(unitId()) });
    expect(unit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

// --- delete ----------------------------------------------------------------------------------

describe('delete', () => {
  it('is refused while other records refer to the record, listing them', async () => {
    const unit = await make('Unit', { name: `Enhet ${next()}`, kind: 'OFFICE' });
    const title = `Beroende ${next()}`;
    await make('Project', { title, ownerUnitId: unit.id });
    await make('Person', { name: `Person ${next()}`, unitId: unit.id });
    const r = await admin<{ r: { __typename: string; dependants?: unknown } }>(
      `mutation ($id: ID!, $version: Int!) { r: deleteRecord(id: $id, version: $version) {
        __typename ... on RecordInUse { dependants { recordKind count examples { label } } } } }`,
      unit,
    );
    expect(r.r.__typename).toBe('RecordInUse');
    expect(r.r.dependants).toEqual(
      expect.arrayContaining([
        { recordKind: 'Project', count: 1, examples: [{ label: title }] },
        { recordKind: 'Person', count: 1, examples: [expect.objectContaining({})] },
      ]),
    );
    expect(await versionOf(unit.id)).toBe(unit.version);
  });

  it('removes a record nothing refers to, and keeps its history', async () => {
    const unit = await make('Unit', { name: `Tillfällig ${next()}`, kind: 'OFFICE' });
    const r = await run('deleteRecord', lifecycleCall(unit));
    expect(r.__typename).toBe('MutationDeleteRecordSuccess');
    const node = await api.query('query ($id: ID!) { node(id: $id) { id } }', { id: unit.id });
    expect(node.data?.node ?? null).toBeNull();
    const h = await history(unit.id);
    expect(h.map((e) => e.action)).toEqual(['DELETE', 'CREATE']);
    expect(h[0]?.changes.find((c) => c.field === 'name')?.old).toMatch(/^Tillfällig/);
  });

  it('takes a meeting’s attendance with it, the attendees stay', async () => {
    const meeting = await make('Meeting', {
      forumId: ids['forum:eurocities-culture-forum'],
      unitId: unitId(),
      date: '2008-05-01',
      place: 'Lund',
      attendeeIds: [ids['person:annette-larsson']],
    });
    const r = await run('deleteRecord', lifecycleCall(meeting));
    expect(r.__typename).toBe('MutationDeleteRecordSuccess');
    const rows = await sql<{ n: number }>(
      'select count(*)::int as n from meeting_attendee where meeting_id = ?',
      [Number(dbId(meeting.id))],
    );
    expect(rows[0]?.n).toBe(0);
    expect(await versionOf(ids['person:annette-larsson'] as string)).toBeGreaterThan(0);
    const [entry] = await history(meeting.id);
    expect(entry?.changes.find((c) => c.field === 'attendees')?.old).toEqual([
      ids['person:annette-larsson'],
    ]);
  });

  it('is for administrators only', async () => {
    const project = await make('Project', { title: `Eget ${next()}`, ownerUnitId: unitId() });
    for (const role of ['unit_editor', 'analyst'] as const) {
      const query = await api.as(role);
      const result = await query(
        `mutation ($id: ID!, $version: Int!) { deleteRecord(id: $id, version: $version) { __typename } }`,
        project,
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await versionOf(project.id)).toBe(project.version);
  });
});

// --- reading the history ---------------------------------------------------------------------

describe('reading the history', () => {
  it('records who changed what, and shows it to those who may read the record', async () => {
    const editor = await api.as('unit_editor', 'sdf-fosie');
    const made = await editor<{ createMeeting: { data: { id: string } } }>(
      `mutation ($input: MeetingInput!) { createMeeting(input: $input) {
        ... on MutationCreateMeetingSuccess { data { id } } } }`,
      {
        input: {
          forumId: ids['forum:eurocities-culture-forum'],
          unitId: unitId(),
          date: '2008-04-01',
          place: 'Bryssel',
        },
      },
    );
    const id = made.data?.createMeeting.data.id as string;
    const [entry] = await history(id);
    expect(entry).toMatchObject({
      action: 'CREATE',
      recordKind: 'Meeting',
      recordLabel: '2008-04-01, Bryssel',
      actor: { email: expect.stringMatching(/^unit_editor-sdf-fosie/) },
    });
    // A reader may not read meetings, nor their history; the registry's history is open to all.
    const reader = await api.as('reader');
    const closed = await reader('query ($id: ID!) { recordHistory(id: $id) { totalCount } }', {
      id,
    });
    expect(closed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await history(unitId(), reader)).toBeInstanceOf(Array);
  });

  it('gives administrators the change log, newest first, filtered by person, kind and day', async () => {
    const editor = await api.as('unit_editor', 'sdf-fosie');
    const made = await editor(
      `mutation ($input: MeetingInput!) { createMeeting(input: $input) { __typename } }`,
      {
        input: {
          forumId: ids['forum:eurocities-culture-forum'],
          unitId: unitId(),
          date: '2008-04-02',
          place: 'Lund',
        },
      },
    );
    expect(made.errors).toBeUndefined();
    const analyst = await api.as('analyst');
    const refused = await analyst('{ changeLog(first: 1) { totalCount } }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const d = await admin<{
      changeLogActors: { id: string; email: string }[];
      changeLogKinds: string[];
    }>('{ changeLogActors { id email } changeLogKinds }');
    expect(d.changeLogKinds).toContain('Meeting');
    expect(d.changeLogKinds).toEqual([...d.changeLogKinds].sort());
    const editorActor = d.changeLogActors.find((a) => a.email.startsWith('unit_editor-sdf-fosie'));
    expect(editorActor).toBeDefined();
    const today = new Date().toISOString().slice(0, 10);
    type Log = {
      totalCount: number;
      edges: { node: { at: string; recordKind: string; actor: { email: string } } }[];
    };
    const log = async (filter: Vars) =>
      (
        await admin<{ changeLog: Log }>(
          `query ($filter: ChangeLogFilter, $first: Int = 500) { changeLog(filter: $filter, first: $first) {
            totalCount edges { node { at recordKind actor { email } } } } }`,
          { filter },
        )
      ).changeLog;

    const all = await log({});
    const times = all.edges.map((e) => e.node.at);
    expect(times).toEqual([...times].sort().reverse());

    const byEditor = await log({ actorIds: [editorActor?.id] });
    expect(byEditor.totalCount).toBeGreaterThan(0);
    expect(new Set(byEditor.edges.map((e) => e.node.actor.email))).toEqual(
      new Set([editorActor?.email]),
    );

    const meetings = await log({ recordKinds: ['Meeting'] });
    expect(meetings.totalCount).toBeGreaterThan(0);
    expect(new Set(meetings.edges.map((e) => e.node.recordKind))).toEqual(new Set(['Meeting']));

    expect((await log({ from: today, to: today })).totalCount).toBe(all.totalCount);
    expect((await log({ to: '2007-12-31' })).totalCount).toBe(0);
  });
});

// --- erasure ---------------------------------------------------------------------------------

describe('a person’s data (GDPR)', () => {
  it('includes the history of the person’s record in the export', async () => {
    const email = `exporterad${next()}@malmo.se`;
    const person = await make('Person', { name: `Erik Export ${next()}`, email });
    await run('updatePerson', updateCall('Person', person, { name: 'Erik Export', email: null }));
    const d = await admin<{ personalData: { history: { action: string; changes: Change[] }[] } }>(
      'query ($id: ID!) { personalData(personId: $id) }',
      { id: person.id },
    );
    const history = d.personalData.history;
    expect(history.map((h) => h.action)).toEqual(['CREATE', 'UPDATE']);
    expect(history[1]?.changes).toContainEqual({ field: 'email', old: email, new: null });
  });
});

describe('erasing a person', () => {
  it('removes the person’s data from the history too, and logs the erasure without it', async () => {
    const name = `Greta Raderasson ${next()}`;
    const email = `greta${next()}@malmo.se`;
    const person = await make('Person', { name, email, unitId: unitId() });
    expect(
      (
        await run(
          'updatePerson',
          updateCall('Person', person, { name, email: `ny.${email}`, unitId: unitId() }),
        )
      ).__typename,
    ).toBe('MutationUpdatePersonSuccess');
    const r = await run('erasePerson', {
      ...inputOnly('ErasePersonInput', {
        personId: person.id,
        mode: 'ERASE',
        reason: 'Begäran om radering enligt GDPR.',
      }),
      select: 'data { personId }',
    });
    expect(r.__typename).toBe('MutationErasePersonSuccess');

    const h = await history(person.id);
    expect(h.map((e) => e.action)).toEqual(['ERASE', 'UPDATE', 'CREATE']);
    const text = JSON.stringify(
      await sql('select record_label, changes from audit_entry where record_kind = ?', ['Person']),
    );
    expect(text).not.toContain('Raderasson');
    expect(text).not.toContain(email);
    expect(h[0]).toMatchObject({ recordLabel: '[person borttagen]', changes: [] });
  });
});

describe('the obligations ledger', () => {
  it('leaves out the duties of an archived record, and has them again once restored', async () => {
    const meeting = await newMeeting();
    const key = `meeting_report:meeting:${dbId(meeting.id)}`;
    const owed = async () => {
      const d = await admin<{ obligations: { edges: { node: { key: string } }[] } }>(
        `query ($unit: ID!, $first: Int = 200) { obligations(asOf: "2008-03-01", first: $first,
          filter: { kinds: [MEETING_REPORT], dueFrom: "2008-01-10", dueTo: "2008-02-28", unitIds: [$unit] })
          { edges { node { key } } } }`,
        { unit: unitId() },
      );
      return d.obligations.edges.some((e) => e.node.key === key);
    };
    expect(await owed()).toBe(true);
    const a = await run('archiveRecord', { ...lifecycleCall(meeting), select: 'data { version }' });
    expect(await owed()).toBe(false);
    const version = (a.data as { version: number }).version;
    await run('restoreRecord', lifecycleCall({ id: meeting.id, version }));
    expect(await owed()).toBe(true);
  });
});

describe('every update', () => {
  it('refuses a stale version, an unknown id and an id of another type, and changes nothing', async () => {
    const updates = Object.keys(schema.getMutationType()?.getFields() ?? {}).filter((n) =>
      n.startsWith('update'),
    );
    expect(updates.map((n) => n.slice('update'.length)).sort()).toEqual(
      Object.keys(RECORDS).sort(),
    );
    const other = await make('PartnerCity', { name: `Stad ${next()}`, country: 'FI' });
    for (const [type, spec] of Object.entries(RECORDS)) {
      const input = await spec.input();
      const made = await make(type, input);
      const before = await digest();
      const refusals = [
        { target: { ...made, version: made.version + 1 }, expected: ['StaleVersion'] },
        {
          target: { id: Buffer.from(`${type}:999999`).toString('base64'), version: 1 },
          expected: ['InputError', 'id', 'NOT_FOUND'],
        },
        {
          target: type === 'PartnerCity' ? { ...made, id: unitId() } : other,
          expected: ['InputError', 'id', 'INVALID_ID'],
        },
      ];
      for (const { target, expected } of refusals) {
        const r = (await run(`update${type}`, updateCall(type, target, spec.change(input)))) as {
          __typename: string;
          fields?: { field: string; code: string }[];
        };
        const field = r.fields?.[0];
        expect([r.__typename, field?.field, field?.code].slice(0, expected.length), type).toEqual(
          expected,
        );
      }
      expect(await digest(), type).toEqual(before);
    }
  });
});

describe('partner matching (R3)', () => {
  it('offers no archived partner city', async () => {
    const name = `Arkivstad ${next()}`;
    const city = await make('PartnerCity', { name, country: 'EE' });
    const offered = async () => {
      const d = await admin<{ partnerMatches: { name: string }[] }>(
        `query ($first: Int = 500) { partnerMatches(first: $first, need: { kinds: [PARTNER_CITY] }) { name } }`,
      );
      return d.partnerMatches.some((m) => m.name === name);
    };
    expect(await offered()).toBe(true);
    await run('archiveRecord', lifecycleCall(city));
    expect(await offered()).toBe(false);
  });
});
