import { readFile } from 'node:fs/promises';
import { label, OBLIGATION_STATES } from '@malmo/domain';
import Papa from 'papaparse';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryApi } from './api';
import { type Browser, expectAccessible, openBrowser, waitForHeading } from './browser';

/** The day the demo activity is read on; the overview reads the ledger on it by default. */
const DEMO_DAY = '2008-10-15';
const LEDGER = `Åtaganden per enhet den ${DEMO_DAY}`;

type State = (typeof OBLIGATION_STATES)[number];
interface UnitRow {
  ownerUnit: { id: string; name: string } | null;
  total: number;
  byState: Record<State, number>;
}
interface Overview {
  year: number;
  headline: {
    meetings: number;
    meetingsReported: number;
    participations: number;
    projectsRunning: number;
    memberships: number;
  };
  ledgerByUnit: UnitRow[];
}

/** The overview as the API gives it to the steering group. */
async function apiOverview(variables: { year?: number } = {}): Promise<Overview> {
  const data = await queryApi<{ steeringOverview: Overview }>(
    `query ($asOf: Date, $year: Int) {
       steeringOverview(asOf: $asOf, year: $year) {
         year
         headline { meetings meetingsReported participations projectsRunning memberships }
         ledgerByUnit { ownerUnit { id name } total byState { overdue due fulfilled waived } }
       }
     }`,
    { asOf: DEMO_DAY, ...variables },
    'steering',
  );
  return data.steeringOverview;
}

async function parseCsv(download: Download) {
  const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
  const { data, errors } = Papa.parse<string[]>(csv.trim(), {
    delimiter: ';',
    skipEmptyLines: true,
  });
  expect(errors).toEqual([]);
  return data;
}

const region = (page: Page, name: string | RegExp) => page.getByRole('region', { name });
const number = (value: number) => value.toLocaleString('sv-SE');
/** A headline card: its link reads the figure, then its label. */
const card = (page: Page, year: number, value: number, name: string) =>
  region(page, `Nyckeltal ${year}`).getByRole('link', {
    name: new RegExp(`^${number(value)}\\s*${name}`),
  });
/** The rows of the roll-up as the table and the CSV show them. */
const expectedRows = (rows: UnitRow[]) =>
  rows.map((r) => [
    r.ownerUnit?.name ?? 'Utan ansvarig enhet',
    ...OBLIGATION_STATES.map((s) => String(r.byState[s])),
    String(r.total),
  ]);

describe('Översikt for the steering group', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ as: 'steering' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens on the demo day: the year’s figures, the ledger per unit, demo data marked', async () => {
    const { page } = browser;
    await page.goto(browser.url(''));
    await waitForHeading(page, 'Översikt');
    await page.getByText(/Siffrorna omfattar demodata/).waitFor();
    expect(await page.getByLabel('År för nyckeltalen').inputValue()).toBe('2008');
    expect(await page.getByLabel('Läses per dag').inputValue()).toBe(DEMO_DAY);
    expect(await page.getByLabel('Förra styrgruppsmötet').inputValue()).toBe('2008-07-15');
    const api = await apiOverview();
    expect(api.year).toBe(2008);
    await card(page, 2008, api.headline.meetings, 'Möten\\s*varav').waitFor();
    await card(page, 2008, api.headline.participations, 'Deltaganden i evenemang').waitFor();
    // The worst unit first, in words and as a chart.
    const worst = api.ledgerByUnit[0];
    expect(worst?.byState.overdue).toBeGreaterThan(0);
    const ledger = region(page, LEDGER);
    await ledger.getByText(`Sämst är ${worst?.ownerUnit?.name}`, { exact: false }).waitFor();
    // The chart is drawn once it scrolls into view; its space is kept until then.
    await ledger.locator('figure').scrollIntoViewIfNeeded();
    await ledger.locator('figure svg .recharts-bar-rectangle').first().waitFor();
    for (const name of ['Kommande tidsgränser', 'Avtal som löper ut', /^Ändringar sedan den/]) {
      await region(page, name).waitFor();
    }
    // Counts of changes, but who changed what only in the change log, for administrators.
    await expect
      .poll(() =>
        region(page, /^Ändringar sedan den/)
          .getByText(/ändringar i registret/)
          .count(),
      )
      .toBe(1);
    expect(await page.getByRole('link', { name: /ändringsloggen/ }).count()).toBe(0);
    // The registry's own counts stay, for every role.
    await region(page, 'Registret i siffror').waitFor();
    await expectAccessible(page);
  });

  it('changes the year in the URL, and the figures follow', async () => {
    const { page } = browser;
    const before = await apiOverview({ year: 2008 });
    const after = await apiOverview({ year: 2007 });
    expect(after.headline).not.toEqual(before.headline);
    await page.getByLabel('År för nyckeltalen').fill('2007');
    await page.waitForURL(/[?&]year=2007(&|$)/);
    await card(page, 2007, after.headline.meetings, 'Möten\\s*varav').waitFor();
    // The meetings card opens the meetings of that year.
    const href = await card(page, 2007, after.headline.meetings, 'Möten\\s*varav').getAttribute(
      'href',
    );
    expect(href).toBe('/meetings?from=2007-01-01&to=2007-12-31');
    // Back returns to the year before.
    await page.goBack();
    await card(page, 2008, before.headline.meetings, 'Möten\\s*varav').waitFor();
    expect(await page.getByLabel('År för nyckeltalen').inputValue()).toBe('2008');
  });

  it('shows the roll-up as a table, row for row as the API gives it, axe-clean', async () => {
    const { page } = browser;
    const ledger = region(page, LEDGER);
    await ledger.getByRole('button', { name: 'Tabell' }).click();
    const api = await apiOverview();
    const rows = ledger.getByRole('table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(api.ledgerByUnit.length);
    const shown = await rows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim())),
    );
    expect(shown).toEqual(expectedRows(api.ledgerByUnit));
    await expectAccessible(page);
  });

  it('exports the roll-up’s CSV exactly as the API gives it', async () => {
    const { page } = browser;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      region(page, LEDGER).getByRole('button', { name: 'Exportera CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^ataganden-per-enhet-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...rows] = await parseCsv(download);
    expect(header).toEqual([
      'Enhet',
      ...OBLIGATION_STATES.map((s) => label('sv', 'obligationState', s)),
      'Totalt',
    ]);
    expect(rows).toEqual(expectedRows((await apiOverview()).ledgerByUnit));
  });

  it('a figure in the table opens the ledger for that unit and state', async () => {
    const { page } = browser;
    const worst = (await apiOverview()).ledgerByUnit[0];
    const unit = worst?.ownerUnit;
    if (!worst || !unit) throw new Error('no unit with obligations');
    await region(page, LEDGER)
      .getByRole('link', { name: `${worst.byState.overdue} försenad för ${unit.name}` })
      .click();
    await waitForHeading(page, 'Åtaganden');
    const url = new URL(page.url());
    expect(url.pathname).toBe('/obligations');
    expect(url.searchParams.get('unit')).toBe(unit.id);
    expect(url.searchParams.get('state')).toBe('overdue');
    await page
      .getByRole('status')
      .filter({ hasText: new RegExp(`^${worst.byState.overdue} träff(ar)?$`) })
      .waitFor();
  });

  it('a click on a bar opens the ledger for that unit and state', async () => {
    const { page } = browser;
    await page.goto(browser.url(''));
    await waitForHeading(page, 'Översikt');
    const worst = (await apiOverview()).ledgerByUnit[0];
    await region(page, LEDGER).locator('figure').scrollIntoViewIfNeeded();
    // The first series is "overdue"; its first bar is the worst unit's.
    const bar = region(page, LEDGER)
      .locator('.recharts-bar')
      .first()
      .locator('.recharts-bar-rectangle')
      .first();
    await bar.click();
    await waitForHeading(page, 'Åtaganden');
    const url = new URL(page.url());
    expect(url.searchParams.get('unit')).toBe(worst?.ownerUnit?.id);
    expect(url.searchParams.get('state')).toBe('overdue');
  });

  it('a headline figure opens its list, showing as many records', async () => {
    const { page } = browser;
    await page.goto(browser.url('?year=2007'));
    await waitForHeading(page, 'Översikt');
    const { headline } = await apiOverview({ year: 2007 });
    expect(headline.projectsRunning).toBeGreaterThan(0);
    for (const [value, name, heading] of [
      [headline.projectsRunning, 'Pågående projekt', 'Projekt'],
      [headline.memberships, 'Medlemskap', 'Medlemskap'],
    ] as const) {
      await card(page, 2007, value, name).click();
      await waitForHeading(page, heading);
      await page
        .getByRole('status')
        .filter({ hasText: new RegExp(`^${value} träff(ar)?$`) })
        .waitFor();
      await page.goBack();
      await waitForHeading(page, 'Översikt');
    }
  });
});

describe('Översikt for an administrator', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ as: 'admin' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('links the change log from the last meeting’s day, which only administrators read', async () => {
    const { page } = browser;
    await page.goto(browser.url('?since=2008-06-01'));
    await waitForHeading(page, 'Översikt');
    const link = page.getByRole('link', { name: 'Visa ändringsloggen från den 2008-06-01' });
    await link.click();
    await waitForHeading(page, 'Ändringslogg');
    expect(new URL(page.url()).searchParams.get('from')).toBe('2008-06-01');
  });
});

describe('Översikt for a reader', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ as: 'reader' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the registry’s counts and none of the steering group’s sections', async () => {
    const { page } = browser;
    await page.goto(browser.url(''));
    await waitForHeading(page, 'Översikt');
    const counts = region(page, 'Registret i siffror');
    await counts.getByRole('link', { name: /Medlemskap$/ }).waitFor();
    await expect.poll(() => counts.getByText('…').count()).toBe(0);
    expect(await page.getByLabel('År för nyckeltalen').count()).toBe(0);
    expect(await region(page, /^Nyckeltal/).count()).toBe(0);
    expect(await region(page, /^Åtaganden per enhet/).count()).toBe(0);
    expect(await page.getByText(/Siffrorna omfattar demodata/).count()).toBe(0);
    await expectAccessible(page);
  });
});
