// The dashboard's weight and Lighthouse scores: its first-load JavaScript and each page's chunks
// (compressed as served, from the build in apps/dashboard/dist), then Lighthouse (performance and
// accessibility) in Debian's Chromium against the production server, for the sign-in page and,
// signed in as the steering group, the overview and a list. `frontendFigures` is the benchmark's
// part; alone:
//   pnpm --filter @malmo/bench exec tsx src/frontend.ts --url http://localhost:4000 [--preset
//   mobile|desktop|both] [--runs 3] [--json file] [--reports dir: each run's full Lighthouse JSON]
// Without --url it starts its own production server on a fresh database with the demo data.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEMO_PASSWORD } from '@malmo/api/src/auth/accounts';
import { type BundleSizes, bundleLines, bundleSizes, kb } from '@malmo/dashboard/bundle-size';
import { CHROMIUM_ARGS, chromiumPath } from '@malmo/dashboard/chromium';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { loadScale, startBenchDatabase } from './data';
import { signIn } from './graphql';
import { startApiProcess } from './processes';

export type Preset = 'mobile' | 'desktop';

/** The pages Lighthouse loads; `signedIn` ones with the steering group's session cookie. */
export const LIGHTHOUSE_PAGES = [
  { page: 'sign-in', path: '/sign-in', signedIn: false },
  { page: 'overview', path: '/', signedIn: true },
  { page: 'projects', path: '/projects', signedIn: true },
] as const;

export const FRONTEND_ACCOUNT = { email: 'styrgrupp@malmo.example', password: DEMO_PASSWORD };

export const FRONTEND_TARGETS = {
  initialGzipBytes: 150 * 1024,
  performance: 95,
  accessibility: 100,
};

/** Debian's Chromium with the flags the end-to-end tests use, headless. */
const CHROME_PATH = process.env.CHROME_PATH ?? chromiumPath();
const CHROME_FLAGS = ['--headless', ...CHROMIUM_ARGS];

export interface LighthouseFigure {
  page: string;
  path: string;
  preset: Preset;
  /** 0–100, the median run's (by performance) of `runs`. */
  performance: number;
  accessibility: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  /** Every run's performance score, to show the spread. */
  performanceRuns: number[];
  /** Audits that cost points: failed accessibility audits, performance audits below 0.9. */
  flagged: string[];
}

export interface FrontendFigures {
  initialJs: { gzipBytes: number; brotliBytes: number; files: BundleSizes['initial'] };
  routeChunks: BundleSizes['pages'];
  lighthouse: LighthouseFigure[];
  method: string;
  lines: string[];
}

export interface FrontendOptions {
  /** The production server's origin; without it, one is started on a fresh database. */
  baseUrl?: string;
  /** The steering group's session cookie (`name=value`); without it, signs in over HTTP. */
  cookie?: string;
  presets?: Preset[];
  /** Lighthouse runs per page and preset; the median (by performance) is reported. */
  runs?: number;
  dist?: string;
  /** A directory to write each run's full Lighthouse result to (JSON). */
  reportsDir?: string;
  log?: (message: string) => void;
}

const score = (value: number | null | undefined) => Math.round((value ?? 0) * 100);

async function lighthouseOnce(
  url: string,
  preset: Preset,
  cookie: string | null,
  reportFile: string | null,
): Promise<Omit<LighthouseFigure, 'page' | 'path' | 'performanceRuns'>> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: CHROME_FLAGS,
  });
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
        ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
      },
      // Mobile: Lighthouse's default (a mid-range phone, simulated slow 4G, 4× CPU slowdown).
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (reportFile) writeFileSync(reportFile, JSON.stringify(lhr));
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const flagged = Object.entries(lhr.categories).flatMap(([category, { auditRefs }]) =>
      auditRefs
        .map((ref) => lhr.audits[ref.id])
        .filter(
          (found) =>
            found &&
            found.score !== null &&
            found.scoreDisplayMode !== 'informative' &&
            found.scoreDisplayMode !== 'manual' &&
            found.scoreDisplayMode !== 'notApplicable' &&
            found.score < (category === 'accessibility' ? 1 : 0.9),
        )
        .map((found) => `${category}: ${found?.id} (${found?.displayValue ?? found?.score})`),
    );
    return {
      preset,
      performance: score(lhr.categories.performance?.score),
      accessibility: score(lhr.categories.accessibility?.score),
      lcpMs: Math.round(audit('largest-contentful-paint')),
      tbtMs: Math.round(audit('total-blocking-time')),
      cls: Number(audit('cumulative-layout-shift').toFixed(3)),
      fcpMs: Math.round(audit('first-contentful-paint')),
      flagged,
    };
  } finally {
    chrome.kill();
  }
}

/**
 * Lighthouse now and then fails to record a load on a busy machine (NO_NAVSTART, a missing
 * trace); such a run is started again, up to three times in all.
 */
async function withRetries<T>(log: (message: string) => void, run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= 3) throw error;
      log(`  again after: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** Lighthouse on each page and preset, `runs` times each (a fresh Chromium every run). */
export async function lighthouseFigures(
  baseUrl: string,
  cookie: string,
  options: {
    presets: Preset[];
    runs: number;
    log: (message: string) => void;
    reportsDir?: string | undefined;
  },
): Promise<LighthouseFigure[]> {
  const figures: LighthouseFigure[] = [];
  for (const preset of options.presets) {
    for (const { page, path, signedIn } of LIGHTHOUSE_PAGES) {
      const runs = [];
      for (let run = 1; run <= options.runs; run += 1) {
        options.log(`Lighthouse ${preset} ${path} (${run}/${options.runs})`);
        runs.push(
          await withRetries(options.log, () =>
            lighthouseOnce(
              new URL(path, baseUrl).toString(),
              preset,
              signedIn ? cookie : null,
              options.reportsDir ? join(options.reportsDir, `${preset}-${page}-${run}.json`) : null,
            ),
          ),
        );
      }
      const sorted = [...runs].sort((a, b) => a.performance - b.performance);
      const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? sorted[0];
      if (!median) continue;
      figures.push({
        ...median,
        page,
        path,
        performanceRuns: runs.map((run) => run.performance),
      });
    }
  }
  return figures;
}

function lighthouseLines(figures: LighthouseFigure[], runs: number): string[] {
  const { performance, accessibility } = FRONTEND_TARGETS;
  return [
    `Lighthouse 13 in Chromium (median of ${runs} by performance; targets: performance ≥ ${performance}, accessibility ${accessibility}):`,
    '  preset   page       perf  a11y   LCP ms   TBT ms    CLS   runs',
    ...figures.map(
      (f) =>
        `  ${f.preset.padEnd(8)} ${f.page.padEnd(9)} ${String(f.performance).padStart(5)} ${String(f.accessibility).padStart(5)} ${String(f.lcpMs).padStart(8)} ${String(f.tbtMs).padStart(8)} ${f.cls.toFixed(3).padStart(6)}   ${f.performanceRuns.join(',')}`,
    ),
    ...figures.flatMap((f) => f.flagged.map((flag) => `  ${f.preset} ${f.page}: ${flag}`)),
  ];
}

/** A production server of its own (1× demo data) while `use` runs, for a run without a URL. */
async function withOwnServer<T>(
  log: (message: string) => void,
  use: (baseUrl: string) => Promise<T>,
): Promise<T> {
  log('starting a production server on a fresh database (the demo data at 1×)');
  const db = await startBenchDatabase();
  try {
    await loadScale(db.url, 1);
    const api = await startApiProcess(db.url);
    try {
      return await use(new URL('/', api.url).toString());
    } finally {
      await api.stop();
    }
  } finally {
    await db.stop();
  }
}

export async function frontendFigures(options: FrontendOptions = {}): Promise<FrontendFigures> {
  const log = options.log ?? ((message: string) => console.log(message));
  const presets = options.presets ?? ['mobile', 'desktop'];
  const runs = options.runs ?? 3;
  if (options.reportsDir) mkdirSync(options.reportsDir, { recursive: true });
  const sizes = bundleSizes(options.dist);
  const measure = async (baseUrl: string) => {
    const cookie =
      options.cookie ??
      (await signIn(fetch, new URL('/graphql', baseUrl).toString(), FRONTEND_ACCOUNT));
    return lighthouseFigures(baseUrl, cookie, {
      presets,
      runs,
      log,
      reportsDir: options.reportsDir,
    });
  };
  const figures = options.baseUrl
    ? await measure(options.baseUrl)
    : await withOwnServer(log, measure);
  const initialOk = sizes.initialGzipBytes <= FRONTEND_TARGETS.initialGzipBytes;
  return {
    initialJs: {
      gzipBytes: sizes.initialGzipBytes,
      brotliBytes: sizes.initialBrotliBytes,
      files: sizes.initial,
    },
    routeChunks: sizes.pages,
    lighthouse: figures,
    method: `bundle: apps/dashboard/dist, gzip level 9 and brotli quality 11 as the build precompresses (the server sends brotli); initial = the entry and what index.html preloads; a page = its chunk and the chunks it imports that the first load has not brought. Lighthouse ${presets.join(' and ')} preset (mobile: simulated slow 4G and 4× CPU slowdown), ${runs} run(s) per page in a fresh headless Chromium (${CHROME_PATH}), signed-in pages as ${FRONTEND_ACCOUNT.email} (session cookie sent as an extra header)`,
    lines: [
      ...bundleLines(sizes),
      `  initial JavaScript ${kb(sizes.initialGzipBytes)} KB gzip: ${initialOk ? 'within' : 'ABOVE'} the target of ${kb(FRONTEND_TARGETS.initialGzipBytes)} KB`,
      ...lighthouseLines(figures, runs),
    ],
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === '--')),
    options: {
      url: { type: 'string' },
      preset: { type: 'string', default: 'both' },
      runs: { type: 'string', default: '3' },
      json: { type: 'string' },
      reports: { type: 'string' },
    },
  });
  const preset = values.preset;
  if (preset !== 'mobile' && preset !== 'desktop' && preset !== 'both') {
    throw new Error(`--preset must be mobile, desktop or both, got "${preset}"`);
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number ≥ 1');
  const figures = await frontendFigures({
    ...(values.url ? { baseUrl: values.url } : {}),
    presets: preset === 'both' ? ['mobile', 'desktop'] : [preset],
    runs,
    ...(values.reports ? { reportsDir: values.reports } : {}),
  });
  console.log(figures.lines.join('\n'));
  if (values.json) writeFileSync(values.json, `${JSON.stringify(figures, null, 2)}\n`);
}
