import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  COUNT_SERIES,
  type EngagementFact,
  figuresByUnit,
  type Measure,
  MONEY_SERIES,
  NO_UNIT,
  type SeriesKey,
} from '../src/features/engagement/series';
import { svEngagement } from '../src/i18n/engagement';
import { queryApi } from './api';
import { type Browser, expectAccessible, openBrowser, waitForHeading } from './browser';

const TITLE = 'Engagemang per förvaltning';
const labels = svEngagement.engagement.series;

interface Filter {
  yearFrom?: number;
  yearTo?: number;
  orientations?: string[];
}

/** The API's own figures over HTTP, as the analyst, pivoted as the page pivots them. */
async function apiFigures(filter: Filter, measure: Measure = 'count') {
  const data = await queryApi<{ engagementByUnit: EngagementFact[] }>(
    `query ($filter: EngagementFilter) { engagementByUnit(filter: $filter) {
      unitId unitName kind projectState count budgetSek euFundingSek costSek } }`,
    { filter },
    'analyst',
  );
  return figuresByUnit(data.engagementByUnit, measure);
}

const chartRegion = (page: Page) => page.getByRole('region', { name: /per förvaltning$/ });
const table = (page: Page) => chartRegion(page).getByRole('table');
const view = (page: Page, name: 'Diagram' | 'Tabell') =>
  chartRegion(page).getByRole('button', { name, exact: true }).click();

/** The list a figure opens: its count of matches ("12 träffar"). */
async function listMatches(page: Page): Promise<number> {
  const status = page.getByRole('status').filter({ hasText: /^\d+ träff(ar)?$/ });
  await status.first().waitFor();
  return Number((await status.first().textContent())?.match(/^\d+/)?.[0]);
}

/** Which series a drill-down address is for (the inverse of the page's links). */
function seriesOf(url: URL): SeriesKey {
  const state = url.searchParams.get('state');
  const path = url.pathname;
  if (path === '/eu-network') return 'euContacts';
  if (path === '/seats') return 'seats';
  if (path === '/memberships') return 'memberships';
  if (path === '/event-participations') return 'participations';
  if (path === '/meetings') {
    return url.searchParams.get('reported') === 'true' ? 'meetingsReported' : 'meetingsUnreported';
  }
  if (path === '/projects') {
    if (state === 'idea,preparing_application,submitted') return 'projectsApplying';
    if (state === 'granted,running') return 'projectsRunning';
    if (state === 'closed') return 'projectsClosed';
    if (state === 'rejected') return 'projectsRejected';
  }
  throw new Error(`not a drill-down: ${url}`);
}

describe('Engagemang per förvaltning (analyst)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ as: 'analyst' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows every unit’s engagement by kind, says what is demo data, and passes axe in both views', async () => {
    const { page } = browser;
    await page.goto(browser.url('engagement'));
    await waitForHeading(page, TITLE);
    await page.getByText('Registret innehåller demodata', { exact: false }).first().waitFor();
    await page
      .getByText('Stadskontorets avdelningar räknas i Stadskontoret', { exact: false })
      .waitFor();
    const expected = await apiFigures({});
    const top = expected[0];
    expect(top?.total).toBeGreaterThan(0);
    await chartRegion(page)
      .getByText(`Flest har ${top?.name} (${top?.total})`, { exact: false })
      .waitFor();
    await chartRegion(page).locator('figure svg .recharts-bar-rectangle').first().waitFor();
    await expectAccessible(page);
    await view(page, 'Tabell');
    const rows = table(page).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(expected.length);
    await expectAccessible(page);
  });

  it('keeps the years and the orientation in the URL, and the figures follow', async () => {
    const { page } = browser;
    await page.goto(browser.url('engagement'));
    await waitForHeading(page, TITLE);
    await page.getByLabel('Från år').fill('2007');
    await page.getByLabel('Till år').fill('2007');
    await page.waitForURL(/[?&]from=2007&to=2007(&|$)/);
    const year = await apiFigures({ yearFrom: 2007, yearTo: 2007 });
    const all = await apiFigures({});
    expect(year[0]?.total).not.toBe(all[0]?.total);
    await chartRegion(page)
      .getByText(`Flest har ${year[0]?.name} (${year[0]?.total})`, { exact: false })
      .waitFor();

    await page.getByRole('checkbox', { name: 'Profilering' }).click();
    await page.waitForURL(/[?&]orientation=profiling(&|$)/);
    const tagged = await apiFigures({ yearFrom: 2007, yearTo: 2007, orientations: ['PROFILING'] });
    // EU contacts and meetings carry no tags: left out once a tag filter is set.
    for (const row of tagged) expect(row.euContacts + row.meetingsReported).toBe(0);
    await chartRegion(page)
      .getByText(`Flest har ${tagged[0]?.name} (${tagged[0]?.total})`, { exact: false })
      .waitFor();

    // Reloading shows the same view; Back undoes the last filter.
    await page.reload();
    await waitForHeading(page, TITLE);
    expect(await page.getByRole('checkbox', { name: 'Profilering' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Från år').inputValue()).toBe('2007');
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('orientation'));
  });

  it('switches to money, and the CSV holds exactly the rows and columns the API gives', async () => {
    const { page } = browser;
    await page.goto(browser.url('engagement?from=2006&to=2008'));
    await waitForHeading(page, TITLE);
    await chartRegion(page).getByRole('button', { name: 'Pengar' }).click();
    await page.waitForURL(/[?&]measure=money(&|$)/);
    await page.getByRole('heading', { level: 2, name: 'Pengar per förvaltning' }).waitFor();
    await view(page, 'Tabell');
    await table(page).getByRole('columnheader', { name: labels.budget }).waitFor();
    await expectAccessible(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      chartRegion(page).getByRole('button', { name: 'Exportera CSV' }).click(),
    ]);
    const text = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
    const { data } = Papa.parse<string[]>(text.trim(), { delimiter: ';', skipEmptyLines: true });
    const [header, ...body] = data;
    expect(header).toEqual(['Förvaltning', ...MONEY_SERIES.map((key) => labels[key])]);
    const expected = await apiFigures({ yearFrom: 2006, yearTo: 2008 }, 'money');
    expect(body.map((row) => row[0])).toEqual(
      expected.map((row) => (row.id === NO_UNIT ? 'Utan enhet' : row.name)),
    );
    body.forEach((row, index) => {
      const figures = expected[index];
      expect(row.slice(1).map(Number)).toEqual(MONEY_SERIES.map((key) => figures?.[key]));
    });
    expect(expected.some((row) => row.budget > 0 && row.participationCost > 0)).toBe(true);
  });

  it('a table figure is a link to the list of exactly those records', async () => {
    const { page } = browser;
    await page.goto(browser.url('engagement?from=2007&to=2008'));
    await waitForHeading(page, TITLE);
    await view(page, 'Tabell');
    const expected = await apiFigures({ yearFrom: 2007, yearTo: 2008 });
    const unit = expected.find((row) => row.meetingsReported > 0 && row.id !== NO_UNIT);
    expect(unit).toBeDefined();
    const link = table(page).getByRole('link', {
      name: `${labels.meetingsReported}, ${unit?.name}: ${unit?.meetingsReported}. Öppna posterna`,
    });
    await link.focus();
    await page.keyboard.press('Enter');
    await waitForHeading(page, 'Möten');
    const url = new URL(page.url());
    expect(url.searchParams.get('within')).toBe(unit?.id);
    expect(url.searchParams.get('from')).toBe('2007-01-01');
    expect(url.searchParams.get('to')).toBe('2008-12-31');
    expect(url.searchParams.get('reported')).toBe('true');
    expect(await listMatches(page)).toBe(unit?.meetingsReported);
    // The list's own control shows the unit it is filtered by.
    expect(
      await page
        .getByLabel('Förvaltning (med underenheter)')
        .evaluate((el) => (el as HTMLSelectElement).value),
    ).toBe(unit?.id);
  });

  it('the records no unit holds have their own row, and it opens them', async () => {
    const { page } = browser;
    await page.goto(browser.url('engagement'));
    await waitForHeading(page, TITLE);
    await view(page, 'Tabell');
    const unowned = (await apiFigures({})).find((row) => row.id === NO_UNIT);
    // The annex names no membership's owner.
    expect(unowned?.memberships).toBe(8);
    const row = table(page)
      .getByRole('row')
      .filter({ hasText: /^Utan enhet/ });
    await row
      .getByRole('link', { name: `${labels.memberships}, Utan enhet: 8. Öppna posterna` })
      .click();
    await waitForHeading(page, 'Medlemskap');
    expect(new URL(page.url()).searchParams.get('within')).toBe(NO_UNIT);
    expect(await listMatches(page)).toBe(8);
    expect(
      await page
        .getByLabel('Förvaltning (med underenheter)')
        .evaluate((el) => (el as HTMLSelectElement).value),
    ).toBe(NO_UNIT);
  });

  it('a click on a bar opens the records behind it, as many as the bar shows', async () => {
    const { page } = browser;
    await page.goto(browser.url('engagement?from=2006&to=2008'));
    await waitForHeading(page, TITLE);
    const expected = await apiFigures({ yearFrom: 2006, yearTo: 2008 });
    // Each series draws its bars in the rows' order; the first unit has the most in all.
    const bars = chartRegion(page).locator('.recharts-bar');
    await bars.first().locator('.recharts-bar-rectangle').first().waitFor();
    const series = COUNT_SERIES.findIndex((key) => (expected[0]?.[key] ?? 0) > 0);
    expect(series).toBeGreaterThanOrEqual(0);
    await bars.nth(series).locator('.recharts-bar-rectangle').first().click();
    await page.waitForURL((url) => url.pathname !== '/engagement');
    const url = new URL(page.url());
    const key = seriesOf(url);
    const unit = expected.find((row) => row.id === url.searchParams.get('within'));
    expect(unit).toBeDefined();
    expect(unit?.[key]).toBeGreaterThan(0);
    expect(await listMatches(page)).toBe(unit?.[key]);
  });
});
