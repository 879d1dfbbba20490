import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../src/auth/sessions';
import { parseRoleMap } from '../src/config';
import { Account } from '../src/db/account';
import { CSRF_HEADER } from '../src/http/security';
import type { RunningServer } from '../src/server';
import { startTestServer } from './support';

/**
 * Single sign-on against a real OpenID provider (oidc-provider, in this process on a loopback
 * port), through the API's real HTTP server; the browser's part (redirects, cookies, the
 * provider's login and consent forms) is played by hand.
 */

const ROLE_MAP =
  'grp-intl-admin=admin,grp-analys=analyst,grp-styrgrupp=steering,grp-fosie=unit_editor:sdf-fosie,grp-all=reader';

/** The provider's users: login name → claims. Tests change groups between sign-ins. */
const users = new Map<string, { email: string; name: string; groups: string[] }>([
  ['alice', { email: 'alice@malmo.se', name: 'Alice Andersson', groups: ['grp-all', 'grp-fosie'] }],
  ['bob', { email: 'bob@malmo.se', name: 'Bob Berg', groups: ['grp-kultur'] }],
]);

let idp: Server;
let app: RunningServer;
let plain: RunningServer;
let appOrigin: string;

beforeAll(async () => {
  // The provider's port first (the app's configuration names it), then the app's (the
  // provider's client registration names its callback).
  let handler: Parameters<typeof createServer>[1] = (_req, res) => res.end();
  idp = createServer((req, res) => handler?.(req, res));
  await new Promise<void>((resolve) => idp.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(idp.address() as AddressInfo).port}`;

  app = await startTestServer({
    oidc: {
      issuer: new URL(issuer),
      clientId: 'malmo-registry',
      clientSecret: 'a client secret that is long enough for HS256 signing',
      redirectUrl: undefined,
      groupsClaim: 'groups',
      roleMap: parseRoleMap(ROLE_MAP),
    },
  });
  appOrigin = `http://127.0.0.1:${app.port}`;
  plain = await startTestServer({
    databaseUrl: app.db.orm.config.get('clientUrl'),
    seedAnnex: false,
  });

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'malmo-registry',
        client_secret: 'a client secret that is long enough for HS256 signing',
        redirect_uris: [`${appOrigin}/auth/oidc/callback`],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    claims: { openid: ['sub'], email: ['email'], profile: ['name', 'groups'] },
    pkce: { required: () => true },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600 },
    cookies: { keys: ['a cookie signing key for the test provider'] },
    async findAccount(_ctx, id) {
      const user = users.get(id);
      if (!user) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, ...user }) };
    },
  });
  handler = provider.callback();
});
afterAll(async () => {
  await plain?.close();
  await app?.close();
  await new Promise((resolve) => idp?.close(resolve));
});

/** Cookies by origin, as a browser keeps them (paths and expiry are not needed here). */
class CookieJar {
  private readonly jar = new Map<string, Map<string, string>>();
  header(url: URL) {
    return [...(this.jar.get(url.origin) ?? [])].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  store(url: URL, response: Response) {
    const cookies = this.jar.get(url.origin) ?? new Map<string, string>();
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const [name = '', ...value] = pair.split('=');
      const expired = attributes.some((a) => /expires=thu, 01 jan 1970/i.test(a.trim()));
      if (expired || value.join('=') === '') cookies.delete(name.trim());
      else cookies.set(name.trim(), value.join('='));
    }
    this.jar.set(url.origin, cookies);
  }
  get(origin: string, name: string) {
    return this.jar.get(origin)?.get(name);
  }
}

/**
 * A browser following /auth/oidc/login through the provider's login (as `login`) and consent
 * forms back to the app; `alter` may change the callback URL on the way. Returns where the app
 * finally sent the browser, and the cookie jar.
 */
async function signInThroughProvider(
  login: string,
  jar = new CookieJar(),
  alter: (callback: URL) => void = () => {},
) {
  let url = new URL('/auth/oidc/login', appOrigin);
  let init: RequestInit = {};
  const appCookies: string[] = [];
  for (let step = 0; step < 20; step++) {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers ?? {}), cookie: jar.header(url) },
    });
    jar.store(url, response);
    if (url.origin === appOrigin) appCookies.push(...response.headers.getSetCookie());
    const location = response.headers.get('location');
    if (location) {
      const next = new URL(location, url);
      if (next.origin === appOrigin && next.pathname === '/auth/oidc/callback') alter(next);
      if (next.origin === appOrigin && !next.pathname.startsWith('/auth/oidc/')) {
        return { landed: next, jar, appCookies };
      }
      url = next;
      init = {};
      continue;
    }
    // The provider's devInteractions page: a login form, then a consent form.
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
    if (!action || !prompt) throw new Error(`unexpected page at ${url}: ${html.slice(0, 300)}`);
    url = new URL(action, url);
    init = {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(
        prompt === 'login' ? { prompt, login, password: 'any' } : { prompt },
      ).toString(),
    };
  }
  throw new Error('too many redirects');
}

async function graphql(server: RunningServer, query: string, session?: string) {
  const response = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [CSRF_HEADER]: '1',
      ...(session ? { cookie: `${SESSION_COOKIE}=${session}` } : {}),
    },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

const VIEWER = '{ viewer { email name role unit { key } } }';

const accountsOf = (subject: string) =>
  app.db.orm.em.fork().find(Account, { externalSubject: subject });

describe('single sign-on with OpenID Connect', () => {
  it('is offered when configured: signInOptions says so to anyone', async () => {
    expect(await graphql(app, '{ signInOptions { oidc } }')).toEqual({
      data: { signInOptions: { oidc: true } },
    });
  });

  it('signs in a mapped group with its highest role and unit, in a new session', async () => {
    const { landed, jar, appCookies } = await signInThroughProvider('alice');
    expect(landed.pathname).toBe('/');
    const session = jar.get(appOrigin, SESSION_COOKIE);
    expect(session).toBeTruthy();
    const cookie = appCookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    // The flow's cookie was short-lived, HttpOnly and Lax, and is gone afterwards.
    expect(appCookies.find((c) => c.startsWith('malmo_oidc=') && !/1970/.test(c))).toMatch(
      /HttpOnly.*SameSite=Lax/,
    );
    expect(jar.get(appOrigin, 'malmo_oidc')).toBeUndefined();

    expect((await graphql(app, VIEWER, session)).data).toEqual({
      viewer: {
        email: 'alice@malmo.se',
        name: 'Alice Andersson',
        role: 'UNIT_EDITOR',
        unit: { key: 'sdf-fosie' },
      },
    });
    const [account] = await accountsOf('alice');
    expect(account?.externalIssuer).toBe(`http://127.0.0.1:${(idp.address() as AddressInfo).port}`);
  });

  it('maps the groups again at the next sign-in, on the same account, rotating the session', async () => {
    const first = await signInThroughProvider('alice');
    const before = first.jar.get(appOrigin, SESSION_COOKIE);
    users.set('alice', {
      email: 'alice@malmo.se',
      name: 'Alice Andersson',
      groups: ['grp-all', 'grp-intl-admin'],
    });
    const second = await signInThroughProvider('alice', first.jar);
    const after = second.jar.get(appOrigin, SESSION_COOKIE);
    expect(after).toBeTruthy();
    expect(after).not.toBe(before);
    expect((await graphql(app, VIEWER, after)).data?.viewer).toMatchObject({
      role: 'ADMIN',
      unit: null,
    });
    // The browser's earlier session ended at the new sign-in.
    expect((await graphql(app, VIEWER, before)).data?.viewer).toBeNull();
    expect(await accountsOf('alice')).toHaveLength(1);
  });

  it('refuses a user none of whose groups is mapped: a message, no session, no account', async () => {
    const { landed, jar } = await signInThroughProvider('bob');
    expect(`${landed.pathname}${landed.search}`).toBe('/sign-in?sso=no-role');
    expect(jar.get(appOrigin, SESSION_COOKIE)).toBeUndefined();
    expect(await accountsOf('bob')).toHaveLength(0);
  });

  it('refuses an account an administrator has disabled, whatever its groups', async () => {
    users.set('dora', { email: 'dora@malmo.se', name: 'Dora', groups: ['grp-intl-admin'] });
    expect((await signInThroughProvider('dora')).landed.pathname).toBe('/');
    const em = app.db.orm.em.fork();
    await em.nativeUpdate(Account, { externalSubject: 'dora' }, { active: false });
    const { landed, jar } = await signInThroughProvider('dora');
    expect(`${landed.pathname}${landed.search}`).toBe('/sign-in?sso=inactive');
    expect(jar.get(appOrigin, SESSION_COOKIE)).toBeUndefined();
  });

  it.each([
    ['a tampered state', (url: URL) => url.searchParams.set('state', 'forged')],
    ['a tampered code', (url: URL) => url.searchParams.set('code', 'forged')],
  ])('refuses %s: no session', async (_, alter) => {
    users.set('carl', { email: 'carl@malmo.se', name: 'Carl', groups: ['grp-all'] });
    const { landed, jar } = await signInThroughProvider('carl', new CookieJar(), alter);
    expect(`${landed.pathname}${landed.search}`).toBe('/sign-in?sso=failed');
    expect(jar.get(appOrigin, SESSION_COOKIE)).toBeUndefined();
    expect(await accountsOf('carl')).toHaveLength(0);
  });

  it('refuses a callback without the flow cookie (another browser, or replayed)', async () => {
    const response = await fetch(`${appOrigin}/auth/oidc/callback?code=x&state=y`, {
      redirect: 'manual',
    });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/sign-in?sso=failed');
    expect(response.headers.getSetCookie().join()).not.toContain(`${SESSION_COOKIE}=`);
  });

  it('is off when not configured: the routes are 404 and signInOptions says false', async () => {
    for (const path of ['/auth/oidc/login', '/auth/oidc/callback?code=x&state=y']) {
      const response = await fetch(`http://127.0.0.1:${plain.port}${path}`, { redirect: 'manual' });
      expect(response.status).toBe(404);
    }
    expect(await graphql(plain, '{ signInOptions { oidc } }')).toEqual({
      data: { signInOptions: { oidc: false } },
    });
  });
});
