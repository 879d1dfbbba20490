import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoAccounts, DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/auth/accounts';
import { hashPassword } from '../src/auth/passwords';
import { DEFAULT_SESSION_POLICY, SESSION_COOKIE, viewerOf } from '../src/auth/sessions';
import { THROTTLE } from '../src/auth/throttle';
import { Account, Session } from '../src/db/account';
import { importAnnex } from '../src/db/annex-import';
import { type Database, migrate, openDatabase } from '../src/db/orm';
import { startServer } from '../src/server';
import { createGraphQLServer } from '../src/yoga';
import { createTestDatabase } from './support';

let db: Database;
let yoga: ReturnType<typeof createGraphQLServer>;

const PASSWORD = 'ett långt och hemligt lösenord';

/** One GraphQL request; returns the body and the session cookie the response set, if any. */
async function post(query: string, variables: Record<string, unknown> = {}, token?: string | null) {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-graphql-yoga-csrf': '1',
      ...(token ? { cookie: `${SESSION_COOKIE}=${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const setCookie = response.headers.get('set-cookie');
  const body = (await response.json()) as {
    data?: Record<string, unknown>;
    errors?: { extensions?: { code?: string } }[];
  };
  const token_ = setCookie?.match(new RegExp(`${SESSION_COOKIE}=([^;]*)`))?.[1];
  return { body, setCookie, token: token_ };
}

const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    __typename
    ... on MutationSignInSuccess { data { email role unit { key } } }
    ... on SignInError { message retryAfterSeconds }
  }
}`;

async function signIn(email: string, password: string, token?: string | null) {
  return post(SIGN_IN, { email, password }, token);
}

async function addAccount(email: string, role = 'reader', active = true) {
  const em = db.orm.em.fork();
  em.create(Account, {
    email,
    name: email,
    role,
    active,
    passwordHash: await hashPassword(PASSWORD),
  } as never);
  await em.flush();
}

beforeAll(async () => {
  db = await openDatabase(await createTestDatabase());
  await migrate(db.orm);
  await importAnnex(db.orm.em.fork());
  yoga = createGraphQLServer(db, { production: true });
});
afterAll(() => db.orm.close());

describe('sign-in and sessions', () => {
  it('signs in with the right password: an HttpOnly, SameSite cookie and a viewer', async () => {
    await addAccount('ann@malmo.example', 'analyst');
    const { body, setCookie, token } = await signIn('  Ann@Malmo.example ', PASSWORD);
    expect(body.data?.signIn).toMatchObject({
      __typename: 'MutationSignInSuccess',
      data: { email: 'ann@malmo.example', role: 'ANALYST' },
    });
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
    expect(token).toMatch(/^[\w-]{43}$/);
    const viewer = await post('{ viewer { email role } }', {}, token);
    expect(viewer.body.data?.viewer).toEqual({ email: 'ann@malmo.example', role: 'ANALYST' });
    // Only a digest of the token is stored.
    const stored = await db.orm.em.fork().find(Session, {});
    expect(stored.map((s) => s.id)).not.toContain(token);
  });

  it('stores passwords as argon2id and answers wrong and unknown accounts alike', async () => {
    const account = await db.orm.em
      .fork()
      .findOneOrFail(Account, { email: 'ann@malmo.example' }, { populate: ['passwordHash'] });
    expect(account.passwordHash).toMatch(/^\$argon2id\$/);
    const wrong = await signIn('ann@malmo.example', 'fel lösenord');
    const unknown = await signIn('nobody@malmo.example', 'fel lösenord');
    expect(wrong.body.data?.signIn).toEqual(unknown.body.data?.signIn);
    expect(wrong.body.data?.signIn).toMatchObject({
      __typename: 'SignInError',
      message: 'Fel e-postadress eller lösenord.',
    });
    expect(wrong.setCookie).toBeNull();
  });

  it('rotates at sign-in: the session this browser had ends', async () => {
    await addAccount('rot@malmo.example');
    const first = await signIn('rot@malmo.example', PASSWORD);
    const second = await signIn('rot@malmo.example', PASSWORD, first.token);
    expect(second.token).toBeDefined();
    expect(second.token).not.toBe(first.token);
    expect((await post('{ viewer { email } }', {}, first.token)).body.data?.viewer).toBeNull();
    expect((await post('{ viewer { email } }', {}, second.token)).body.data?.viewer).toEqual({
      email: 'rot@malmo.example',
    });
  });

  it('signs out on the server: the old cookie no longer works', async () => {
    await addAccount('out@malmo.example');
    const { token } = await signIn('out@malmo.example', PASSWORD);
    const out = await post('mutation { signOut }', {}, token);
    expect(out.body.data?.signOut).toBe(true);
    expect(out.setCookie).toMatch(new RegExp(`${SESSION_COOKIE}=;`));
    const replay = await post('{ units(first: 1) { totalCount } }', {}, token);
    expect(replay.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ends a session after the idle time and after the absolute time, however active', async () => {
    await addAccount('time@malmo.example');
    const { token } = await signIn('time@malmo.example', PASSWORD);
    const start = Date.now();
    const at = (minutes: number) => new Date(start + minutes * 60_000);
    const policy = DEFAULT_SESSION_POLICY;
    const em = () => db.orm.em.fork();
    // Active every 20 minutes: still signed in after two hours …
    for (let minutes = 20; minutes <= 120; minutes += 20) {
      expect(await viewerOf(em(), token, policy, at(minutes)), `${minutes} min`).not.toBeNull();
    }
    // … until the absolute end.
    expect(await viewerOf(em(), token, policy, at(policy.absoluteHours * 60 + 1))).toBeNull();

    const idle = await signIn('time@malmo.example', PASSWORD);
    const later = new Date(Date.now() + (policy.idleMinutes + 1) * 60_000);
    expect(await viewerOf(em(), idle.token, policy, later)).toBeNull();
    // An ended session is gone, not just refused.
    expect(await viewerOf(em(), idle.token, policy, new Date())).toBeNull();
  });

  it('refuses inactive accounts, and ends their sessions', async () => {
    await addAccount('gone@malmo.example');
    const { token } = await signIn('gone@malmo.example', PASSWORD);
    await db.orm.em
      .fork()
      .nativeUpdate(Account, { email: 'gone@malmo.example' }, { active: false });
    expect((await post('{ viewer { email } }', {}, token)).body.data?.viewer).toBeNull();
    const again = await signIn('gone@malmo.example', PASSWORD);
    expect(again.body.data?.signIn).toMatchObject({ __typename: 'SignInError' });
  });

  it('throttles failed attempts per account: even the right password waits', async () => {
    await addAccount('slow@malmo.example');
    for (let i = 0; i < THROTTLE.perAccount; i++) await signIn('slow@malmo.example', 'fel');
    const blocked = await signIn('slow@malmo.example', PASSWORD);
    const result = blocked.body.data?.signIn as { __typename: string; retryAfterSeconds: number };
    expect(result.__typename).toBe('SignInError');
    expect(result.retryAfterSeconds).toBeGreaterThan(0);
    expect(result.retryAfterSeconds).toBeLessThanOrEqual(THROTTLE.windowMinutes * 60);
    expect(blocked.setCookie).toBeNull();
    // Another account from the same address is not held up by this one.
    await addAccount('other@malmo.example');
    const other = await signIn('other@malmo.example', PASSWORD);
    expect(other.body.data?.signIn).toMatchObject({ __typename: 'MutationSignInSuccess' });
  });

  it('throttles failed attempts per address across accounts', async () => {
    // In-process requests share one address; spread the failures over many accounts.
    for (let i = 0; i < THROTTLE.perAddress; i++) await signIn(`guess${i}@malmo.example`, 'fel');
    await addAccount('late@malmo.example');
    const late = await signIn('late@malmo.example', PASSWORD);
    expect(late.body.data?.signIn).toMatchObject({ __typename: 'SignInError' });
  });
});

describe('accounts at start', () => {
  it('demo mode creates one account per role, once', async () => {
    const fresh = await openDatabase(await createTestDatabase());
    try {
      await migrate(fresh.orm);
      await importAnnex(fresh.orm.em.fork());
      const created = await createDemoAccounts(fresh.orm.em.fork());
      expect(created.map((a) => a.role).sort()).toEqual(
        ['admin', 'analyst', 'reader', 'steering', 'unit_editor'].sort(),
      );
      expect(await createDemoAccounts(fresh.orm.em.fork())).toEqual([]);
      const editor = await fresh.orm.em
        .fork()
        .findOneOrFail(Account, { role: 'unit_editor' }, { populate: ['unit'] });
      expect(editor.unit?.key).toBe('sdf-fosie');
      expect(DEMO_ACCOUNTS).toHaveLength(5);
      expect(DEMO_PASSWORD.length).toBeGreaterThanOrEqual(12);
    } finally {
      await fresh.orm.close();
    }
  });

  it('production mode refuses to start without an administrator, and creates none for demo', async () => {
    const url = await createTestDatabase();
    const base = {
      databaseUrl: url,
      dataDir: '',
      production: true,
      seedAnnex: true,
      port: 0,
      dashboardDir: null,
      log: () => {},
      mode: 'production' as const,
    };
    await expect(startServer({ ...base, firstAdmin: {} })).rejects.toThrow(/MALMO_ADMIN_EMAIL/);
    await expect(
      startServer({ ...base, firstAdmin: { email: 'chef@malmo.se', password: 'kort' } }),
    ).rejects.toThrow(/at least 12/);
    const server = await startServer({
      ...base,
      firstAdmin: { email: 'Chef@Malmo.se', password: 'ett tillräckligt långt lösenord' },
    });
    try {
      const accounts = await server.db.orm.em.fork().find(Account, {});
      expect(accounts.map((a) => [a.email, a.role, a.demo])).toEqual([
        ['chef@malmo.se', 'admin', false],
      ]);
      const demo = await server.db.orm.em.fork().count(Account, { demo: true });
      expect(demo).toBe(0);
    } finally {
      await server.close();
    }
  });
});
