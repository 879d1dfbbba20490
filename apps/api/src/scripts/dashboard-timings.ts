// How long each dashboard page's aggregate query takes on the data in the configured database,
// through the real GraphQL server (in process, production mode, signed in as an analyst): the
// median and p95 of `--runs` requests after two warm-up requests, and the SQL statements one
// request runs. For the figures at 100× the demo data:
//   pnpm --filter @malmo/api demo -- --scale 100 --to 2015 --replace
//   pnpm --filter @malmo/api dashboard-timings
import { parseArgs } from 'node:util';
import { Kind, print } from 'graphql';
import { DEFAULT_SESSION_POLICY, SESSION_COOKIE, startSession } from '../auth/sessions';
import { readConfig } from '../config';
import { Account } from '../db/account';
import { withMigratedDatabase } from '../db/connect';
import { CSRF_HEADER } from '../http/security';
import { createGraphQLServer } from '../yoga';
import { dashboardDocuments } from './dashboard-documents';

const { values } = parseArgs({
  // pnpm passes the `--` of `pnpm … demo -- --scale 100` through; it separates nothing here.
  args: process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === '--')),
  options: { runs: { type: 'string', default: '30' }, year: { type: 'string' } },
  strict: true,
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive whole number');

/** One of the dashboard's own operations, by name, as its codegen wrote it. */
function dashboardOperation(name: string): string {
  const document = dashboardDocuments().find((d) =>
    d.definitions.some((def) => def.kind === Kind.OPERATION_DEFINITION && def.name?.value === name),
  );
  if (!document) throw new Error(`The dashboard has no operation ${name}`);
  return print(document);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

await withMigratedDatabase(readConfig(), async (db) => {
  const em = db.orm.em.fork();
  const account = em.create(Account, {
    email: `timings-${Date.now()}@localhost`,
    name: 'Dashboard timings',
    role: 'analyst',
    unit: null,
    passwordHash: null,
  } as never);
  await em.flush();
  const { token } = await startSession(em, account.id, DEFAULT_SESSION_POLICY, null);
  const yoga = createGraphQLServer(db, { production: true });
  const post = async (query: string, variables: Record<string, unknown>) => {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [CSRF_HEADER]: '1',
        cookie: `${SESSION_COOKIE}=${token}`,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };

  // The ledger's day as the pages default to it (the demo's day when demo data is present).
  const { ledgerSettings } = (await post('{ ledgerSettings { today demoAsOf } }', {})) as {
    ledgerSettings: { today: string; demoAsOf: string | null };
  };
  const day = ledgerSettings.demoAsOf ?? ledgerSettings.today;
  const year = Number(values.year ?? day.slice(0, 4));
  const pages: [page: string, operation: string, variables: Record<string, unknown>][] = [
    ['Översikt', 'SteeringOverview', { year }],
    ['Engagemang per förvaltning', 'EngagementDashboard', {}],
    ['Medlemskapens nytta', 'MembershipValueDashboard', { year }],
    ['Profileringsarenor', 'ProfilingDashboard', {}],
    ['Utvärdering av strategin', 'StrategyEvaluation', { to: year }],
    ['Hitta partner', 'PartnerFinder', { need: { themes: ['CULTURE', 'EDUCATION'] } }],
  ];

  console.log(`${runs} requests per page after 2 warm-ups; ledger day ${day}, year ${year}`);
  console.log('page                            median ms   p95 ms   statements');
  try {
    for (const [page, name, variables] of pages) {
      const query = dashboardOperation(name);
      let statements = 0;
      const stop = db.observe(() => {
        statements += 1;
      });
      await post(query, variables);
      stop();
      await post(query, variables);
      const times: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        const started = performance.now();
        await post(query, variables);
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      console.log(
        `${page.padEnd(30)}  ${percentile(times, 50).toFixed(1).padStart(9)}  ${percentile(
          times,
          95,
        )
          .toFixed(1)
          .padStart(7)}   ${String(statements).padStart(10)}`,
      );
    }
  } finally {
    await em.execute('delete from session where account_id = ?', [account.id]);
    await em.execute('delete from account where id = ?', [account.id]);
  }
});
