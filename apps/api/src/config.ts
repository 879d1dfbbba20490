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
}

function port(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new Error(`PORT must be a whole number between 0 and 65535, got "${value}"`);
  }
  return n;
}

function days(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 365) {
    throw new Error(`MALMO_MEETING_REPORT_DAYS must be a whole number 0–365, got "${value}"`);
  }
  return n;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: port(env.PORT, 4000),
    host: env.HOST || '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.MALMO_DATA_DIR || `${repoRoot}.data/postgres`,
    production: env.NODE_ENV === 'production',
    seedAnnex: env.MALMO_SEED_ANNEX !== 'false',
    demoData: env.MALMO_DEMO_DATA !== 'false',
    meetingReportDays: days(env.MALMO_MEETING_REPORT_DAYS, 14),
  };
}
