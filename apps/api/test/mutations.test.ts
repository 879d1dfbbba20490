import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { schema } from '../src/schema';
import { createTestApi, type TestApi } from './support';

let api: TestApi;
const ids = {
  unit: {} as Record<string, string>,
  person: {} as Record<string, string>,
  membership: {} as Record<string, string>,
  forum: {} as Record<string, string>,
  organisation: {} as Record<string, string>,
  city: {} as Record<string, string>,
  series: {} as Record<string, string>,
};

type Result = { __typename: string; message?: string; fields?: FieldError[]; rule?: string };
type FieldError = { field: string; code: string; message: string };
type Saved = Result & { data?: { id: string; version: number } & Record<string, unknown> };

async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await api.query<T>(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

/** Runs a mutation that returns a result union and gives back the single result. */
async function mutate(
  name: string,
  args: string,
  variables: Record<string, unknown>,
  selection = 'id version',
): Promise<Saved> {
  const types = variableTypes(name);
  const signature = Object.keys(variables)
    .map((v) => `$${v}: ${types[v]}`)
    .join(', ');
  const d = await data<Record<string, Saved>>(
    `mutation (${signature}) {
      result: ${name}(${args}) {
        __typename
        ... on Error { message }
        ... on InputError { fields { field code message } }
        ... on RuleViolation { rule fields { field code message } }
        ... on StaleVersion { currentVersion }
        ... on Mutation${name[0]?.toUpperCase()}${name.slice(1)}Success { data { ${selection} } }
      }
    }`,
    variables,
  );
  const result = d.result as Saved;
  const type = /^create(\w+)$/.exec(name)?.[1];
  if (type && result.data && variables.input) {
    created.set(type, { id: result.data.id, input: variables.input });
  }
  return result;
}

/** The last record each `createX` made, with its input: the update refusals below reuse them. */
const created = new Map<string, { id: string; input: unknown }>();

/** The input type of each mutation: `createX`/`updateX` take `XInput`. */
const INPUT_TYPES: Record<string, string> = {
  transitionProject: 'ProjectTransitionInput',
  createSupportRequest: 'SupportRequestInput',
  transitionSupportRequest: 'SupportRequestTransitionInput',
  submitMeetingReport: 'MeetingReportInput',
  setEngagementTags: 'EngagementTagsInput',
  waiveObligation: 'WaiveObligationInput',
};
function variableTypes(mutation: string): Record<string, string> {
  const record = /^(create|update)(\w+)$/.exec(mutation)?.[2];
  return {
    input: `${INPUT_TYPES[mutation] ?? `${record}Input`}!`,
    id: 'ID!',
    version: 'Int!',
  };
}

function saved(result: Saved) {
  expect(result.__typename, JSON.stringify(result)).toMatch(/Success$/);
  return result.data as NonNullable<Saved['data']>;
}

function refusedAt(result: Saved, typename: string, field: string, code?: string) {
  expect(result.__typename, JSON.stringify(result)).toBe(typename);
  const problem = result.fields?.find((f) => f.field === field);
  expect(problem, JSON.stringify(result.fields)).toBeDefined();
  if (code) expect(problem?.code).toBe(code);
  expect(problem?.message.length).toBeGreaterThan(5);
  return problem as FieldError;
}

async function count(table: string): Promise<number> {
  const rows = await api.db.orm.em
    .fork()
    .getConnection()
    .execute(`select count(*)::int as n from ${table}`);
  return (rows[0] as { n: number }).n;
}

beforeAll(async () => {
  api = await createTestApi();
  const d = await data<{
    units: { edges: { node: { id: string; key: string } }[] };
    people: { edges: { node: { id: string; key: string } }[] };
    memberships: { edges: { node: { id: string; organisation: { key: string } } }[] };
    forums: { edges: { node: { id: string; key: string } }[] };
    organisations: { edges: { node: { id: string; key: string } }[] };
    partnerCities: { edges: { node: { id: string; key: string } }[] };
    eventSeries: { edges: { node: { id: string; key: string } }[] };
  }>(`query ($first: Int = 500) {
    units(first: $first) { edges { node { id key } } }
    people(first: $first) { edges { node { id key } } }
    memberships(first: $first) { edges { node { id organisation { key } } } }
    forums(first: $first) { edges { node { id key } } }
    organisations(first: $first) { edges { node { id key } } }
    partnerCities(first: $first) { edges { node { id key } } }
    eventSeries(first: $first) { edges { node { id key } } }
  }`);
  for (const e of d.units.edges) ids.unit[e.node.key] = e.node.id;
  for (const e of d.people.edges) ids.person[e.node.key] = e.node.id;
  for (const e of d.memberships.edges) ids.membership[e.node.organisation.key] = e.node.id;
  for (const e of d.forums.edges) ids.forum[e.node.key] = e.node.id;
  for (const e of d.organisations.edges) ids.organisation[e.node.key] = e.node.id;
  for (const e of d.partnerCities.edges) ids.city[e.node.key] = e.node.id;
  for (const e of d.eventSeries.edges) ids.series[e.node.key] = e.node.id;
});
afterAll(() => api.close());

const fosie = () => ids.unit['sdf-fosie'] as string;

function projectInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Trygga stadsdelar',
    ownerUnitId: fosie(),
    programme: 'Urbact',
    partners: [{ partnerCityId: ids.city.vasa }, { name: 'Universitetet i Gdańsk' }],
    orientations: ['OPERATIONAL_DEVELOPMENT'],
    priorityAreas: ['SAFETY'],
    themes: ['SAFETY', 'URBAN_DEVELOPMENT'],
    budgetSek: 2_000_000,
    ownContributionSek: 500_000,
    euFundingSoughtSek: 1_500_000,
    applicationDeadline: '2007-03-31',
    startOn: '2007-09-01',
    endOn: '2009-08-31',
    ...overrides,
  };
}

describe('operational plans (R5)', () => {
  it('creates a plan with its priorities, and refuses a second plan for the same unit and year', async () => {
    const plan = {
      unitId: fosie(),
      year: 2007,
      adoptedOn: '2006-12-14',
      priorities: [
        {
          targetKind: 'MEMBERSHIP',
          targetId: ids.membership.eurocities,
          reason: 'Erfarenhetsutbyte om integration i Social Affairs Forum.',
          euFundingSought: false,
        },
      ],
    };
    const created = saved(
      await mutate(
        'createOperationalPlan',
        'input: $input',
        { input: plan },
        'id version year priorities { targetKind reason membership { organisation { key } } }',
      ),
    );
    expect(created.priorities).toEqual([
      {
        targetKind: 'MEMBERSHIP',
        reason: 'Erfarenhetsutbyte om integration i Social Affairs Forum.',
        membership: { organisation: { key: 'eurocities' } },
      },
    ]);
    const again = await mutate('createOperationalPlan', 'input: $input', { input: plan });
    expect(refusedAt(again, 'InputError', 'year', 'DUPLICATE').message).toContain('SDF Fosie');
  });

  it('saves nothing when one priority names a record that does not exist', async () => {
    const before = [await count('operational_plan'), await count('plan_priority')];
    const result = await mutate('createOperationalPlan', 'input: $input', {
      input: {
        unitId: fosie(),
        year: 2008,
        priorities: [
          {
            targetKind: 'FORUM',
            targetId: ids.forum['eurocities-culture-forum'],
            reason: 'Kultur',
          },
          { targetKind: 'FORUM', targetId: ids.unit.stadskontoret, reason: 'Fel sorts id' },
        ],
      },
    });
    refusedAt(result, 'InputError', 'priorities.1.targetId', 'INVALID_ID');
    expect([await count('operational_plan'), await count('plan_priority')]).toEqual(before);
  });

  it('updates a plan at the version it read and refuses a stale version', async () => {
    const created = saved(
      await mutate('createOperationalPlan', 'input: $input', {
        input: { unitId: ids.unit['sdf-oxie'], year: 2007, priorities: [] },
      }),
    );
    const update = {
      unitId: ids.unit['sdf-oxie'],
      year: 2007,
      adoptedOn: '2007-01-20',
      priorities: [],
    };
    const updated = saved(
      await mutate('updateOperationalPlan', 'id: $id, version: $version, input: $input', {
        id: created.id,
        version: created.version,
        input: update,
      }),
    );
    expect(updated.version).toBe(created.version + 1);
    const stale = await mutate(
      'updateOperationalPlan',
      'id: $id, version: $version, input: $input',
      {
        id: created.id,
        version: created.version,
        input: { ...update, adoptedOn: '2007-02-01' },
      },
    );
    expect(stale.__typename).toBe('StaleVersion');
  });
});

describe('projects (R4)', () => {
  it('creates a project in the idea state with a key, partners and tags', async () => {
    const project = saved(
      await mutate(
        'createProject',
        'input: $input',
        { input: projectInput() },
        'id version key state themes partners { partnerCity { key } name } analysisComplete',
      ),
    );
    expect(project).toMatchObject({
      key: 'trygga-stadsdelar',
      state: 'IDEA',
      themes: ['SAFETY', 'URBAN_DEVELOPMENT'],
      partners: [
        { partnerCity: { key: 'vasa' }, name: null },
        { partnerCity: null, name: 'Universitetet i Gdańsk' },
      ],
      analysisComplete: false,
    });
  });

  it('refuses an end before the start, at the end date, and saves nothing', async () => {
    const before = await count('project');
    const result = await mutate('createProject', 'input: $input', {
      input: projectInput({ startOn: '2008-01-01', endOn: '2007-12-31' }),
    });
    refusedAt(result, 'InputError', 'endOn');
    expect(await count('project')).toBe(before);
  });

  it('moves through the lifecycle only along allowed steps', async () => {
    const project = saved(
      await mutate('createProject', 'input: $input', {
        input: projectInput({ title: 'Steg för steg' }),
      }),
    );
    const jump = await mutate('transitionProject', 'input: $input', {
      input: { projectId: project.id, version: project.version, to: 'RUNNING', on: '2007-01-10' },
    });
    expect(jump.rule).toBe('R4');
    refusedAt(jump, 'RuleViolation', 'to', 'TRANSITION_NOT_ALLOWED');
    const preparing = saved(
      await mutate(
        'transitionProject',
        'input: $input',
        {
          input: {
            projectId: project.id,
            version: project.version,
            to: 'PREPARING_APPLICATION',
            on: '2007-01-10',
          },
        },
        'id version state stateChangedOn',
      ),
    );
    expect(preparing).toMatchObject({
      state: 'PREPARING_APPLICATION',
      stateChangedOn: '2007-01-10',
    });
  });

  it('R4: refuses submission until the project is in the plan and its analysis is complete', async () => {
    const owner = ids.unit.gatukontoret as string;
    const project = saved(
      await mutate('createProject', 'input: $input', {
        input: projectInput({ title: 'Gröna gator', ownerUnitId: owner }),
      }),
    );
    let current = saved(
      await mutate('transitionProject', 'input: $input', {
        input: {
          projectId: project.id,
          version: project.version,
          to: 'PREPARING_APPLICATION',
          on: '2007-02-01',
        },
      }),
    );
    const submit = () =>
      mutate('transitionProject', 'input: $input', {
        input: {
          projectId: project.id,
          version: current.version,
          to: 'SUBMITTED',
          on: '2007-03-15',
        },
      });

    const noPlan = await submit();
    expect(noPlan.rule).toBe('R4');
    expect(refusedAt(noPlan, 'RuleViolation', 'ownerUnitId', 'NO_PLAN').message).toBe(
      'Gatukontoret har ingen verksamhetsplan för 2007.',
    );
    for (const field of ['benefit', 'resources', 'longTermEffects']) {
      refusedAt(noPlan, 'RuleViolation', field, 'ANALYSIS_INCOMPLETE');
    }
    saved(
      await mutate('createOperationalPlan', 'input: $input', {
        input: { unitId: owner, year: 2007, priorities: [] },
      }),
    );
    refusedAt(await submit(), 'RuleViolation', 'ownerUnitId', 'NOT_IN_PLAN');

    const plans = await data<{
      operationalPlans: { edges: { node: { id: string; version: number } }[] };
    }>(
      `query ($unit: ID!) { operationalPlans(filter: { unitId: $unit, yearFrom: 2007, yearTo: 2007 }) { edges { node { id version } } } }`,
      { unit: owner },
    );
    const plan = plans.operationalPlans.edges[0]?.node as { id: string; version: number };
    saved(
      await mutate('updateOperationalPlan', 'id: $id, version: $version, input: $input', {
        id: plan.id,
        version: plan.version,
        input: {
          unitId: owner,
          year: 2007,
          priorities: [
            { targetKind: 'PROJECT', targetId: project.id, reason: 'Gröna gator i Malmö.' },
          ],
        },
      }),
    );
    const stillNoAnalysis = await submit();
    expect(stillNoAnalysis.fields?.map((f) => f.field).sort()).toEqual([
      'benefit',
      'longTermEffects',
      'resources',
    ]);
    current = saved(
      await mutate(
        'updateProject',
        'id: $id, version: $version, input: $input',
        {
          id: project.id,
          version: current.version,
          input: projectInput({
            title: 'Gröna gator',
            ownerUnitId: owner,
            benefit: 'Färre olyckor och bättre luft.',
            resources: 'En projektledare på halvtid i två år.',
            longTermEffects: 'Metoden sprids till hela staden.',
          }),
        },
        'id version analysisComplete analysisCompletedOn',
      ),
    );
    expect(current.analysisComplete).toBe(true);
    expect(current.analysisCompletedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const submitted = saved(await submit());
    expect(submitted.version).toBe(current.version + 1);
    // The analysis was saved today, but the gate saw it complete on the day of submission: the
    // ledger of that spring must not call the analysis overdue.
    const analysis = await data<{ obligations: { edges: { node: { state: string } }[] } }>(
      `query ($unit: ID!) { obligations(asOf: "2007-04-01",
        filter: { kinds: [PROJECT_ANALYSIS], unitIds: [$unit] }) { edges { node { state } } } }`,
      { unit: owner },
    );
    expect(analysis.obligations.edges.map((e) => e.node.state)).toEqual(['FULFILLED']);
    const stored = await data<{ node: { submittedOn: string; version: number } }>(
      `query ($id: ID!) { node(id: $id) { ... on Project { submittedOn version } } }`,
      { id: project.id },
    );
    expect(stored.node.submittedOn).toBe('2007-03-15');
    // The gate checked Gatukontoret's plan: the project cannot move to another owner now.
    const moved = await mutate('updateProject', 'id: $id, version: $version, input: $input', {
      id: project.id,
      version: stored.node.version,
      input: projectInput({
        title: 'Gröna gator',
        ownerUnitId: fosie(),
        benefit: 'Färre olyckor och bättre luft.',
        resources: 'En projektledare på halvtid i två år.',
        longTermEffects: 'Metoden sprids till hela staden.',
      }),
    });
    refusedAt(moved, 'RuleViolation', 'ownerUnitId', 'OWNER_LOCKED');
  });

  it('refuses a stale project update and leaves the stored project as it was', async () => {
    const project = saved(
      await mutate('createProject', 'input: $input', { input: projectInput({ title: 'Låst' }) }),
    );
    const first = saved(
      await mutate('updateProject', 'id: $id, version: $version, input: $input', {
        id: project.id,
        version: project.version,
        input: projectInput({ title: 'Låst, ändrad' }),
      }),
    );
    const stale = await mutate('updateProject', 'id: $id, version: $version, input: $input', {
      id: project.id,
      version: project.version,
      input: projectInput({ title: 'Skriver över' }),
    });
    expect(stale.__typename).toBe('StaleVersion');
    const stored = await data<{ node: { title: string; version: number } }>(
      `query ($id: ID!) { node(id: $id) { ... on Project { title version } } }`,
      { id: project.id },
    );
    expect(stored.node).toEqual({ title: 'Låst, ändrad', version: first.version });
  });

  it('moves the version on when only the partners change, so a stale copy is refused', async () => {
    const project = saved(
      await mutate('createProject', 'input: $input', { input: projectInput({ title: 'Partner' }) }),
    );
    const update = (version: number, name: string) =>
      mutate(
        'updateProject',
        'id: $id, version: $version, input: $input',
        {
          id: project.id,
          version,
          input: projectInput({ title: 'Partner', partners: [{ name }] }),
        },
        'id version partners { name }',
      );
    const first = saved(await update(project.version, 'Universitetet i Gdańsk'));
    expect(first.version).toBe(project.version + 1);
    const stale = await update(project.version, 'Skriver över');
    expect(stale.__typename).toBe('StaleVersion');
    const stored = await data<{ node: { partners: { name: string }[] } }>(
      `query ($id: ID!) { node(id: $id) { ... on Project { partners { name } } } }`,
      { id: project.id },
    );
    expect(stored.node.partners).toEqual([{ name: 'Universitetet i Gdańsk' }]);
  });

  it('answers concurrent saves of one version with one success and StaleVersion for the rest', async () => {
    const project = saved(
      await mutate('createProject', 'input: $input', {
        input: projectInput({ title: 'Kapplöpning' }),
      }),
    );
    const results = await Promise.all(
      ['A', 'B', 'C', 'D'].map((suffix) =>
        mutate('updateProject', 'id: $id, version: $version, input: $input', {
          id: project.id,
          version: project.version,
          input: projectInput({ title: `Kapplöpning ${suffix}` }),
        }),
      ),
    );
    expect(results.map((r) => r.__typename).sort()).toEqual([
      'MutationUpdateProjectSuccess',
      'StaleVersion',
      'StaleVersion',
      'StaleVersion',
    ]);
  });

  it("dates a completed analysis by Malmö's calendar, not UTC's", async () => {
    // 23:30 UTC on 14 March 2007 is already 00:30 on 15 March in Malmö.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2007-03-14T23:30:00Z'));
    try {
      const project = saved(
        await mutate(
          'createProject',
          'input: $input',
          {
            input: projectInput({
              title: 'Midnatt',
              benefit: 'Nytta.',
              resources: 'Resurser.',
              longTermEffects: 'Effekter.',
            }),
          },
          'id version analysisCompletedOn',
        ),
      );
      expect(project.analysisCompletedOn).toBe('2007-03-15');
    } finally {
      vi.useRealTimers();
    }
  });

  it('files support requests to Stadskontoret and moves them on (R6)', async () => {
    const project = saved(
      await mutate('createProject', 'input: $input', { input: projectInput({ title: 'Stöd' }) }),
    );
    const unknown = await mutate('createSupportRequest', 'input: $input', {
      input: {
        projectId: ids.unit['sdf-fosie'],
        kind: 'PARTNER_SEARCH',
        requestedOn: '2007-01-05',
      },
    });
    refusedAt(unknown, 'InputError', 'projectId', 'INVALID_ID');
    const request = saved(
      await mutate(
        'createSupportRequest',
        'input: $input',
        { input: { projectId: project.id, kind: 'APPLICATION_REVIEW', requestedOn: '2007-01-05' } },
        'id version state',
      ),
    );
    expect(request.state).toBe('REQUESTED');
    const done = saved(
      await mutate(
        'transitionSupportRequest',
        'input: $input',
        {
          input: {
            supportRequestId: request.id,
            version: request.version,
            to: 'DONE',
            on: '2007-01-20',
          },
        },
        'id version state closedOn',
      ),
    );
    expect(done).toMatchObject({ state: 'DONE', closedOn: '2007-01-20' });
    const back = await mutate('transitionSupportRequest', 'input: $input', {
      input: {
        supportRequestId: request.id,
        version: done.version,
        to: 'IN_PROGRESS',
        on: '2007-01-21',
      },
    });
    refusedAt(back, 'RuleViolation', 'to', 'TRANSITION_NOT_ALLOWED');
  });
});

describe('meetings and reports (R7)', () => {
  const meeting = () => ({
    forumId: ids.forum['eurocities-culture-forum'],
    unitId: ids.unit.kulturforvaltningen,
    date: '2007-05-10',
    place: 'Lyon',
    attendeeIds: [ids.person['eva-klammeus']],
  });

  it('records a meeting with who attended, and refuses one tied to two bodies at once', async () => {
    const created = saved(
      await mutate(
        'createMeeting',
        'input: $input',
        { input: meeting() },
        'id version attendees { key } forum { key }',
      ),
    );
    expect(created).toMatchObject({
      attendees: [{ key: 'eva-klammeus' }],
      forum: { key: 'eurocities-culture-forum' },
    });
    const both = await mutate('createMeeting', 'input: $input', {
      input: { ...meeting(), organisationId: ids.organisation.eurocities },
    });
    refusedAt(both, 'InputError', 'forumId');
    const moved = saved(
      await mutate(
        'updateMeeting',
        'id: $id, version: $version, input: $input',
        {
          id: created.id,
          version: created.version,
          input: { ...meeting(), place: 'Lyon, Hôtel de Ville', attendeeIds: [] },
        },
        'id version place attendees { key }',
      ),
    );
    expect(moved).toMatchObject({ place: 'Lyon, Hôtel de Ville', attendees: [] });
  });

  it('files a report, refusing one dated before the meeting', async () => {
    const created = saved(await mutate('createMeeting', 'input: $input', { input: meeting() }));
    const early = await mutate('submitMeetingReport', 'input: $input', {
      input: { meetingId: created.id, submittedOn: '2007-05-01', summary: 'För tidigt.' },
    });
    refusedAt(early, 'InputError', 'submittedOn', 'BEFORE_MEETING');
    const report = saved(
      await mutate(
        'submitMeetingReport',
        'input: $input',
        {
          input: {
            meetingId: created.id,
            submittedOn: '2007-05-18',
            summary: 'Kulturhuvudstad 2014 diskuterades.',
          },
        },
        'id version submittedOn meeting { report { summary } }',
      ),
    );
    expect(report).toMatchObject({
      submittedOn: '2007-05-18',
      meeting: { report: { summary: 'Kulturhuvudstad 2014 diskuterades.' } },
    });
  });
});

describe('secondments (R11)', () => {
  it('records a city official and an external user, and refuses a secondment that is neither', async () => {
    const official = saved(
      await mutate(
        'createSecondment',
        'input: $input',
        {
          input: {
            personId: ids.person['annette-larsson'],
            unitId: ids.unit['sdf-kirseberg'],
            startOn: '2007-02-01',
            endOn: '2007-04-30',
            purpose: 'EU_INSTITUTIONS',
          },
        },
        'id version unit { key }',
      ),
    );
    expect(official.unit).toEqual({ key: 'sdf-kirseberg' });
    saved(
      await mutate('createSecondment', 'input: $input', {
        input: {
          externalOrganisation: 'Malmö högskola',
          externalTerms: 'Högskolan betalar skrivbordet.',
          startOn: '2007-09-01',
          purpose: 'STUDY',
        },
      }),
    );
    const neither = await mutate('createSecondment', 'input: $input', {
      input: { startOn: '2007-09-01', purpose: 'STUDY' },
    });
    expect(neither.__typename).toBe('InputError');
    const reported = saved(
      await mutate(
        'updateSecondment',
        'id: $id, version: $version, input: $input',
        {
          id: official.id,
          version: official.version,
          input: {
            personId: ids.person['annette-larsson'],
            unitId: ids.unit['sdf-kirseberg'],
            startOn: '2007-02-01',
            endOn: '2007-04-30',
            purpose: 'EU_INSTITUTIONS',
            reportSubmittedOn: '2007-05-20',
          },
        },
        'id version reportSubmittedOn',
      ),
    );
    expect(reported.reportSubmittedOn).toBe('2007-05-20');
  });
});

describe('membership assessments (R8)', () => {
  it('records an assessment with its score and cost, and refuses a score outside 1–5', async () => {
    const assessment = {
      membershipId: ids.membership.eurocities,
      assessedOn: '2007-06-01',
      scores: { exchangeQuality: 5, influence: 3, participation: 4, informationUse: 4 },
      feeSek: 180_000,
      staffHours: 300,
    };
    const created = saved(
      await mutate(
        'createMembershipAssessment',
        'input: $input',
        { input: assessment },
        'id version score costSek valueForMoney',
      ),
    );
    // Mean 4 → 75 points; 180 000 + 300 h × 400 = 300 000 SEK; 25 points per 100 000 SEK.
    expect(created).toMatchObject({ score: 75, costSek: 300_000, valueForMoney: 25 });
    const bad = await mutate('createMembershipAssessment', 'input: $input', {
      input: { ...assessment, scores: { ...assessment.scores, influence: 6 } },
    });
    refusedAt(bad, 'InputError', 'scores.influence');
    const value = await data<{ node: { value: { latest: { score: number } | null } } }>(
      `query ($id: ID!) { node(id: $id) { ... on Membership { value { latest { score } } } } }`,
      { id: ids.membership.eurocities },
    );
    expect(value.node.value.latest?.score).toBe(75);
    saved(
      await mutate('updateMembershipAssessment', 'id: $id, version: $version, input: $input', {
        id: created.id,
        version: created.version,
        input: { ...assessment, comment: 'Nytt forum för integration.' },
      }),
    );
  });
});

describe('events (R10)', () => {
  it('records editions and participations, refusing duplicates', async () => {
    const edition = {
      seriesId: ids.series.mipim,
      year: 2007,
      startsOn: '2007-03-13',
      endsOn: '2007-03-16',
      place: 'Cannes',
    };
    const created = saved(await mutate('createEventEdition', 'input: $input', { input: edition }));
    refusedAt(
      await mutate('createEventEdition', 'input: $input', { input: edition }),
      'InputError',
      'year',
      'DUPLICATE',
    );
    saved(
      await mutate('updateEventEdition', 'id: $id, version: $version, input: $input', {
        id: created.id,
        version: created.version,
        input: { ...edition, place: 'Cannes, Palais des Festivals' },
      }),
    );
    const participation = {
      editionId: created.id,
      unitId: ids.unit.stadsbyggnadskontoret,
      delegates: 6,
      purpose: 'Visa Hyllie för investerare.',
      costSek: 420_000,
      contactsGained: 35,
      orientations: ['PROFILING'],
      themes: ['URBAN_DEVELOPMENT', 'BUSINESS_GROWTH'],
    };
    const p = saved(await mutate('createParticipation', 'input: $input', { input: participation }));
    refusedAt(
      await mutate('createParticipation', 'input: $input', { input: participation }),
      'InputError',
      'unitId',
      'DUPLICATE',
    );
    saved(
      await mutate('updateParticipation', 'id: $id, version: $version, input: $input', {
        id: p.id,
        version: p.version,
        input: { ...participation, outcome: 'Två investerare besöker Malmö i maj.' },
      }),
    );
  });
});

describe('legislation watch (R9) and training (R6)', () => {
  it('records and updates both, and refuses a blank title or an impossible date', async () => {
    const watch = {
      title: 'Tjänstedirektivet',
      reference: '2006/123/EG',
      status: 'ADOPTED',
      ownerUnitId: ids.unit.stadskontoret,
      affectedUnitIds: [ids.unit.serviceforvaltningen, ids.unit.fastighetskontoret],
      priorityAreas: ['GROWTH'],
      themes: ['BUSINESS_GROWTH'],
    };
    const w = saved(
      await mutate(
        'createLegislationWatch',
        'input: $input',
        { input: watch },
        'id version affectedUnits { key }',
      ),
    );
    expect((w.affectedUnits as { key: string }[]).map((u) => u.key).sort()).toEqual([
      'fastighetskontoret',
      'serviceforvaltningen',
    ]);
    refusedAt(
      await mutate('createLegislationWatch', 'input: $input', {
        input: { ...watch, title: '   ' },
      }),
      'InputError',
      'title',
    );
    saved(
      await mutate('updateLegislationWatch', 'id: $id, version: $version, input: $input', {
        id: w.id,
        version: w.version,
        input: { ...watch, status: 'IN_FORCE' },
      }),
    );
    const session = {
      topic: 'PROJECT_FINANCE',
      title: 'Ekonomi i EU-projekt',
      heldOn: '2007-10-04',
      participantIds: [ids.person['annette-larsson']],
    };
    const s = saved(await mutate('createTrainingSession', 'input: $input', { input: session }));
    refusedAt(
      await mutate('createTrainingSession', 'input: $input', {
        input: { ...session, heldOn: '2007-02-30' },
      }),
      'InputError',
      'heldOn',
    );
    saved(
      await mutate('updateTrainingSession', 'id: $id, version: $version, input: $input', {
        id: s.id,
        version: s.version,
        input: { ...session, participantIds: [] },
      }),
    );
  });
});

describe('engagement tags (R1)', () => {
  it('tags a membership and refuses an id that is not an engagement', async () => {
    const current = await data<{ node: { version: number } }>(
      `query ($id: ID!) { node(id: $id) { ... on Membership { version } } }`,
      { id: ids.membership['union-of-baltic-cities'] },
    );
    const tagged = saved(
      await mutate(
        'setEngagementTags',
        'input: $input',
        {
          input: {
            id: ids.membership['union-of-baltic-cities'],
            version: current.node.version,
            orientations: ['STRATEGIC_INFLUENCE'],
            priorityAreas: ['GROWTH'],
            themes: ['ENVIRONMENT', 'ENVIRONMENT'],
          },
        },
        '... on Membership { id version themes orientations }',
      ),
    );
    expect(tagged).toMatchObject({
      themes: ['ENVIRONMENT'],
      orientations: ['STRATEGIC_INFLUENCE'],
    });
    const notEngagement = await mutate(
      'setEngagementTags',
      'input: $input',
      {
        input: { id: ids.unit['sdf-fosie'], version: 1, themes: ['YOUTH'] },
      },
      '__typename',
    );
    refusedAt(notEngagement, 'InputError', 'id', 'NOT_FOUND');
  });
});

describe('every update mutation', () => {
  it('refuses a stale version and an unknown id, and changes nothing', async () => {
    // Read from the schema in-process: introspection is off over HTTP in production.
    const updates = Object.keys(schema.getMutationType()?.getFields() ?? {}).filter((n) =>
      n.startsWith('update'),
    );
    // The registry's records (administrators' own) are refused the same way in history.test.ts.
    const followUp = updates.filter((n) => created.has(n.slice('update'.length)));
    expect(followUp.length).toBe(9);
    for (const update of followUp) {
      const type = update.slice('update'.length);
      const record = created.get(type);
      expect(record, `no create${type} ran in these tests`).toBeDefined();
      const read = async () =>
        (
          await data<{ node: { version: number; updatedAt: string } }>(
            `query ($id: ID!) { node(id: $id) { ... on ${type} { version updatedAt } } }`,
            { id: record?.id },
          )
        ).node;
      const before = await read();
      const stale = await mutate(update, 'id: $id, version: $version, input: $input', {
        id: record?.id,
        version: before.version + 1,
        input: record?.input,
      });
      expect(stale.__typename, update).toBe('StaleVersion');
      expect(await read(), update).toEqual(before);
      const missing = Buffer.from(`${type}:999999`).toString('base64');
      const unknown = await mutate(update, 'id: $id, version: $version, input: $input', {
        id: missing,
        version: 1,
        input: record?.input,
      });
      refusedAt(unknown, 'InputError', 'id', 'NOT_FOUND');
      // An id of another type is refused at the field, like any other wrong id.
      const other = [...created.entries()].find(([t]) => t !== type)?.[1].id;
      const wrongType = await mutate(update, 'id: $id, version: $version, input: $input', {
        id: other,
        version: 1,
        input: record?.input,
      });
      refusedAt(wrongType, 'InputError', 'id', 'INVALID_ID');
    }
  });
});
