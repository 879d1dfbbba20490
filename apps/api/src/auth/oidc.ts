import type { IncomingMessage, ServerResponse } from 'node:http';
import { ROLES, type Role } from '@malmo/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import * as client from 'openid-client';
import type { OidcConfig, RoleGrant } from '../config';
import { Account, type IAccount } from '../db/account';
import { Unit } from '../db/unit';
import { rotateSession, SESSION_COOKIE, type SessionPolicy, sessionCookie } from './sessions';

/** Holds the PKCE verifier, state and nonce between the two legs of one sign-in. */
const FLOW_COOKIE = 'malmo_oidc';
const FLOW_PATH = '/auth/oidc';
const FLOW_SECONDS = 600;

/** Where a refused sign-in lands: the sign-in page says why (`?sso=<reason>`). */
const SIGN_IN_PAGE = '/sign-in';
export type OidcRefusal = 'no-role' | 'inactive' | 'failed';

export interface OidcRouteOptions {
  oidc: OidcConfig;
  em: () => EntityManager;
  session: SessionPolicy;
  secureCookies: boolean;
  log: (message: string) => void;
}

/** The role the highest of these groups gives (ROLES order), or null when none is mapped. */
export function roleFor(
  groups: readonly string[],
  roleMap: readonly RoleGrant[],
): RoleGrant | null {
  const held = roleMap.filter((grant) => groups.includes(grant.group));
  held.sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
  return held[0] ?? null;
}

/**
 * GET /auth/oidc/login and /auth/oidc/callback: authorization code flow with PKCE, state and
 * nonce, against the provider MALMO_OIDC_ISSUER names. The callback maps the user's groups to a
 * role, links or creates the account by issuer and subject, and starts a session as password
 * sign-in does. Off (404) without a configuration.
 */
export function oidcRoutes(configured: OidcRouteOptions | null) {
  if (!configured) return async (_req: IncomingMessage, res: ServerResponse) => notFound(res);
  const options = configured;
  const { oidc } = options;
  let configuration: Promise<client.Configuration> | null = null;
  // Discovered once; a provider that was down is asked again next time.
  const discover = () => {
    configuration ??= client
      .discovery(
        oidc.issuer,
        oidc.clientId,
        oidc.clientSecret,
        undefined,
        oidc.issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        configuration = null;
        throw error;
      });
    return configuration;
  };

  const redirectUrl = (req: IncomingMessage) =>
    oidc.redirectUrl ??
    new URL(
      `${FLOW_PATH}/callback`,
      `${options.secureCookies ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}`,
    );

  async function login(req: IncomingMessage, res: ServerResponse) {
    const config = await discover();
    const flow = {
      verifier: client.randomPKCECodeVerifier(),
      state: client.randomState(),
      nonce: client.randomNonce(),
    };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUrl(req).href,
      scope: 'openid email profile',
      code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
      code_challenge_method: 'S256',
      state: flow.state,
      nonce: flow.nonce,
    });
    res.setHeader('Set-Cookie', flowCookie(flow, options.secureCookies));
    redirect(res, url.href);
  }

  async function callback(req: IncomingMessage, res: ServerResponse) {
    const flow = readFlow(req.headers.cookie);
    const cookies = [flowCookie(null, options.secureCookies)];
    const refuse = (reason: OidcRefusal) => {
      res.setHeader('Set-Cookie', cookies);
      redirect(res, `${SIGN_IN_PAGE}?sso=${reason}`);
    };
    if (!flow) return refuse('failed');
    let claims: Record<string, unknown>;
    try {
      const config = await discover();
      const current = new URL(redirectUrl(req));
      current.search = new URL(req.url ?? '', 'http://x').search;
      const tokens = await client.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims();
      if (!idClaims) return refuse('failed');
      claims = { ...idClaims };
      // Providers often keep groups (and e-mail) out of the ID token: then userinfo has them.
      if (!(oidc.groupsClaim in claims) || !claims.email) {
        claims = {
          ...(await client.fetchUserInfo(config, tokens.access_token, idClaims.sub)),
          ...claims,
        };
      }
    } catch (error) {
      // A tampered or replayed state, code or nonce, a wrong verifier …
      options.log(`single sign-on refused: ${error instanceof Error ? error.message : error}`);
      return refuse('failed');
    }

    const raw = claims[oidc.groupsClaim];
    const groups = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? [raw] : [];
    const grant = roleFor(groups, oidc.roleMap);
    if (!grant) return refuse('no-role');

    const em = options.em();
    const account = await linkAccount(em, claims, grant);
    if (!account.active) return refuse('inactive');
    const previous = readCookie(req.headers.cookie, SESSION_COOKIE);
    const session = await rotateSession(
      em,
      account,
      previous,
      options.session,
      req.headers['user-agent'] ?? null,
    );
    cookies.push(serialize(sessionCookie(session.token, session.expiresAt, options.secureCookies)));
    res.setHeader('Set-Cookie', cookies);
    redirect(res, '/');
  }

  return async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    const route =
      path === `${FLOW_PATH}/login` ? login : path === `${FLOW_PATH}/callback` ? callback : null;
    if (!route || req.method !== 'GET') return notFound(res);
    try {
      await route(req, res);
    } catch (error) {
      // The provider unreachable, an e-mail already taken by another provider's account …
      options.log(`single sign-on failed: ${error instanceof Error ? error.message : error}`);
      if (!res.headersSent) {
        res.setHeader('Set-Cookie', flowCookie(null, options.secureCookies));
        redirect(res, `${SIGN_IN_PAGE}?sso=failed`);
      }
    }
  };
}

export function isOidcPath(path: string) {
  return path === FLOW_PATH || path.startsWith(`${FLOW_PATH}/`);
}

/** At start: every unit the role map names exists, or the server says which does not. */
export async function checkRoleMap(em: EntityManager, oidc: OidcConfig | null | undefined) {
  for (const { group, unitKey } of oidc?.roleMap ?? []) {
    if (unitKey && !(await em.count(Unit, { key: unitKey }))) {
      throw new Error(
        `MALMO_OIDC_ROLE_MAP: group "${group}" names unit "${unitKey}", which does not exist`,
      );
    }
  }
}

function notFound(res: ServerResponse) {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
}

/**
 * The account of this issuer and subject; else an account with the same e-mail that has no
 * provider yet (an administrator made it ahead of the first sign-in) is linked; else a new one.
 * Role and unit follow the groups at every sign-in.
 */
async function linkAccount(
  em: EntityManager,
  claims: Record<string, unknown>,
  grant: RoleGrant,
): Promise<IAccount> {
  const issuer = String(claims.iss);
  const subject = String(claims.sub);
  const email = (
    typeof claims.email === 'string' && claims.email
      ? claims.email
      : `${subject}@${new URL(issuer).host}`
  )
    .trim()
    .toLowerCase()
    .slice(0, 320);
  const name = (typeof claims.name === 'string' && claims.name ? claims.name : email).slice(0, 200);
  const unit = grant.unitKey ? await em.findOne(Unit, { key: grant.unitKey }) : null;
  let account =
    (await em.findOne(Account, { externalIssuer: issuer, externalSubject: subject })) ??
    (await em.findOne(Account, { email, externalSubject: null }));
  // A disabled account stays as it was; the caller refuses it.
  if (account && !account.active) return account;
  if (!account) {
    account = em.create(Account, { email, name, role: grant.role, passwordHash: null } as never);
  }
  account.externalIssuer = issuer;
  account.externalSubject = subject;
  account.name = name;
  account.role = grant.role as Role;
  account.unit = unit as never;
  await em.flush();
  return account;
}

interface Flow {
  verifier: string;
  state: string;
  nonce: string;
}

function flowCookie(flow: Flow | null, secure: boolean): string {
  return serialize({
    name: FLOW_COOKIE,
    value: flow ? Buffer.from(JSON.stringify(flow)).toString('base64url') : '',
    path: FLOW_PATH,
    httpOnly: true,
    sameSite: 'lax',
    secure,
    expires: flow ? Date.now() + FLOW_SECONDS * 1000 : 0,
  });
}

function readFlow(header: string | undefined): Flow | null {
  const value = readCookie(header, FLOW_COOKIE);
  if (!value) return null;
  try {
    const flow = JSON.parse(Buffer.from(value, 'base64url').toString()) as Partial<Flow>;
    const ok = [flow.verifier, flow.state, flow.nonce].every((v) => typeof v === 'string' && v);
    return ok ? (flow as Flow) : null;
  } catch {
    return null;
  }
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

function serialize(cookie: {
  name: string;
  value: string;
  path: string;
  httpOnly: boolean;
  sameSite: 'lax';
  secure: boolean;
  expires: number;
}): string {
  return [
    `${cookie.name}=${cookie.value}`,
    `Path=${cookie.path}`,
    `Expires=${new Date(cookie.expires).toUTCString()}`,
    cookie.httpOnly ? 'HttpOnly' : '',
    'SameSite=Lax',
    cookie.secure ? 'Secure' : '',
  ]
    .filter(Boolean)
    .join('; ');
}

function redirect(res: ServerResponse, location: string) {
  res.writeHead(302, { Location: location, 'Cache-Control': 'no-store' }).end();
}
