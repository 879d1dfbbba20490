import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryApi } from './api';
import { type Browser, expectAccessible, openBrowser, waitForHeading } from './browser';

/** The day the demo activity is read on; the ledger opens on it. */
const DEMO_DAY = '2008-10-15';

interface Counts {
  overdue: number;
  due: number;
  fulfilled: number;
  waived: number;
}

async function apiCounts(filter: Record<string, unknown> = {}): Promise<Counts> {
  const data = await queryApi<{ obligationSummary: { byState: Counts } }>(
    `query ($asOf: Date, $filter: ObligationFilter) {
       obligationSummary(asOf: $asOf, filter: $filter) {
         byState { overdue due fulfilled waived }
       }
     }`,
    { asOf: DEMO_DAY, filter },
  );
  return data.obligationSummary.byState;
}

async function apiTotal(filter: Record<string, unknown>): Promise<number> {
  const data = await queryApi<{ obligations: { totalCount: number } }>(
    `query ($asOf: Date, $filter: ObligationFilter) {
       obligations(asOf: $asOf, filter: $filter, first: 1) { totalCount }
     }`,
    { asOf: DEMO_DAY, filter },
  );
  return data.obligations.totalCount;
}

describe('Åtaganden (the obligations ledger)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ as: 'admin' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const table = () => browser.page.getByRole('table', { name: 'Åtaganden' });
  const bodyRows = () => table().locator('tbody').getByRole('row');
  const matches = (count: number) =>
    browser.page.getByRole('status').filter({ hasText: new RegExp(`^${count} träff(ar)?$`) });
  /** The text of each body row's first cell (the state and its action). */
  const states = () =>
    bodyRows().evaluateAll((rows) => rows.map((row) => row.querySelector('td')?.textContent));

  it('opens on the demo day, says so, and shows the counts per state', async () => {
    const { page } = browser;
    await page.goto(browser.url('obligations'));
    await waitForHeading(page, 'Åtaganden');
    expect(await page.title()).toBe('Åtaganden – Malmö stad – internationellt arbete');
    await page
      .getByText(`Registret innehåller demodata; åtagandena läses per ${DEMO_DAY}.`)
      .waitFor();
    expect(
      await page.getByRole('button', { name: /^Visa per i dag \(\d{4}-\d{2}-\d{2}\)$/ }).count(),
    ).toBe(1);
    expect(await page.getByLabel('Läses per dag').inputValue()).toBe(DEMO_DAY);

    const counts = await apiCounts();
    expect(counts.overdue).toBeGreaterThan(0);
    const total = counts.overdue + counts.due + counts.fulfilled + counts.waived;
    await matches(total).waitFor();
    const region = page.getByRole('region', { name: `Per status, ${DEMO_DAY}` });
    for (const [name, count] of [
      ['Försenad', counts.overdue],
      ['Att göra', counts.due],
      ['Uppfylld', counts.fulfilled],
      ['Undantagen', counts.waived],
    ] as const) {
      await expect
        .poll(() => region.getByRole('link', { name: new RegExp(`^${count}\\s*${name}$`) }).count())
        .toBe(1);
    }
    // The API's order: overdue first.
    expect((await states())[0]).toContain('Försenad');
    await expectAccessible(page);
  });

  it('filters by state in the URL: only overdue rows remain', async () => {
    const { page } = browser;
    await page.getByRole('checkbox', { name: 'Försenad' }).click();
    await page.waitForURL(/[?&]state=overdue(&|$)/);
    const { overdue } = await apiCounts();
    await matches(overdue).waitFor();
    const shown = await states();
    expect(shown.length).toBe(Math.min(overdue, 25));
    for (const state of shown) expect(state).toMatch(/^Försenad/);
    // The count for the chosen state is marked as current; the others still count.
    const region = page.getByRole('region', { name: `Per status, ${DEMO_DAY}` });
    expect(await region.getByRole('link', { name: /Försenad$/ }).getAttribute('aria-current')).toBe(
      'true',
    );
    await expectAccessible(page);
  });

  it('waives an overdue duty in an accessible dialog, with the reason checked first', async () => {
    const { page } = browser;
    // The first overdue row; then the same day's duties, all states, so the row stays in view.
    const first = bodyRows().first();
    const subject = (await first.getByRole('rowheader').textContent()) ?? '';
    const due = (await first.locator('td time').first().textContent()) ?? '';
    expect(due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.goto(browser.url(`obligations?dueFrom=${due}&dueTo=${due}`));
    await waitForHeading(page, 'Åtaganden');
    await matches(await apiTotal({ dueFrom: due, dueTo: due })).waitFor();
    const row = bodyRows().filter({ hasText: subject });
    await expect.poll(() => row.count()).toBe(1);
    const waive = row.getByRole('button', { name: /^Undanta:/ });

    // Open, check that focus is inside and stays inside, close with Escape: focus comes back.
    await waive.click();
    const dialog = page.getByRole('dialog', { name: 'Undanta åtagande' });
    await dialog.waitFor();
    const reason = dialog.getByLabel('Skäl till undantaget');
    await expect.poll(() => reason.evaluate((el) => el === document.activeElement)).toBe(true);
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      expect(
        await dialog.evaluate((el) => el.contains(document.activeElement)),
        'focus stays in the dialog',
      ).toBe(true);
    }
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => waive.evaluate((el) => el === document.activeElement)).toBe(true);

    // Too short: the domain's message at the field, the text kept, nothing sent.
    await waive.click();
    await dialog.waitFor();
    await reason.fill('För kort');
    await dialog.getByRole('button', { name: 'Undanta åtagandet' }).click();
    const error = dialog.getByText('Skriv skälet till undantaget (minst 10 tecken).');
    await error.waitFor();
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    const errorId = await error.evaluate((el) => el.closest('[id]')?.id);
    expect((await reason.getAttribute('aria-describedby'))?.split(' ')).toContain(errorId);
    expect(await reason.inputValue()).toBe('För kort');
    await expectAccessible(page);

    // A proper reason: saved, the dialog closes, the row now reads "Undantagen" with the reason.
    const text = 'Forumet lades ned innan mötet skulle rapporteras.';
    await reason.fill(text);
    await dialog.getByRole('button', { name: 'Undanta åtagandet' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('status').filter({ hasText: 'Åtagandet är undantaget' }).waitFor();
    await expect.poll(() => row.locator('td').first().textContent()).toMatch(/^Undantagen/);
    expect(await row.textContent()).toContain(text);
    const revoke = row.getByRole('button', { name: /^Återkalla:/ });
    await expect.poll(() => revoke.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAccessible(page);

    // The waiver is kept by the API.
    const { obligationWaivers } = await queryApi<{
      obligationWaivers: { reason: string; waivedOn: string; revokedOn: string | null }[];
    }>(`{ obligationWaivers { reason waivedOn revokedOn } }`);
    expect(obligationWaivers).toContainEqual(
      expect.objectContaining({ reason: text, waivedOn: DEMO_DAY, revokedOn: null }),
    );
  });

  it('revokes the waiver: the duty is overdue again', async () => {
    const { page } = browser;
    const row = bodyRows().filter({ hasText: 'Forumet lades ned innan mötet skulle rapporteras.' });
    await row.getByRole('button', { name: /^Återkalla:/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Återkalla undantag' });
    await dialog.getByText('Skäl som angavs 2008-10-15: Forumet lades ned').waitFor();
    await dialog.getByRole('button', { name: 'Återkalla undantaget' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('status').filter({ hasText: 'Undantaget är återkallat' }).waitFor();
    await expect.poll(() => row.count()).toBe(0);
  });

  it('exports every matching row as CSV: as many as the API counts', async () => {
    const { page } = browser;
    await page.goto(browser.url('obligations?state=overdue,due'));
    await waitForHeading(page, 'Åtaganden');
    const total = await apiTotal({ states: ['OVERDUE', 'DUE'] });
    expect(total).toBeGreaterThan(25); // more than one page: the export must page through all
    await matches(total).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exportera CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^ataganden-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
    const { data, errors } = Papa.parse<string[]>(csv.trim(), {
      delimiter: ';',
      skipEmptyLines: true,
    });
    expect(errors).toEqual([]);
    const [header, ...rows] = data;
    expect(header?.slice(0, 4)).toEqual(['Status', 'Åtagande', 'Regel', 'Gäller']);
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(['Försenad', 'Att göra']));
    expect(new Set(rows.map((r) => r.at(-1))).size).toBe(total); // one row per obligation key
  });
});
