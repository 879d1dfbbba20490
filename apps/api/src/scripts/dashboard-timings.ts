// How long each dashboard page's aggregate query, and the first page of each list, takes on the
// data in the configured database, through the real GraphQL server (in process, production mode,
// signed in as an analyst): the median and p95 of `--runs` requests and the SQL statements one
// request runs, cold (each request the first after a change of the data, so nothing computed from
// the data is kept: the data version is changed before each, untimed) and warm (after two warm-up
// requests, the data unchanged). For the figures at 100× the demo data:
//   pnpm --filter @malmo/api demo -- --scale 100 --to 2015 --replace
//   pnpm --filter @malmo/api dashboard-timings
import { parseArgs } from 'node:util';
import { DEFAULT_SESSION_POLICY, SESSION_COOKIE, startSession } from '../auth/sessions';
import { readConfig } from '../config';
import { Account } from '../db/account';
import { withMigratedDatabase } from '../db/connect';
import { touchDataVersion } from '../db/data-version';
import { CSRF_HEADER } from '../http/security';
import { createGraphQLServer } from '../yoga';
import { dashboardOperation } from './dashboard-documents';

const { values } = parseArgs({
  // pnpm passes the `--` of `pnpm … demo -- --scale 100` through; it separates nothing here.
  args: process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === '--')),
  options: { runs: { type: 'string', default: '30' }, year: { type: 'string' } },
  strict: true,
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive whole number');

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
  const list = (field: string, direction: 'ASC' | 'DESC' = 'ASC') => ({
    first: 25,
    filter: {},
    orderBy: { field, direction },
    includeArchived: false,
  });
  const pages: [page: string, operation: string, variables: Record<string, unknown>][] = [
    ['Översikt', 'SteeringOverview', { year }],
    ['Engagemang per förvaltning', 'EngagementDashboard', {}],
    ['Medlemskapens nytta', 'MembershipValueDashboard', { year }],
    ['Profileringsarenor', 'ProfilingDashboard', {}],
    ['Utvärdering av strategin', 'StrategyEvaluation', { to: year }],
    ['Hitta partner', 'PartnerFinder', { need: { themes: ['CULTURE', 'EDUCATION'] } }],
    // The lists as they open: the first page in the list's default order, nothing filtered.
    ['Åtaganden (lista)', 'ObligationsList', { asOf: day, filter: {}, first: 25 }],
    ['Åtaganden (antal)', 'ObligationCounts', { asOf: day, filter: {} }],
    ['Projekt', 'ProjectsList', list('TITLE')],
    ['Medlemskap', 'MembershipsList', list('SINCE')],
    ['Vänorter och avtal', 'PartnerCitiesList', list('NAME')],
    ['Möten', 'MeetingsList', list('DATE', 'DESC')],
    ['Förvaltningar', 'UnitsList', list('NAME')],
    ['Personer', 'PeopleList', list('NAME')],
    ['Forum', 'ForumsList', list('NAME')],
    ['Platser i forum', 'SeatsList', list('FORUM')],
    ['Organisationer', 'OrganisationsList', list('NAME')],
    ['Verksamhetsplaner', 'PlansList', list('YEAR', 'DESC')],
    ['Deltaganden', 'ParticipationsList', list('YEAR', 'DESC')],
    ['Utlandstjänstgöring', 'SecondmentsList', list('START', 'DESC')],
    ['Medlemskapsbedömningar', 'AssessmentsList', list('ASSESSED_ON', 'DESC')],
    ['Utbildningar', 'TrainingList', list('HELD_ON', 'DESC')],
    ['EU-nätverket', 'EuNetworkList', list('UNIT')],
    ['Evenemangsserier', 'EventSeriesList', list('NAME')],
    ['Omvärldsbevakning', 'LegislationList', list('TITLE')],
  ];

  /** `runs` timed requests (each after `before`, untimed), and the statements of one more. */
  const measure = async (
    query: string,
    variables: Record<string, unknown>,
    before: () => Promise<void>,
  ) => {
    await before();
    let statements = 0;
    const stop = db.observe(() => {
      statements += 1;
    });
    await post(query, variables);
    stop();
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      await before();
      const started = performance.now();
      await post(query, variables);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const ms = (p: number) => percentile(times, p).toFixed(1).padStart(7);
    return `${ms(50)} ${ms(95)} ${String(statements).padStart(5)}`;
  };
  const changeData = () => touchDataVersion(db.orm.em.fork());
  const unchanged = async () => {};

  console.log(`${runs} requests per page, cold and warm; ledger day ${day}, year ${year}`);
  console.log(
    `${''.padEnd(28)}  ${'cold'.padEnd(21)}  warm\n` +
      `${'page'.padEnd(28)}  median     p95 stmts  median     p95 stmts`,
  );
  try {
    for (const [page, name, variables] of pages) {
      const query = dashboardOperation(name);
      const cold = await measure(query, variables, changeData);
      await post(query, variables);
      const warm = await measure(query, variables, unchanged);
      console.log(`${page.padEnd(28)}  ${cold}  ${warm}`);
    }
  } finally {
    await em.execute('delete from session where account_id = ?', [account.id]);
    await em.execute('delete from account where id = ?', [account.id]);
  }
});
