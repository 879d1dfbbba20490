import { fileURLToPath } from 'node:url';
import { ROLES, type Role } from '@malmo/domain';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface Config {
  port: number;
  host: string;
  /** Set: use this PostgreSQL. Unset: start the embedded one with data under `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  production: boolean;
  /** Load the annex when the registry is empty. */
  seedAnnex: boolean;
  /** Add the generated demo activity (2006–2008) when the annex is first loaded. */
  demoData: boolean;
  /** Days after a meeting before its missing report is overdue (R7). */
  meetingReportDays: number;
  /**
   * `demo` (default): demo activity and one demo account per role on a new registry.
   * `production`: neither; an administrator must exist or be configured, and cookies are Secure.
   */
  mode: 'demo' | 'production';
  /** The first administrator, created in production when there is none. */
  firstAdmin: { email?: string; password?: string };
  session: { idleMinutes: number; absoluteHours: number };
  secureCookies: boolean;
  /** Single sign-on through the city's identity provider; null (off) unless MALMO_OIDC_ISSUER is set. */
  oidc: OidcConfig | null;
}

/** One group of the identity provider and the role (and, for a unit editor, the unit) it gives. */
export interface RoleGrant {
  group: string;
  role: Role;
  unitKey: string | null;
}

export interface OidcConfig {
  issuer: URL;
  clientId: string;
  clientSecret: string | undefined;
  /** Where the provider sends the browser back; unset: `<origin of the request>/auth/oidc/callback`. */
  redirectUrl: URL | undefined;
  /** The claim (ID token or userinfo) that lists the user's groups. */
  groupsClaim: string;
  /** Group → role; a user with several mapped groups gets the highest role (ROLES order). */
  roleMap: RoleGrant[];
}

function port(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new Error(`PORT must be a whole number between 0 and 65535, got "${value}"`);
  }
  return n;
}

function whole(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
) {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(`${name} must be a whole number ${min}–${max}, got "${value}"`);
  }
  return n;
}

function mode(value: string | undefined): Config['mode'] {
  if (value === undefined || value === '' || value === 'demo') return 'demo';
  if (value === 'production') return 'production';
  throw new Error(`MALMO_MODE must be "demo" or "production", got "${value}"`);
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function url(name: string, value: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new Error(`${name} must be an absolute URL, got "${value}"`);
  }
  // Tokens and codes travel over it: plain HTTP only to this machine (a provider in a test).
  if (
    parsed.protocol !== 'https:' &&
    !(parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname))
  ) {
    throw new Error(`${name} must use https (http only on localhost), got "${value}"`);
  }
  return parsed;
}

/** `grp-a=admin,grp-b=unit_editor:sdf-fosie,…` */
export function parseRoleMap(value: string | undefined): RoleGrant[] {
  const name = 'MALMO_OIDC_ROLE_MAP';
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) {
    throw new Error(
      `${name} must map at least one group to a role, e.g. "grp-admin=admin,grp-fosie=unit_editor:sdf-fosie,grp-all=reader"`,
    );
  }
  return entries.map((entry) => {
    const match = /^(.+?)=([a-z_]+)(?::(.+))?$/.exec(entry);
    const role = match?.[2] as Role | undefined;
    if (!match?.[1] || !role || !ROLES.includes(role)) {
      throw new Error(
        `${name}: "${entry}" must be group=role with a role of ${ROLES.join(', ')} (unit_editor:<unit key> for a unit editor)`,
      );
    }
    const unitKey = match[3]?.trim() || null;
    if ((role === 'unit_editor') !== (unitKey !== null)) {
      throw new Error(
        `${name}: "${entry}": ${role === 'unit_editor' ? 'a unit editor needs a unit, as unit_editor:<unit key>' : 'only unit_editor takes a unit'}`,
      );
    }
    return { group: match[1].trim(), role, unitKey };
  });
}

function oidc(env: NodeJS.ProcessEnv): OidcConfig | null {
  if (!env.MALMO_OIDC_ISSUER) return null;
  if (!env.MALMO_OIDC_CLIENT_ID) {
    throw new Error('MALMO_OIDC_CLIENT_ID must be set when MALMO_OIDC_ISSUER is (single sign-on)');
  }
  return {
    issuer: url('MALMO_OIDC_ISSUER', env.MALMO_OIDC_ISSUER),
    clientId: env.MALMO_OIDC_CLIENT_ID,
    clientSecret: env.MALMO_OIDC_CLIENT_SECRET || undefined,
    redirectUrl: env.MALMO_OIDC_REDIRECT_URL
      ? url('MALMO_OIDC_REDIRECT_URL', env.MALMO_OIDC_REDIRECT_URL)
      : undefined,
    groupsClaim: env.MALMO_OIDC_GROUPS_CLAIM || 'groups',
    roleMap: parseRoleMap(env.MALMO_OIDC_ROLE_MAP),
  };
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: port(env.PORT, 4000),
    host: env.HOST || '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.MALMO_DATA_DIR || `${repoRoot}.data/postgres`,
    production: env.NODE_ENV === 'production',
    seedAnnex: env.MALMO_SEED_ANNEX !== 'false',
    demoData: mode(env.MALMO_MODE) === 'demo' && env.MALMO_DEMO_DATA !== 'false',
    meetingReportDays: whole(
      'MALMO_MEETING_REPORT_DAYS',
      env.MALMO_MEETING_REPORT_DAYS,
      14,
      0,
      365,
    ),
    mode: mode(env.MALMO_MODE),
    firstAdmin: { email: env.MALMO_ADMIN_EMAIL, password: env.MALMO_ADMIN_PASSWORD },
    session: {
      idleMinutes: whole('MALMO_SESSION_IDLE_MINUTES', env.MALMO_SESSION_IDLE_MINUTES, 30, 1, 1440),
      absoluteHours: whole('MALMO_SESSION_HOURS', env.MALMO_SESSION_HOURS, 8, 1, 168),
    },
    secureCookies:
      env.MALMO_SECURE_COOKIES === undefined || env.MALMO_SECURE_COOKIES === ''
        ? mode(env.MALMO_MODE) === 'production'
        : env.MALMO_SECURE_COOKIES === 'true',
    oidc: oidc(env),
  };
}
