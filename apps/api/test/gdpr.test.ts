import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { importAnnex } from '../src/db/annex-import';
import { generateDemoActivity } from '../src/demo/generate';
import { createTestApi, type TestApi } from './support';

/**
 * Personal data (GDPR): the export of everything held about one person, and erasure in its two
 * modes, on the annex and the demo generator's history (real PostgreSQL).
 */

let api: TestApi;
let asOf: string;

type Row = Record<string, unknown>;

async function sql<T = Row>(text: string, params: unknown[] = []): Promise<T[]> {
  return (await api.db.orm.em.fork().execute(text, params)) as T[];
}

async function personByKey(key: string) {
  const [row] = await sql<{ id: number; name: string; email: string | null; key: string }>(
    'select id, name, email, key from person where key = ?',
    [key],
  );
  if (!row) throw new Error(`no person ${key}`);
  return { ...row, gid: encodeGlobalID('Person', row.id) };
}

async function tables(): Promise<string[]> {
  const rows = await sql<{ name: string }>(
    `select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`,
  );
  return rows.map((r) => r.name);
}

/** Every row of every table as text: the whole database, as a dump would show it. */
async function dump(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const table of await tables()) {
    const rows = await sql<{ line: string }>(
      `select t::text as line from "${table}" t order by t::text`,
    );
    out.set(table, rows.map((r) => r.line).join('\n'));
  }
  return out;
}

/** Sign-in bookkeeping: requests move sessions on, and signing roles in adds accounts. */
const SIGN_IN_TABLES = ['account', 'session', 'sign_in_attempt'];

/** The dump without the sign-in tables: the registry itself. */
async function registryDump(): Promise<Map<string, string>> {
  const out = await dump();
  for (const table of SIGN_IN_TABLES) out.delete(table);
  return out;
}

/** The tables (and the text around it) where any of the patterns still occurs. */
async function whereFound(patterns: (string | RegExp)[]): Promise<string[]> {
  const found: string[] = [];
  for (const [table, text] of await dump()) {
    for (const pattern of patterns) {
      const at =
        typeof pattern === 'string'
          ? text.toLowerCase().indexOf(pattern.toLowerCase())
          : text.search(pattern);
      if (at >= 0) found.push(`${table}: …${text.slice(Math.max(0, at - 60), at + 60)}…`);
    }
  }
  return found;
}

/**
 * Rows per table, less the erasure log and the history (each erasure adds its line to both;
 * tested on their own).
 */
async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const logs = ['person_erasure', 'audit_entry'];
  for (const table of (await tables()).filter((t) => !logs.includes(t))) {
    const [row] = await sql<{ n: string }>(`select count(*) as n from "${table}"`);
    counts[table] = Number(row?.n);
  }
  return counts;
}

/** Every reference to the person, as (table, row) pairs. */
async function references(personId: number) {
  const ids = async (text: string) =>
    (await sql<{ id: string }>(text, [personId])).map((r) => String(r.id)).sort();
  return {
    seats: await ids('select id from seat where person_id = ?'),
    meetings: await ids('select meeting_id as id from meeting_attendee where person_id = ?'),
    secondments: await ids('select id from secondment where person_id = ?'),
    assessments: await ids('select id from membership_assessment where assessor_id = ?'),
    trainings: await ids(
      'select training_session_id as id from training_participant where person_id = ?',
    ),
    euNetwork: await ids('select id from eu_network_contact where person_id = ?'),
  };
}

const PERSONAL_DATA = 'query ($id: ID!) { personalData(personId: $id) }';

const ERASE = `mutation ($input: ErasePersonInput!) {
  erasePerson(input: $input) {
    __typename
    ... on Error { message }
    ... on InputError { fields { field code } }
    ... on MutationErasePersonSuccess {
      data {
        mode personId pseudonym reason matchingAccounts performedAt
        person { id name email key }
        counts {
          seats meetingAttendances secondments assessments trainingParticipations
          euNetworkContacts textMentions
        }
      }
    }
  }
}`;

interface Erased {
  __typename: string;
  message?: string;
  fields?: { field: string; code: string }[];
  data?: {
    mode: string;
    personId: string;
    pseudonym: string | null;
    reason: string;
    matchingAccounts: number;
    person: { id: string; name: string; email: string | null; key: string } | null;
    counts: Record<string, number>;
  };
}

async function erase(personId: string, mode: 'ERASE' | 'PSEUDONYMISE', reason = REASON) {
  const result = await api.query<{ erasePerson: Erased }>(ERASE, {
    input: { personId, mode, reason },
  });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data?.erasePerson as Erased;
}

const REASON = 'Begäran enligt artikel 17 GDPR, ärende KS-2026-0042.';

const SUMMARY = `query ($asOf: Date!) {
  obligationSummary(asOf: $asOf) { total byState { overdue due fulfilled waived } }
}`;

beforeAll(async () => {
  api = await createTestApi();
  ({ asOf } = await generateDemoActivity(api.db.orm.em.fork()));
});
afterAll(() => api.close());

describe('personalData', () => {
  let kristina: Awaited<ReturnType<typeof personByKey>>;

  beforeAll(async () => {
    kristina = await personByKey('kristina-ohlsson');
    await sql('update person set email = ? where id = ?', [
      'Kristina.Ohlsson@malmo.se',
      kristina.id,
    ]);
    // The same human signs in; the e-mail matches case-insensitively.
    await sql(
      `insert into account (email, name, password_hash, role, active, demo)
       values ('kristina.ohlsson@malmo.se', 'Kristina Ohlsson', 'argon2id$SENTINEL-HASH', 'analyst', true, false)`,
    );
    await sql(
      `insert into sign_in_attempt (email, address, succeeded, at)
       values ('kristina.ohlsson@malmo.se', '10.0.0.7', true, now())`,
    );
  });

  it('exports the person and every related record with its context', async () => {
    const refs = await references(kristina.id);
    const result = await api.query<{ personalData: Row }>(PERSONAL_DATA, { id: kristina.gid });
    expect(result.errors).toBeUndefined();
    const data = result.data?.personalData as Record<string, Row[]> & { person: Row };

    expect(Date.parse(String(data.exportedAt))).not.toBeNaN();
    expect(data.person).toMatchObject({
      id: kristina.gid,
      key: 'kristina-ohlsson',
      name: 'Kristina Ohlsson',
      email: 'Kristina.Ohlsson@malmo.se',
      active: true,
    });
    expect(data.person.unit).toEqual({ id: expect.any(String), name: expect.any(String) });

    expect(data.meetings).toHaveLength(refs.meetings.length);
    expect(refs.meetings.length).toBeGreaterThan(0);
    for (const meeting of data.meetings ?? []) {
      expect(meeting.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(typeof meeting.place).toBe('string');
      // Whom the meeting was with: a forum (with its name), an organisation or a partner city.
      const counterpart = (meeting.forum ?? meeting.organisation ?? meeting.partnerCity) as Row;
      expect(typeof counterpart.name).toBe('string');
      expect(meeting.attendeeCount).toBeGreaterThanOrEqual(1);
    }
    expect(data.assessmentsMade).toHaveLength(refs.assessments.length);
    expect(refs.assessments.length).toBeGreaterThan(0);
    for (const a of data.assessmentsMade ?? []) {
      expect((a.membership as Row).organisation).toEqual(expect.any(String));
      expect(a.assessedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(data.trainingSessions).toHaveLength(refs.trainings.length);
    for (const t of data.trainingSessions ?? []) expect(t).toHaveProperty('heldOn');
    expect(data.euNetworkContacts).toEqual([
      expect.objectContaining({
        year: 2006,
        unit: expect.objectContaining({ name: expect.any(String) }),
      }),
    ]);
    expect(data.seats).toHaveLength(refs.seats.length);
    expect(data.secondments).toHaveLength(refs.secondments.length);

    // The demo's waivers name her as the one who waived: a mention in free text.
    expect(data.mentions).toContainEqual(
      expect.objectContaining({ table: 'obligation_waiver', column: 'waived_by' }),
    );

    // Her sign-in account, with its attempts, but never the password hash.
    expect(data.accounts).toEqual([
      expect.objectContaining({
        email: 'kristina.ohlsson@malmo.se',
        role: 'analyst',
        signInAttempts: [expect.objectContaining({ address: '10.0.0.7', succeeded: true })],
      }),
    ]);
    const text = JSON.stringify(data);
    expect(text).not.toContain('SENTINEL-HASH');
    expect(text).not.toMatch(/password/i);
  });

  it('exports seats with forum name and years, secondments with dates, purpose and report', async () => {
    const eva = await personByKey('eva-dalman');
    const d = (
      await api.query<{ personalData: Record<string, Row[]> }>(PERSONAL_DATA, { id: eva.gid })
    ).data?.personalData;
    const [seat] = d?.seats ?? [];
    expect(seat).toMatchObject({ fromYear: 2006, listedAs: expect.stringContaining('Eva Dalman') });
    expect(seat?.forum).toEqual({
      id: expect.any(String),
      name: expect.any(String),
      organisation: 'Eurocities',
    });
    const [secondment] = d?.secondments ?? [];
    expect(secondment).toMatchObject({
      startOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      purpose: expect.any(String),
    });
    expect(secondment).toHaveProperty('endOn');
    expect(secondment).toHaveProperty('reportSubmittedOn');
  });

  it('is null for an unknown person and refuses a malformed id', async () => {
    const unknown = await api.query(PERSONAL_DATA, { id: encodeGlobalID('Person', 999_999) });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data).toEqual({ personalData: null });
    const malformed = await api.query(PERSONAL_DATA, { id: encodeGlobalID('Unit', 1) });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is refused to everyone but administrators, with nothing returned', async () => {
    for (const role of ['analyst', 'steering', 'unit_editor', 'reader', 'anonymous'] as const) {
      const query = await api.as(role);
      const result = await query(PERSONAL_DATA, { id: kristina.gid });
      expect(result.data?.personalData ?? null, role).toBeNull();
      expect(result.errors?.[0]?.extensions?.code, role).toBe(
        role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
      );
      expect(JSON.stringify(result)).not.toContain('Kristina');
    }
  });
});

describe('erasePerson', () => {
  it('is refused to everyone but administrators, and changes nothing', async () => {
    const ola = await personByKey('ola-nord');
    const before = await registryDump();
    for (const role of ['analyst', 'steering', 'unit_editor', 'reader', 'anonymous'] as const) {
      const query = await api.as(role);
      const result = await query(ERASE, {
        input: { personId: ola.gid, mode: 'ERASE', reason: REASON },
      });
      expect(result.data?.erasePerson ?? null, role).toBeNull();
      expect(result.errors?.[0]?.extensions?.code, role).toBe(
        role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
      );
    }
    expect(await registryDump()).toEqual(before);
  });

  it('refuses an unknown or malformed id and a missing reason, and changes nothing', async () => {
    const ola = await personByKey('ola-nord');
    const before = await registryDump();

    const unknown = await erase(encodeGlobalID('Person', 999_999), 'ERASE');
    expect(unknown.__typename).toBe('InputError');
    expect(unknown.fields).toEqual([{ field: 'personId', code: 'NOT_FOUND' }]);

    const malformed = await erase(encodeGlobalID('Seat', ola.id), 'PSEUDONYMISE');
    expect(malformed.fields).toEqual([{ field: 'personId', code: 'INVALID_ID' }]);

    const noReason = await erase(ola.gid, 'ERASE', '  ');
    expect(noReason.__typename).toBe('InputError');
    expect(noReason.fields?.map((f) => f.field)).toEqual(['reason']);

    expect(await registryDump()).toEqual(before);
  });

  it('pseudonymises: every reference stays, the name, e-mail and key are gone everywhere', async () => {
    const ola = await personByKey('ola-nord');
    const email = 'ola.nord@malmo.se';
    await sql('update person set email = ?, left_on = ? where id = ?', [
      email,
      '2009-06-30',
      ola.id,
    ]);
    // Free text that names him: a meeting note with his e-mail, a report summary with his name.
    await sql(
      `update meeting set attendee_note = ? where id = (
         select meeting_id from meeting_attendee where person_id = ? order by meeting_id limit 1)`,
      [`Kontakt: ${email.toUpperCase()}, därefter Ola Nords kollega.`, ola.id],
    );
    await sql(
      `update meeting_report set summary = summary || ' Rapporterat av Ola Nord.' where id = (
         select r.id from meeting_report r join meeting_attendee a on a.meeting_id = r.meeting_id
          where a.person_id = ? order by r.id limit 1)`,
      [ola.id],
    );
    // And someone else whose name only starts like his must stay as it is.
    await sql(
      `update meeting set attendee_note = 'Ola Nordström deltog också.' where id = (
         select id from meeting where attendee_note is null order by id limit 1)`,
    );

    const refsBefore = await references(ola.id);
    const countsBefore = await rowCounts();
    const summaryBefore = await api.query(SUMMARY, { asOf });
    expect(refsBefore.seats.length).toBeGreaterThan(0);
    expect(refsBefore.meetings.length).toBeGreaterThan(0);
    expect(refsBefore.assessments.length).toBeGreaterThan(0);

    const result = await erase(ola.gid, 'PSEUDONYMISE');
    expect(result.__typename, JSON.stringify(result)).toBe('MutationErasePersonSuccess');
    const data = result.data as NonNullable<Erased['data']>;
    expect(data.mode).toBe('PSEUDONYMISE');
    expect(data.reason).toBe(REASON);
    expect(data.matchingAccounts).toBe(0);
    expect(data.pseudonym).toMatch(/^Person [0-9A-F]{6}$/);
    expect(data.person).toEqual({
      id: ola.gid,
      name: data.pseudonym,
      email: null,
      key: `person-${data.pseudonym?.slice(7).toLowerCase()}`,
    });
    expect(data.counts).toEqual({
      seats: refsBefore.seats.length,
      meetingAttendances: refsBefore.meetings.length,
      secondments: refsBefore.secondments.length,
      assessments: refsBefore.assessments.length,
      trainingParticipations: refsBefore.trainings.length,
      euNetworkContacts: refsBefore.euNetwork.length,
      // The annex seat lines and keys (3 seats × 2), the note and the summary.
      textMentions: refsBefore.seats.length * 2 + 2,
    });

    // Every reference is where it was, no row came or went, the ledger reads the same.
    expect(await references(ola.id)).toEqual(refsBefore);
    expect(await rowCounts()).toEqual(countsBefore);
    expect(await api.query(SUMMARY, { asOf })).toEqual(summaryBefore);
    const [kept] = await sql<{ left_on: string; active: boolean }>(
      'select left_on::text, active from person where id = ?',
      [ola.id],
    );
    expect(kept).toEqual({ left_on: '2009-06-30', active: true });

    // Nowhere in the database: not the name, the e-mail or the key.
    expect(await whereFound([/ola nord(?!ström)/i, email, 'ola-nord'])).toEqual([]);
    expect(await whereFound(['Ola Nordström'])).toHaveLength(1);
    const seats = await sql<{ key: string; listed_as: string }>(
      'select key, listed_as from seat where person_id = ? order by id',
      [ola.id],
    );
    for (const seat of seats) {
      expect(seat.listed_as).toContain(data.pseudonym);
      expect(seat.key.endsWith(`--${data.person?.key}`)).toBe(true);
    }

    // The export now shows the pseudonym, with every record still attached.
    const exported = (
      await api.query<{ personalData: Record<string, Row[]> & { person: Row } }>(PERSONAL_DATA, {
        id: ola.gid,
      })
    ).data?.personalData;
    expect(exported?.person.name).toBe(data.pseudonym);
    expect(exported?.meetings).toHaveLength(refsBefore.meetings.length);
    expect(exported?.seats).toHaveLength(refsBefore.seats.length);
  });

  it('erases: the person goes, the records the city keeps stay consistent', async () => {
    const eva = await personByKey('eva-dalman');
    await sql('update person set email = ? where id = ?', ['eva.dalman@malmo.se', eva.id]);
    // She also assessed a membership.
    await sql(
      'update membership_assessment set assessor_id = ? where id = (select min(id) from membership_assessment)',
      [eva.id],
    );
    const refs = await references(eva.id);
    for (const kind of Object.values(refs)) expect(kind.length).toBeGreaterThan(0);

    const snapshot = async (table: string, ids: string[], columns: string) =>
      sql(`select id, ${columns} from "${table}" where id in (${ids.join(', ')}) order by id`);
    const seatsBefore = await snapshot(
      'seat',
      refs.seats,
      'forum_id, unit_id, project_id, from_year, to_year',
    );
    const secondmentsBefore = await snapshot(
      'secondment',
      refs.secondments,
      'unit_id, start_on, end_on, purpose, report_submitted_on',
    );
    const assessmentsBefore = await snapshot(
      'membership_assessment',
      refs.assessments,
      'membership_id, assessed_on, exchange_quality, influence, participation, information_use, fee_sek',
    );
    const meetingsBefore = await snapshot(
      'meeting',
      refs.meetings,
      'forum_id, organisation_id, partner_city_id, unit_id, date, place',
    );
    const countsBefore = await rowCounts();

    const result = await erase(eva.gid, 'ERASE');
    expect(result.__typename, JSON.stringify(result)).toBe('MutationErasePersonSuccess');
    const data = result.data as NonNullable<Erased['data']>;
    expect(data).toMatchObject({ mode: 'ERASE', personId: eva.gid, pseudonym: null, person: null });
    expect(data.counts).toEqual({
      seats: refs.seats.length,
      meetingAttendances: refs.meetings.length,
      secondments: refs.secondments.length,
      assessments: refs.assessments.length,
      trainingParticipations: refs.trainings.length,
      euNetworkContacts: refs.euNetwork.length,
      textMentions: refs.seats.length * 2,
    });

    // The person and the rows that were only about her are gone; nothing else.
    expect(await rowCounts()).toEqual({
      ...countsBefore,
      person: (countsBefore.person ?? 0) - 1,
      meeting_attendee: (countsBefore.meeting_attendee ?? 0) - refs.meetings.length,
      training_participant: (countsBefore.training_participant ?? 0) - refs.trainings.length,
      eu_network_contact: (countsBefore.eu_network_contact ?? 0) - refs.euNetwork.length,
    });
    expect(await sql('select id from person where id = ?', [eva.id])).toEqual([]);

    // Seats keep their forum, unit and project; secondments unit and dates; assessments scores.
    expect(
      await snapshot('seat', refs.seats, 'forum_id, unit_id, project_id, from_year, to_year'),
    ).toEqual(seatsBefore);
    expect(
      await snapshot(
        'secondment',
        refs.secondments,
        'unit_id, start_on, end_on, purpose, report_submitted_on',
      ),
    ).toEqual(secondmentsBefore);
    expect(
      await snapshot(
        'membership_assessment',
        refs.assessments,
        'membership_id, assessed_on, exchange_quality, influence, participation, information_use, fee_sek',
      ),
    ).toEqual(assessmentsBefore);
    expect(
      await snapshot(
        'meeting',
        refs.meetings,
        'forum_id, organisation_id, partner_city_id, unit_id, date, place',
      ),
    ).toEqual(meetingsBefore);
    for (const [table, column, ids] of [
      ['seat', 'person_id', refs.seats],
      ['secondment', 'person_id', refs.secondments],
      ['membership_assessment', 'assessor_id', refs.assessments],
    ] as const) {
      const rows = await sql(
        `select ${column} as p from "${table}" where id in (${ids.join(', ')})`,
      );
      expect(
        rows.every((r) => r.p === null),
        table,
      ).toBe(true);
    }

    // No reference points at a missing person (the foreign keys hold; checked anyway).
    const [dangling] = await sql<{ n: string }>(
      `select (select count(*) from seat s where s.person_id is not null
                 and not exists (select 1 from person p where p.id = s.person_id))
            + (select count(*) from meeting_attendee a
                where not exists (select 1 from person p where p.id = a.person_id))
            + (select count(*) from training_participant t
                where not exists (select 1 from person p where p.id = t.person_id)) as n`,
    );
    expect(Number(dangling?.n)).toBe(0);

    // The ledger still reads, and the meetings she attended are still there with their reports.
    const summary = await api.query(SUMMARY, { asOf });
    expect(summary.errors).toBeUndefined();
    expect(await whereFound(['Eva Dalman', 'eva.dalman@malmo.se', 'eva-dalman'])).toEqual([]);

    // Gone is gone: a second erasure finds nobody.
    const again = await erase(eva.gid, 'ERASE');
    expect(again.fields).toEqual([{ field: 'personId', code: 'NOT_FOUND' }]);
  });

  it('keeps a log without personal data, and the annex import never brings the person back', async () => {
    const person = await personByKey('kay-wictorin');
    const before = await rowCounts();
    await erase(person.gid, 'ERASE');
    const [log] = await sql<{ mode: string; reason: string; key_digest: string; counts: string }>(
      'select mode, reason, key_digest, counts::text from person_erasure order by id desc limit 1',
    );
    expect(log?.mode).toBe('erase');
    expect(log?.reason).toBe(REASON);
    expect(log?.key_digest).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(log)).not.toMatch(/kay|wictorin/i);
    // Importing the annex again leaves the erased person, and their seats and contacts, out.
    await importAnnex(api.db.orm.em.fork());
    const [again] = await sql<{ n: number }>(
      "select count(*)::int as n from person where key = 'kay-wictorin' or name ilike '%wictorin%'",
    );
    expect(again?.n).toBe(0);
    const after = await rowCounts();
    for (const table of ['seat', 'eu_network_contact']) {
      expect(after[table], table).toBeLessThanOrEqual(before[table] ?? 0);
    }
  });

  it('changes nothing when the erasure fails halfway', async () => {
    // The server logs the unexpected error; the test expects it.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const anders = await personByKey('anders-eriksson');
    await sql(`create function refuse_delete() returns trigger language plpgsql as $$
                 begin raise exception 'refused for the test'; end $$`);
    await sql(`create trigger refuse_training_delete before delete on training_participant
                 for each row execute function refuse_delete()`);
    try {
      const before = await registryDump();
      const result = await api.query(ERASE, {
        input: { personId: anders.gid, mode: 'ERASE', reason: REASON },
      });
      expect(result.errors?.[0]?.message).toBe('Unexpected error.');
      expect(await registryDump()).toEqual(before);
    } finally {
      await sql('drop trigger refuse_training_delete on training_participant');
      await sql('drop function refuse_delete()');
      quiet.mockRestore();
    }
  });
});
