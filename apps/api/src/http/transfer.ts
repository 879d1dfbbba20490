import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  CSV_FORMAT,
  CSV_SPECS,
  type CsvKind,
  IMPORT_MODES,
  type ImportMessage,
  type ImportMode,
  type ImportReport,
  isCsvKind,
  todayInMalmo,
} from '@malmo/domain';
import { SESSION_COOKIE, type SessionPolicy, type Viewer, viewerOf } from '../auth/sessions';
import type { Database } from '../db/orm';
import {
  DATABASE_UNAVAILABLE,
  isDatabaseUnavailable,
  RETRY_AFTER_HEADERS,
  UNAVAILABLE_MESSAGE,
} from '../db/unavailable';
import { Unit } from '../db/unit';
import { applyPlan, exportKind, planKind, UnknownFilterError } from '../import/transfer';
import { limitBody } from './body-limit';
import { CSRF_HEADER } from './security';

/** The largest import file: far more than the registry will ever hold, small enough to plan. */
export const MAX_IMPORT_BYTES = 10_000_000;

/** `/export/<kind>.csv` and `/import/<kind>`, beside /graphql. */
export function isTransferPath(path: string) {
  return path.startsWith('/export/') || path.startsWith('/import/');
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

function sendJson(
  res: ServerResponse,
  status: number,
  message: string,
  extra: { code?: string; headers?: Record<string, string> } = {},
) {
  const body = JSON.stringify({
    errors: [{ message, ...(extra.code ? { extensions: { code: extra.code } } : {}) }],
  });
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...extra.headers,
  });
  res.end(body);
}

function sessionToken(req: IncomingMessage): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join('='));
  }
  return null;
}

/**
 * The CSV export and import routes. Both are signed in by the session cookie, like /graphql:
 * export (GET) is open to every account, as the registry's lists are; import (POST, with the CSRF
 * header /graphql also requires) to administrators, and to unit editors for their own unit's
 * projects. An import answers NDJSON: progress lines
 * `{"progress":{"done":n,"total":m}}` while rows are written, then one `{"report":…}` line.
 */
export function transferRoutes(db: Database, session: SessionPolicy): Handler {
  const upload = limitBody(MAX_IMPORT_BYTES, (req, res) => {
    void handle(req, res).catch((error: unknown) => fail(res, error));
  });

  async function signedIn(req: IncomingMessage, res: ServerResponse): Promise<Viewer | null> {
    const viewer = await viewerOf(db.orm.em.fork(), sessionToken(req), session);
    if (!viewer) sendJson(res, 401, 'Logga in först.');
    return viewer;
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const [, route, name = ''] = url.pathname.split('/');
    const kind = route === 'export' ? name.replace(/\.csv$/, '') : name;
    if (!isCsvKind(kind)) return sendJson(res, 404, 'Okänd sorts poster.');
    if (route === 'export') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, 'Använd GET.');
      if (!(await signedIn(req, res))) return;
      return sendExport(res, kind, Object.fromEntries(url.searchParams));
    }
    if (req.method !== 'POST') return sendJson(res, 405, 'Använd POST.');
    if (!req.headers[CSRF_HEADER]) {
      return sendJson(res, 403, `Begäran saknar huvudet ${CSRF_HEADER}.`);
    }
    const viewer = await signedIn(req, res);
    if (!viewer) return;
    // Administrators import every kind; a unit editor its own unit's rows of the kinds a unit keeps.
    const editor = viewer.role === 'unit_editor' && CSV_SPECS[kind].unitColumn !== undefined;
    if (viewer.role !== 'admin' && !editor) {
      return sendJson(res, 403, 'Du har inte behörighet till det här.');
    }
    const unit = editor ? await unitKeyOf(viewer) : undefined;
    const mode = url.searchParams.get('mode') ?? 'dry-run';
    if (!(IMPORT_MODES as readonly string[]).includes(mode)) {
      return sendJson(res, 400, 'mode ska vara dry-run eller apply.');
    }
    const body = (req as IncomingMessage & { body?: Buffer }).body ?? Buffer.alloc(0);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      return sendJson(res, 400, 'Filen är inte UTF-8. Spara den som ”CSV UTF-8” och försök igen.');
    }
    await runImport(res, viewer, kind, mode as ImportMode, text, unit);
  }

  /** The key of the unit a unit editor keeps ('' when it has none: then no row is its own). */
  async function unitKeyOf(viewer: Viewer): Promise<string> {
    if (viewer.unitId === null) return '';
    const unit = await db.orm.em.fork().findOne(Unit, viewer.unitId);
    return unit?.key ?? '';
  }

  async function sendExport(res: ServerResponse, kind: CsvKind, filters: Record<string, string>) {
    let csv: string;
    try {
      csv = await exportKind(db.orm.em.fork(), kind, filters);
    } catch (error) {
      if (error instanceof UnknownFilterError) {
        return sendJson(res, 400, `Okänt filter: ${error.message}.`);
      }
      throw error;
    }
    res.writeHead(200, {
      'Content-Type': CSV_FORMAT.mediaType,
      'Content-Disposition': `attachment; filename="${kind}-${todayInMalmo(new Date())}.csv"`,
      'Cache-Control': 'no-store',
    });
    res.end(csv);
  }

  async function runImport(
    res: ServerResponse,
    viewer: Viewer,
    kind: CsvKind,
    mode: ImportMode,
    text: string,
    unit: string | undefined,
  ) {
    res.writeHead(200, {
      'Content-Type': 'application/x-ndjson; charset=utf-8',
      'Cache-Control': 'no-store',
    });
    const line = (message: ImportMessage) => res.write(`${JSON.stringify(message)}\n`);
    const em = db.orm.em.fork();
    // Planned and applied in one transaction: what the report says is what was written.
    const { plan, applied } = await em.transactional(async (tx) => {
      const plan = await planKind(tx, kind, text, unit === undefined ? {} : { unit });
      if (mode === 'dry-run' || !plan.ok) return { plan, applied: false };
      let step = 0;
      await applyPlan(tx, { viewer }, kind, plan, (progress) => {
        // About a hundred lines for a large file, every row for a small one.
        const every = Math.max(1, Math.floor(progress.total / 100));
        if (progress.done === progress.total || progress.done - step >= every) {
          step = progress.done;
          line({ progress });
        }
      });
      return { plan, applied: true };
    });
    const rows = plan.rows.map(({ values: _values, ...row }) => row);
    const { ok, errors, counts } = plan;
    const report: ImportReport = { kind, mode, applied, ok, errors, counts, rows };
    line({ report });
    res.end();
  }

  return (req, res) => {
    if (req.method === 'POST') {
      upload(req, res);
      return;
    }
    void handle(req, res).catch((error: unknown) => fail(res, error));
  };
}

function fail(res: ServerResponse, error: unknown) {
  const unavailable = isDatabaseUnavailable(error);
  if (unavailable) console.warn(`import/export: the database is unavailable (${String(error)})`);
  else console.error('import/export failed', error);
  if (!res.headersSent) {
    return unavailable
      ? sendJson(res, 503, UNAVAILABLE_MESSAGE, {
          code: DATABASE_UNAVAILABLE,
          headers: RETRY_AFTER_HEADERS,
        })
      : sendJson(res, 500, 'Oväntat fel.');
  }
  // The NDJSON stream has begun: its last line says it failed, and nothing was written.
  const message: ImportMessage = {
    error: unavailable ? UNAVAILABLE_MESSAGE : 'Oväntat fel: ingenting ändrades.',
  };
  res.end(`${JSON.stringify(message)}\n`);
}
