import { createHash } from 'node:crypto';
import { ROLES } from '@malmo/domain';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { baseProperties } from './base';
import { Unit } from './unit';

/** Someone who signs in: a role, and for unit editors the unit they keep. */
export const Account = defineEntity({
  name: 'Account',
  tableName: 'account',
  // One account per person at the identity provider.
  uniques: [{ properties: ['externalIssuer', 'externalSubject'] }],
  properties: {
    ...baseProperties,
    /** Lower-case; the sign-in name. */
    email: p.string().length(320).unique(),
    name: p.string().length(200),
    /** argon2id; null for accounts that only sign in through the city's identity provider. */
    passwordHash: p.string().length(200).nullable().lazy(),
    role: p.enum(ROLES),
    unit: () => p.manyToOne(Unit).nullable().index(),
    active: p.boolean().default(true),
    /** The identity provider (its issuer URL) and the subject there, for single sign-on. */
    externalIssuer: p.string().length(255).nullable(),
    externalSubject: p.string().length(255).nullable(),
    lastSignInAt: p.datetime().nullable(),
    demo: p.boolean().default(false),
  },
});
export type IAccount = InferEntity<typeof Account>;

/**
 * A signed-in browser. The cookie carries a random token; only its SHA-256 is stored, so a copy of
 * the table signs nobody in. Kept in PostgreSQL so that several API instances share sessions.
 */
export const Session = defineEntity({
  name: 'Session',
  tableName: 'session',
  properties: {
    /** SHA-256 of the token, hex. */
    id: p.string().length(64).primary(),
    account: () => p.manyToOne(Account).index().deleteRule('cascade'),
    createdAt: p.datetime().onCreate(() => new Date()),
    lastSeenAt: p.datetime(),
    /** The absolute end, however active the session is. */
    expiresAt: p.datetime().index(),
    userAgent: p.string().length(300).nullable(),
  },
});
export type ISession = InferEntity<typeof Session>;

/** One sign-in attempt, for throttling per account and per address. */
export const SignInAttempt = defineEntity({
  name: 'SignInAttempt',
  tableName: 'sign_in_attempt',
  indexes: [{ properties: ['email', 'at'] }, { properties: ['address', 'at'] }],
  properties: {
    id: p.bigint('number').primary().autoincrement(),
    email: p.string().length(320),
    address: p.string().length(64),
    succeeded: p.boolean(),
    at: p.datetime().onCreate(() => new Date()),
  },
});
export type ISignInAttempt = InferEntity<typeof SignInAttempt>;

/**
 * A record that a person was erased or pseudonymised (GDPR), without personal data: the original
 * key only as a SHA-256 digest, so that an annex import can leave that person out for good.
 */
export const PersonErasure = defineEntity({
  name: 'PersonErasure',
  tableName: 'person_erasure',
  properties: {
    id: p.integer().primary().autoincrement(),
    performedAt: p.datetime().onCreate(() => new Date()),
    /** The administrator's account (kept as a number: accounts may be removed later). */
    accountId: p.integer().nullable(),
    mode: p.string().length(20),
    reason: p.text(),
    keyDigest: p.string().length(64).index(),
    counts: p.json<Record<string, number>>(),
  },
});
export type IPersonErasure = InferEntity<typeof PersonErasure>;

/** The digest an erasure keeps of a person's registry key. */
export function keyDigest(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}
