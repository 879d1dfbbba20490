import { fileURLToPath } from 'node:url';

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
  };
}
