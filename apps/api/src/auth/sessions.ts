import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '@malmo/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type IAccount, Session } from '../db/account';

export const SESSION_COOKIE = 'malmo_session';

export interface SessionPolicy {
  /** Minutes without a request before a session ends. */
  idleMinutes: number;
  /** Hours after sign-in when a session ends, however active. */
  absoluteHours: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMinutes: 30, absoluteHours: 8 };

/** Who is making a request. */
export interface Viewer {
  accountId: number;
  email: string;
  name: string;
  role: Role;
  /** The unit a unit editor keeps; null for other roles. */
  unitId: number | null;
  sessionId: string;
}

function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Starts a session for an account; returns the token for the cookie (never stored). */
export async function startSession(
  em: EntityManager,
  accountId: number,
  policy: SessionPolicy,
  userAgent: string | null,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + policy.absoluteHours * 3_600_000);
  em.create(Session, {
    id: digest(token),
    account: accountId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    userAgent: userAgent?.slice(0, 300) ?? null,
  } as never);
  await em.flush();
  return { token, expiresAt };
}

/**
 * Signs an account in, by password or single sign-on alike: whatever session this browser had
 * ends (rotation), a new one starts, and the sign-in is noted on the account.
 */
export async function rotateSession(
  em: EntityManager,
  account: IAccount,
  previousToken: string | null | undefined,
  policy: SessionPolicy,
  userAgent: string | null,
): Promise<{ token: string; expiresAt: Date }> {
  await endSession(em, previousToken);
  const session = await startSession(em, account.id, policy, userAgent);
  account.lastSignInAt = new Date();
  await em.flush();
  return session;
}

/** The session cookie, the same however one signs in: HttpOnly, SameSite=Lax, the whole origin. */
export function sessionCookie(token: string | null, expires: Date, secure: boolean) {
  return {
    name: SESSION_COOKIE,
    value: token ?? '',
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure,
    expires: token ? expires.getTime() : 0,
    domain: null,
  };
}

/** Ends the session a token belongs to, if any (sign-out, and rotation at sign-in). */
export async function endSession(em: EntityManager, token: string | null | undefined) {
  if (!token) return;
  await em.nativeDelete(Session, { id: digest(token) });
}

/**
 * The viewer of a session token, or null when the token is unknown, idle too long, past its
 * absolute end, or its account is inactive. A live session's last-seen time moves forward (at
 * most once a minute, to spare the database a write per request).
 */
export async function viewerOf(
  em: EntityManager,
  token: string | null | undefined,
  policy: SessionPolicy,
  now = new Date(),
): Promise<Viewer | null> {
  if (!token || token.length > 100) return null;
  const id = digest(token);
  const rows = (await em.getConnection().execute(
    `select s.last_seen_at as "lastSeenAt", s.expires_at as "expiresAt", a.id as "accountId",
            a.email, a.name, a.role, a.unit_id as "unitId", a.active
       from session s join account a on a.id = s.account_id
      where s.id = ?`,
    [id],
  )) as {
    lastSeenAt: Date;
    expiresAt: Date;
    accountId: number;
    email: string;
    name: string;
    role: Role;
    unitId: number | null;
    active: boolean;
  }[];
  const row = rows[0];
  if (!row) return null;
  const idleUntil = new Date(row.lastSeenAt).getTime() + policy.idleMinutes * 60_000;
  if (!row.active || now.getTime() >= idleUntil || now >= new Date(row.expiresAt)) {
    await em.nativeDelete(Session, { id });
    return null;
  }
  if (now.getTime() - new Date(row.lastSeenAt).getTime() > 60_000) {
    await em.nativeUpdate(Session, { id }, { lastSeenAt: now });
  }
  return {
    accountId: row.accountId,
    email: row.email,
    name: row.name,
    role: row.role,
    unitId: row.role === 'unit_editor' ? row.unitId : null,
    sessionId: id,
  };
}
