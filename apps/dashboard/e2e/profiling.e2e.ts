import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryApi } from './api';
import { type Browser, expectAccessible, openBrowser, waitForHeading } from './browser';
import { bodyRows, downloadCsv, region } from './dashboards';

const TITLE = 'Deltagande i profileringsarenor';
const TABLE = 'Per evenemang och år, med utfall';
const chartTitle = (measure: string) => `${measure} per år och evenemang`;

interface Row {
  seriesId: string;
  seriesName: string;
  year: number;
  units: number;
  delegates: number;
  costSek: number;
  contactsGained: number;
  withOutcome: number;
}

async function apiProfiling(variables: { from?: number; to?: number; seriesIds?: string[] } = {}) {
  const data = await queryApi<{ profilingYears: Row[] }>(
    `query ($from: Int, $to: Int, $seriesIds: [ID!]) {
      profilingYears(from: $from, to: $to, seriesIds: $seriesIds) {
        seriesId seriesName year units delegates costSek contactsGained withOutcome
      }
    }`,
    variables,
    'analyst',
  );
  return data.profilingYears;
}

/** As the page's table lists them: newest year first, then by the series' name. */
const newestFirst = (rows: Row[]) =>
  [...rows].sort((a, b) => b.year - a.year || a.seriesName.localeCompare(b.seriesName, 'sv'));

/** Digits only: "1 250 000" (with narrow no-break spaces) → 1250000. */
const amount = (text: string | null) => Number((text ?? '').replace(/[^\d-]/g, ''));

describe('Deltagande i profileringsarenor (R10), as an analyst', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ as: 'analyst' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens with every event and year, marks the demo data, and is accessible', async () => {
    const { page } = browser;
    await page.goto(browser.url('profiling-events'));
    await waitForHeading(page, TITLE);
    expect(await page.title()).toBe(`${TITLE} – Malmö stad – internationellt arbete`);
    await page
      .getByText('Deltagandena är demodata, skapade för att läsas per 2008-10-15.')
      .waitFor();
    const api = await apiProfiling();
    await region(page, chartTitle('Enheter'))
      .locator('figure svg .recharts-bar-rectangle')
      .first()
      .waitFor();
    await expect.poll(() => bodyRows(page, TABLE).count()).toBe(api.length);
    await expectAccessible(page);
  });

  it('switches the measure to cost: the URL and the yearly totals follow', async () => {
    const { page } = browser;
    const measures = region(page, chartTitle('Enheter')).getByRole('group', { name: 'Visa' });
    await measures.getByRole('button', { name: 'Kostnad (kr)' }).click();
    await page.waitForURL(/[?&]measure=cost(&|$)/);
    const chart = region(page, chartTitle('Kostnad (kr)'));
    expect(
      await chart.getByRole('button', { name: 'Kostnad (kr)' }).getAttribute('aria-pressed'),
    ).toBe('true');
    await chart.getByRole('button', { name: 'Tabell' }).click();
    const api = await apiProfiling();
    const years = [...new Set(api.map((r) => r.year))].sort();
    const rows = chart.locator('tbody').getByRole('row');
    await expect.poll(() => rows.count()).toBe(years.length);
    for (const [index, year] of years.entries()) {
      const row = rows.nth(index);
      expect(await row.getByRole('rowheader').textContent()).toBe(String(year));
      const total = api.filter((r) => r.year === year).reduce((n, r) => n + r.costSek, 0);
      expect(amount(await row.locator('td').last().textContent())).toBe(total);
    }
    await expectAccessible(page);
  });

  it('filters by event and years in the URL: the table holds only those', async () => {
    const { page } = browser;
    // A click, not check(): the box follows the URL, which changes a moment after.
    const mipim = page.getByRole('checkbox', { name: /MIPIM/ });
    await mipim.click();
    await page.waitForURL(/[?&]series=[^&]+/);
    await expect.poll(() => mipim.isChecked()).toBe(true);
    await page.getByLabel('Från år').fill('2007');
    await page.waitForURL(/[?&]from=2007(&|$)/);
    const seriesId = new URL(page.url()).searchParams.get('series') ?? '';
    const api = await apiProfiling({ from: 2007, seriesIds: [seriesId] });
    expect(api.length).toBeGreaterThan(0);
    expect(api.every((r) => r.seriesName === 'MIPIM' && r.year >= 2007)).toBe(true);
    await expect.poll(() => bodyRows(page, TABLE).count()).toBe(api.length);
    const shown = await bodyRows(page, TABLE).getByRole('rowheader').allTextContents();
    expect(shown.map((s) => s.replace(/\s*Demo$/, ''))).toEqual(
      newestFirst(api).map((r) => `${r.seriesName} ${r.year}`),
    );
  });

  it('exports the table as CSV, row for row as the API gives it', async () => {
    const { page } = browser;
    await page.goto(browser.url('profiling-events?from=2006&to=2008'));
    await waitForHeading(page, TITLE);
    const api = newestFirst(await apiProfiling({ from: 2006, to: 2008 }));
    await expect.poll(() => bodyRows(page, TABLE).count()).toBe(api.length);
    const { filename, rows } = await downloadCsv(
      page,
      region(page, TABLE).getByRole('button', { name: 'Exportera CSV' }),
    );
    expect(filename).toMatch(/^profilering-per-evenemang-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...body] = rows;
    expect(header).toEqual([
      'Evenemang och år',
      'Enheter',
      'Delegater',
      'Kostnad (kr)',
      'Nya kontakter',
      'Med utfall',
    ]);
    expect(body).toEqual(
      api.map((r) => [
        `${r.seriesName} ${r.year}`,
        String(r.units),
        String(r.delegates),
        String(r.costSek),
        String(r.contactsGained),
        String(r.withOutcome),
      ]),
    );
  });

  it('a bar opens the participations behind it', async () => {
    const { page } = browser;
    await page.goto(browser.url('profiling-events'));
    await waitForHeading(page, TITLE);
    const bar = region(page, chartTitle('Enheter'))
      .locator('.recharts-bar')
      .first()
      .locator('.recharts-bar-rectangle')
      .first();
    await bar.click();
    await waitForHeading(page, 'Deltaganden i evenemang');
    const url = new URL(page.url());
    expect(url.pathname).toBe('/event-participations');
    const seriesId = url.searchParams.get('series') ?? '';
    const year = Number(url.searchParams.get('from'));
    expect(url.searchParams.get('to')).toBe(String(year));
    const [row] = await apiProfiling({ from: year, to: year, seriesIds: [seriesId] });
    expect(row?.units).toBeGreaterThan(0);
    await page
      .getByRole('status')
      .filter({ hasText: new RegExp(`^${row?.units} träff(ar)?$`) })
      .waitFor();
  });

  it('a table link, reached by keyboard, opens the participations of that event and year', async () => {
    const { page } = browser;
    await page.goto(browser.url('profiling-events'));
    await waitForHeading(page, TITLE);
    const [first] = newestFirst(await apiProfiling());
    const link = region(page, TABLE).getByRole('link', {
      name: `Deltaganden i ${first?.seriesName} ${first?.year}`,
    });
    await link.focus();
    await page.keyboard.press('Enter');
    await waitForHeading(page, 'Deltaganden i evenemang');
    const url = new URL(page.url());
    expect(url.searchParams.get('series')).toBe(first?.seriesId);
    expect(url.searchParams.get('from')).toBe(String(first?.year));
    await page
      .getByRole('status')
      .filter({ hasText: new RegExp(`^${first?.units} träff(ar)?$`) })
      .waitFor();
  });

  it('has no axe violations in table view', async () => {
    const { page } = browser;
    await page.goto(browser.url('profiling-events?measure=contacts'));
    await waitForHeading(page, TITLE);
    const chart = region(page, chartTitle('Nya kontakter'));
    await chart.getByRole('button', { name: 'Tabell' }).click();
    await chart.getByRole('table').waitFor();
    await expectAccessible(page);
  });
});
