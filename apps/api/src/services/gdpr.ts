import { randomBytes } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { Account, keyDigest, PersonErasure, Session, SignInAttempt } from '../db/account';
import { MembershipAssessment } from '../db/assessment';
import { AuditEntry } from '../db/audit';
import { Seat } from '../db/forum';
import { Meeting } from '../db/meeting';
import { EuNetworkContact, type IPerson, Person } from '../db/person';
import { Secondment } from '../db/secondment';
import { TrainingSession } from '../db/watch';
import { type FieldChange, recordAudit } from './audit';

/**
 * Personal data (GDPR): everything the registry holds about one person, as one JSON document, and
 * the two ways to remove a person while the records the city must keep stay consistent.
 *
 * Where a person's data lives:
 * - `person` itself (name, e-mail, unit, active, left on, key);
 * - references to the person: `eu_network_contact`, `seat`, `meeting_attendee`, `secondment`,
 *   `membership_assessment` (assessor) and `training_participant`;
 * - free text that names the person: the annex's seat lines (`seat.listed_as`, and the seat key,
 *   which is built from the person's key), notes, report summaries, `obligation_waiver.waived_by`.
 *   These are found by scanning every text column for the full name, the e-mail and the key;
 * - a sign-in `account` with the same e-mail (case-insensitive), its sessions and sign-in attempts.
 *   They are exported, but neither mode changes them: an account is closed through account
 *   administration, and the erasure result says how many accounts matched.
 */

/** ERASE deletes the person; PSEUDONYMISE keeps the record and every reference under a pseudonym. */
export type ErasureMode = 'erase' | 'pseudonymise';

/** References to the person, per kind, at the moment of the erasure. */
export interface ErasureCounts {
  seats: number;
  meetingAttendances: number;
  secondments: number;
  assessments: number;
  trainingParticipations: number;
  euNetworkContacts: number;
  /** Text fields elsewhere that named the person (or held the e-mail or key), now rewritten. */
  textMentions: number;
}

export interface ErasureOutcome {
  mode: ErasureMode;
  personId: number;
  /** The pseudonymous name (PSEUDONYMISE), or null (ERASE). */
  pseudonym: string | null;
  counts: ErasureCounts;
  /** Sign-in accounts with the person's e-mail: left as they are, for account administration. */
  matchingAccounts: number;
  performedAt: Date;
}

/** Stands in for the name in free text after an erasure. */
export const ERASED_NAME = '[person borttagen]';
const ERASED_EMAIL = '[e-post borttagen]';

/** Tables never scanned for mentions: the person itself, and sign-in data (not changed here). */
const UNSCANNED_TABLES = new Set([
  'person',
  'account',
  'session',
  'sign_in_attempt',
  'mikro_orm_migrations',
  // The history is rewritten on its own (its changes are JSON), and not counted as mentions.
  'audit_entry',
]);

const gid = (typename: string, id: number | null | undefined) =>
  id == null ? null : encodeGlobalID(typename, id);

/** A short random code; random, so that the pseudonym says nothing about who it was. */
function pseudonymCode(): string {
  return randomBytes(3).toString('hex').toUpperCase();
}

// --- mentions in free text --------------------------------------------------------------------

interface Needle {
  /** For the cheap SQL pre-filter (ILIKE, case-insensitive). */
  like: string;
  /** The exact match, with boundaries, case-insensitive; `$1` may be a genitive "s". */
  pattern: RegExp;
  /** May use `$1` (the genitive "s" of a name), as in `String.replace`. */
  replacement: string;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * What identifies the person in free text: the full name (as a whole word), the e-mail and the key
 * (as a whole slug segment, e.g. the last part of the seat key `forum--unit--anna-svensson`).
 */
function needlesOf(
  person: { name: string; email?: string | null; key: string },
  replace: { name: string; email: string; key: string },
): Needle[] {
  const needles: Needle[] = [];
  const name = person.name.trim();
  if (name.length >= 3) {
    needles.push({
      like: `%${escapeLike(name)}%`,
      // Also the Swedish genitive ("Ola Nords rapport"), but not a longer name ("Ola Nordström").
      pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(s?)(?![\\p{L}\\p{N}])`, 'giu'),
      replacement: replace.name,
    });
  }
  const email = person.email?.trim();
  if (email) {
    needles.push({
      like: `%${escapeLike(email)}%`,
      pattern: new RegExp(
        `(?<![\\p{L}\\p{N}._%+-])${escapeRegExp(email)}(?![\\p{L}\\p{N}-])`,
        'giu',
      ),
      replacement: replace.email,
    });
  }
  needles.push({
    like: `%${escapeLike(person.key)}%`,
    pattern: new RegExp(`(?<![a-z0-9])${escapeRegExp(person.key)}(?![a-z0-9]|-[a-z0-9])`, 'gi'),
    replacement: replace.key,
  });
  return needles;
}

interface TextTable {
  table: string;
  columns: string[];
  /** Has `version` and `updated_at`: a rewrite moves them, like every other save. */
  versioned: boolean;
}

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/** Every table with an `id` and text columns, except those never scanned. */
async function textTables(em: EntityManager): Promise<TextTable[]> {
  const rows = await em.execute<{ table: string; column: string; versioned: boolean }[]>(
    `select c.table_name as "table", c.column_name as "column",
            exists (select 1 from information_schema.columns v
                     where v.table_schema = c.table_schema and v.table_name = c.table_name
                       and v.column_name = 'version')
        and exists (select 1 from information_schema.columns u
                     where u.table_schema = c.table_schema and u.table_name = c.table_name
                       and u.column_name = 'updated_at') as versioned
       from information_schema.columns c
       join information_schema.tables t
         on t.table_schema = c.table_schema and t.table_name = c.table_name
        and t.table_type = 'BASE TABLE'
      where c.table_schema = current_schema()
        and c.data_type in ('text', 'character varying')
        and exists (select 1 from information_schema.columns i
                     where i.table_schema = c.table_schema and i.table_name = c.table_name
                       and i.column_name = 'id')
      order by c.table_name, c.ordinal_position`,
  );
  const byTable = new Map<string, TextTable>();
  for (const row of rows) {
    if (UNSCANNED_TABLES.has(row.table)) continue;
    const entry = byTable.get(row.table) ?? { table: row.table, columns: [], versioned: false };
    entry.columns.push(row.column);
    entry.versioned = row.versioned;
    byTable.set(row.table, entry);
  }
  return [...byTable.values()];
}

export interface Mention {
  table: string;
  column: string;
  id: number;
  text: string;
}

/** Text fields outside `person` that name the person, hold the e-mail or the key. */
async function findMentions(
  em: EntityManager,
  needles: Needle[],
  tables?: TextTable[],
): Promise<Mention[]> {
  const mentions: Mention[] = [];
  for (const { table, columns } of tables ?? (await textTables(em))) {
    const where = columns.flatMap((c) => needles.map(() => `${quote(c)} ilike ?`)).join(' or ');
    const params = columns.flatMap(() => needles.map((n) => n.like));
    const rows = await em.execute<Record<string, unknown>[]>(
      `select "id", ${columns.map(quote).join(', ')} from ${quote(table)} where ${where} order by "id"`,
      params,
    );
    for (const row of rows) {
      for (const column of columns) {
        const text = row[column];
        if (typeof text !== 'string') continue;
        if (needles.some((n) => new RegExp(n.pattern).test(text))) {
          mentions.push({ table, column, id: Number(row.id), text });
        }
      }
    }
  }
  return mentions;
}

/** Rewrites every mention; returns how many text fields changed. */
async function rewriteMentions(em: EntityManager, needles: Needle[]): Promise<number> {
  const tables = await textTables(em);
  const mentions = await findMentions(em, needles, tables);
  const versioned = new Map(tables.map((t) => [t.table, t.versioned]));
  for (const m of mentions) {
    const text = needles.reduce((value, n) => value.replace(n.pattern, n.replacement), m.text);
    const stamp = versioned.get(m.table) ? `, "version" = "version" + 1, "updated_at" = now()` : '';
    await em.execute(
      `update ${quote(m.table)} set ${quote(m.column)} = ?${stamp} where "id" = ?`,
      [text, m.id],
      'run',
    );
  }
  return mentions.length;
}

/**
 * Rewrites the person out of the history: labels, and every text value of every change. The
 * person's own entries also hold earlier names, e-mails and keys; those are rewritten as well.
 */
async function scrubHistory(
  em: EntityManager,
  personId: number,
  person: { name: string; email?: string | null; key: string },
  replace: { name: string; email: string; key: string },
): Promise<void> {
  const own = await em.execute<{ changes: FieldChange[] }[]>(
    `select "changes" from "audit_entry" where "record_kind" = 'Person' and "record_id" = ?`,
    [personId],
  );
  const earlier = (field: string) =>
    own
      .flatMap((row) => row.changes.filter((c) => c.field === field))
      .flatMap((c) => [c.old, c.new])
      .filter((v): v is string => typeof v === 'string' && v.length > 0);
  const identities = [
    person,
    ...earlier('name').map((name) => ({ name, email: null, key: person.key })),
    ...earlier('email').map((email) => ({ name: '', email, key: person.key })),
    ...earlier('key').map((key) => ({ name: '', email: null, key })),
  ];
  const needles = identities.flatMap((identity) => needlesOf(identity, replace));
  const where = needles
    .map(() => `("record_label" ilike ? or "changes"::text ilike ?)`)
    .join(' or ');
  const rows = await em.execute<{ id: number; record_label: string; changes: FieldChange[] }[]>(
    `select "id", "record_label", "changes" from "audit_entry" where ${where}`,
    needles.flatMap((n) => [n.like, n.like]),
  );
  const rewrite = (value: unknown): unknown => {
    if (typeof value === 'string') {
      return needles.reduce((text, n) => text.replace(n.pattern, n.replacement), value);
    }
    if (Array.isArray(value)) return value.map(rewrite);
    if (value != null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v)]));
    }
    return value;
  };
  for (const row of rows) {
    await em.execute(
      `update "audit_entry" set "record_label" = ?, "changes" = ?::jsonb where "id" = ?`,
      [rewrite(row.record_label), JSON.stringify(rewrite(row.changes)), row.id],
      'run',
    );
  }
}

// --- export -----------------------------------------------------------------------------------

const day = (value: string | Date | null | undefined) =>
  value == null ? null : value instanceof Date ? value.toISOString().slice(0, 10) : value;
const instant = (value: Date | null | undefined) => value?.toISOString() ?? null;

/**
 * Everything the registry holds about one person, each related record with enough context to be
 * understood on its own; null when there is no such person. Never a password hash or a session
 * token. Other people's names are not included (meetings give the number of attendees).
 */
export async function exportPersonalData(
  em: EntityManager,
  personId: number,
): Promise<Record<string, unknown> | null> {
  const person = await em.findOne(Person, { id: personId }, { populate: ['unit'] });
  if (!person) return null;

  const unitOf = (unit: { id: number; name: string } | null | undefined) =>
    unit ? { id: gid('Unit', unit.id), name: unit.name } : null;

  const [contacts, seats, meetings, secondments, assessments, trainings] = await Promise.all([
    em.find(
      EuNetworkContact,
      { person: personId },
      { populate: ['unit'], orderBy: { year: 'asc', id: 'asc' } },
    ),
    em.find(
      Seat,
      { person: personId },
      { populate: ['forum.organisation', 'unit', 'project'], orderBy: { id: 'asc' } },
    ),
    em.find(
      Meeting,
      { attendees: personId },
      {
        populate: ['forum.organisation', 'organisation', 'partnerCity', 'unit', 'report'],
        orderBy: { date: 'asc', id: 'asc' },
      },
    ),
    em.find(
      Secondment,
      { person: personId },
      { populate: ['unit'], orderBy: { startOn: 'asc', id: 'asc' } },
    ),
    em.find(
      MembershipAssessment,
      { assessor: personId },
      { populate: ['membership.organisation'], orderBy: { assessedOn: 'asc', id: 'asc' } },
    ),
    em.find(TrainingSession, { participants: personId }, { orderBy: { heldOn: 'asc', id: 'asc' } }),
  ]);

  const attendeeCounts = new Map<number, number>();
  if (meetings.length > 0) {
    const rows = await em.execute<{ meetingId: number; n: string }[]>(
      `select meeting_id as "meetingId", count(*) as n from meeting_attendee
        where meeting_id in (${meetings.map(() => '?').join(', ')}) group by meeting_id`,
      meetings.map((m) => m.id),
    );
    for (const row of rows) attendeeCounts.set(Number(row.meetingId), Number(row.n));
  }

  const accounts = person.email
    ? await em.find(
        Account,
        { email: { $ilike: escapeLike(person.email.trim()) } },
        { populate: ['unit'], orderBy: { id: 'asc' } },
      )
    : [];
  const accountIds = accounts.map((a) => a.id);
  const accountEmails = accounts.map((a) => a.email.toLowerCase());
  const [sessions, attempts] = await Promise.all([
    accountIds.length
      ? em.find(Session, { account: { $in: accountIds } }, { orderBy: { createdAt: 'asc' } })
      : [],
    accountEmails.length
      ? em.find(
          SignInAttempt,
          { email: { $in: accountEmails } },
          { orderBy: { at: 'asc', id: 'asc' } },
        )
      : [],
  ]);

  const history = await em.find(
    AuditEntry,
    { recordKind: 'Person', recordId: personId },
    { orderBy: { at: 'asc', id: 'asc' } },
  );

  const needles = needlesOf(person, { name: '', email: '', key: '' });
  const covered = new Set(seats.map((s) => `seat:${s.id}`));
  const mentions = (await findMentions(em, needles)).filter(
    // A seat's own line and key are in `seats` already.
    (m) => !(m.table === 'seat' && covered.has(`seat:${m.id}`)),
  );

  return {
    format: 'malmo-personal-data/1',
    exportedAt: new Date().toISOString(),
    person: {
      id: gid('Person', person.id),
      key: person.key,
      name: person.name,
      email: person.email ?? null,
      unit: unitOf(person.unit),
      active: person.active,
      leftOn: day(person.leftOn),
      demo: person.demo,
      createdAt: instant(person.createdAt),
      updatedAt: instant(person.updatedAt),
    },
    euNetworkContacts: contacts.map((c) => ({
      id: gid('EuNetworkContact', c.id),
      year: c.year,
      unit: unitOf(c.unit),
      listedAs: c.listedAs,
    })),
    seats: seats.map((s) => ({
      id: gid('Seat', s.id),
      key: s.key,
      forum: {
        id: gid('Forum', s.forum.id),
        name: s.forum.name,
        organisation: s.forum.organisation.name,
      },
      unit: unitOf(s.unit),
      project: s.project ? { id: gid('Project', s.project.id), title: s.project.title } : null,
      fromYear: s.fromYear ?? null,
      toYear: s.toYear ?? null,
      listedAs: s.listedAs ?? null,
      demo: s.demo,
    })),
    meetings: meetings.map((m) => ({
      id: gid('Meeting', m.id),
      date: day(m.date),
      place: m.place,
      forum: m.forum
        ? {
            id: gid('Forum', m.forum.id),
            name: m.forum.name,
            organisation: m.forum.organisation.name,
          }
        : null,
      organisation: m.organisation
        ? { id: gid('Organisation', m.organisation.id), name: m.organisation.name }
        : null,
      partnerCity: m.partnerCity
        ? { id: gid('PartnerCity', m.partnerCity.id), name: m.partnerCity.name }
        : null,
      unit: unitOf(m.unit),
      attendeeCount: attendeeCounts.get(m.id) ?? 1,
      attendeeNote: m.attendeeNote ?? null,
      reportSubmittedOn: day(m.report?.submittedOn),
      demo: m.demo,
    })),
    secondments: secondments.map((s) => ({
      id: gid('Secondment', s.id),
      unit: unitOf(s.unit),
      externalOrganisation: s.externalOrganisation ?? null,
      startOn: day(s.startOn),
      endOn: day(s.endOn),
      purpose: s.purpose,
      reportSubmittedOn: day(s.reportSubmittedOn),
      demo: s.demo,
    })),
    assessmentsMade: assessments.map((a) => ({
      id: gid('MembershipAssessment', a.id),
      membership: {
        id: gid('Membership', a.membership.id),
        organisation: a.membership.organisation.name,
      },
      assessedOn: day(a.assessedOn),
      exchangeQuality: a.exchangeQuality,
      influence: a.influence,
      participation: a.participation,
      informationUse: a.informationUse,
      feeSek: a.feeSek,
      staffHours: a.staffHours,
      comment: a.comment ?? null,
      demo: a.demo,
    })),
    trainingSessions: trainings.map((t) => ({
      id: gid('TrainingSession', t.id),
      heldOn: day(t.heldOn),
      topic: t.topic,
      title: t.title,
      place: t.place ?? null,
      demo: t.demo,
    })),
    accounts: accounts.map((a) => ({
      id: a.id,
      email: a.email,
      name: a.name,
      role: a.role,
      unit: unitOf(a.unit),
      active: a.active,
      singleSignOn: a.externalSubject != null,
      lastSignInAt: instant(a.lastSignInAt),
      createdAt: instant(a.createdAt),
      sessions: sessions
        .filter((s) => s.account.id === a.id)
        .map((s) => ({
          createdAt: instant(s.createdAt),
          lastSeenAt: instant(s.lastSeenAt),
          expiresAt: instant(s.expiresAt),
          userAgent: s.userAgent ?? null,
        })),
      signInAttempts: attempts
        .filter((t) => t.email.toLowerCase() === a.email.toLowerCase())
        .map((t) => ({ at: instant(t.at), address: t.address, succeeded: t.succeeded })),
    })),
    mentions: mentions.map((m) => ({ table: m.table, column: m.column, id: m.id, text: m.text })),
    history: history.map((h) => ({ at: instant(h.at), action: h.action, changes: h.changes })),
  };
}

// --- erasure ----------------------------------------------------------------------------------

async function run(em: EntityManager, sql: string, params: unknown[]): Promise<number> {
  const result = await em.execute<{ affectedRows: number }>(sql, params, 'run');
  return result.affectedRows;
}

/** `update … set <fk> = null` with the version and timestamp moved, as every save does. */
const detach = (table: string, column: string) =>
  `update ${quote(table)} set ${quote(column)} = null, "version" = "version" + 1,
          "updated_at" = now() where ${quote(column)} = ?`;

/** Moves the version of the meetings / training sessions whose attendee list is about to change. */
const touchParents = (table: string, pivot: string, fk: string) =>
  `update ${quote(table)} set "version" = "version" + 1, "updated_at" = now()
    where "id" in (select ${quote(fk)} from ${quote(pivot)} where "person_id" = ?)`;

async function countReferences(em: EntityManager, personId: number) {
  const [row] = await em.execute<Record<string, string>[]>(
    `select (select count(*) from seat where person_id = ?) as seats,
            (select count(*) from meeting_attendee where person_id = ?) as "meetingAttendances",
            (select count(*) from secondment where person_id = ?) as secondments,
            (select count(*) from membership_assessment where assessor_id = ?) as assessments,
            (select count(*) from training_participant where person_id = ?)
              as "trainingParticipations",
            (select count(*) from eu_network_contact where person_id = ?) as "euNetworkContacts"`,
    Array(6).fill(personId),
  );
  const n = (key: string) => Number(row?.[key] ?? 0);
  return {
    seats: n('seats'),
    meetingAttendances: n('meetingAttendances'),
    secondments: n('secondments'),
    assessments: n('assessments'),
    trainingParticipations: n('trainingParticipations'),
    euNetworkContacts: n('euNetworkContacts'),
  };
}

async function freePseudonym(em: EntityManager): Promise<{ code: string; key: string }> {
  for (;;) {
    const code = pseudonymCode();
    const key = `person-${code.toLowerCase()}`;
    if ((await em.count(Person, { key })) === 0) return { code, key };
  }
}

/**
 * Erases or pseudonymises one person, all in one transaction (nothing half-done); null when there
 * is no such person, and then nothing has changed. The person row is locked first, so that
 * concurrent saves that point at the person wait for the outcome.
 *
 * PSEUDONYMISE: the name becomes "Person 7F3A9C" (random, so it cannot be traced back), the e-mail
 * is cleared and the key becomes `person-7f3a9c`; every reference stays, so seats, meetings,
 * secondments, assessments, training and the EU-network history stay exactly as they were.
 *
 * ERASE: the person is deleted. Seats keep their forum, unit and project (holder cleared),
 * secondments keep unit and dates, assessments keep their scores (assessor cleared); meeting
 * attendance and training participation rows go (meetings and sessions stay); EU-network contact
 * rows go (they are the annex's unit → person facts: importing the annex again re-creates them,
 * and the person, unless the annex file itself is changed).
 *
 * In both modes, free text elsewhere that names the person (the annex's seat lines, notes,
 * summaries, waivers) has the full name, e-mail and key replaced.
 */
export async function erasePerson(
  em: EntityManager,
  personId: number,
  mode: ErasureMode,
  log: { reason: string; accountId: number | null },
): Promise<ErasureOutcome | null> {
  return em.transactional(async (tx) => {
    const person = await tx.findOne(
      Person,
      { id: personId },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    if (!person) return null;
    const actor = log.accountId == null ? null : { viewer: { accountId: log.accountId } };
    const before: Pick<IPerson, 'name' | 'email' | 'key'> = {
      name: person.name,
      email: person.email ?? null,
      key: person.key,
    };

    const references = await countReferences(tx, personId);
    const matchingAccounts = before.email
      ? await tx.count(Account, { email: { $ilike: escapeLike(before.email.trim()) } })
      : 0;
    const { code, key } = await freePseudonym(tx);
    const pseudonym = `Person ${code}`;

    let textMentions: number;
    if (mode === 'pseudonymise') {
      textMentions = await rewriteMentions(
        tx,
        needlesOf(before, { name: `${pseudonym}$1`, email: ERASED_EMAIL, key }),
      );
      await scrubHistory(tx, personId, before, {
        name: `${pseudonym}$1`,
        email: ERASED_EMAIL,
        key,
      });
      tx.assign(person, { name: pseudonym, email: null, key });
      await tx.flush();
      // The new name is no personal data; the old values are not kept.
      await recordAudit(tx, actor, {
        action: 'ERASE',
        record: person,
        changes: [
          { field: 'name', old: null, new: pseudonym },
          ...(before.email ? [{ field: 'email', old: null, new: null }] : []),
          { field: 'key', old: null, new: key },
        ],
      });
    } else {
      const erased = needlesOf(before, {
        name: ERASED_NAME,
        email: ERASED_EMAIL,
        key: `borttagen-${code.toLowerCase()}`,
      });
      textMentions = await rewriteMentions(tx, erased);
      await scrubHistory(tx, personId, before, {
        name: ERASED_NAME,
        email: ERASED_EMAIL,
        key: `borttagen-${code.toLowerCase()}`,
      });
      await run(tx, detach('seat', 'person_id'), [personId]);
      await run(tx, detach('secondment', 'person_id'), [personId]);
      await run(tx, detach('membership_assessment', 'assessor_id'), [personId]);
      await run(tx, touchParents('meeting', 'meeting_attendee', 'meeting_id'), [personId]);
      await run(tx, 'delete from "meeting_attendee" where "person_id" = ?', [personId]);
      await run(
        tx,
        touchParents('training_session', 'training_participant', 'training_session_id'),
        [personId],
      );
      await run(tx, 'delete from "training_participant" where "person_id" = ?', [personId]);
      await run(tx, 'delete from "eu_network_contact" where "person_id" = ?', [personId]);
      tx.remove(person);
      await tx.flush();
      await recordAudit(tx, actor, {
        action: 'ERASE',
        record: { kind: 'Person', id: personId, label: ERASED_NAME, version: null },
      });
    }

    tx.create(PersonErasure, {
      accountId: log.accountId,
      mode,
      reason: log.reason,
      keyDigest: keyDigest(before.key),
      counts: { ...references, textMentions },
    } as never);
    await tx.flush();

    return {
      mode,
      personId,
      pseudonym: mode === 'pseudonymise' ? pseudonym : null,
      counts: { ...references, textMentions },
      matchingAccounts,
      performedAt: new Date(),
    };
  });
}
