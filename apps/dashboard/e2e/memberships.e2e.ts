import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, expectAccessible, openBrowser, waitForHeading } from './browser';

const ANNEX_MEMBERSHIPS: [string, number][] = [
  ['European Cities Against Drugs', 1994],
  ['Eurocities', 1997],
  ['Union of Baltic Cities', 1997],
  ['International Council for Local Environmental Initiatives', 1998],
  ['Baltic Metropolises', 2002],
  ['Energie-Cités', 2002],
  ['Healthy Cities', 2003],
  ['Baltic Development Forum', 2004],
];

describe('Medlemskap (memberships list)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ as: 'admin' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const table = () => browser.page.getByRole('table', { name: 'Medlemskap' });
  const bodyRows = () => table().locator('tbody').getByRole('row');

  /** Each body row's organisation and join year, in table order. */
  async function rowsShown(): Promise<[string, number][]> {
    return bodyRows().evaluateAll((rows) =>
      rows.map((row) => {
        const cells = [...row.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '');
        return [cells[0] ?? '', Number(cells[1])] as [string, number];
      }),
    );
  }

  it('shows all 8 memberships with their join years, sorted by year', async () => {
    const { page } = browser;
    await page.goto(browser.url('memberships'));
    await waitForHeading(page, 'Medlemskap');
    await expect.poll(() => bodyRows().count()).toBe(8);

    const shown = await rowsShown();
    expect(shown.map(([, year]) => year)).toEqual(ANNEX_MEMBERSHIPS.map(([, year]) => year));
    expect(new Map(shown)).toEqual(new Map(ANNEX_MEMBERSHIPS));
    expect(
      await table().getByRole('columnheader', { name: 'Medlem sedan' }).getAttribute('aria-sort'),
    ).toBe('ascending');
    expect(await page.getByRole('status').filter({ hasText: 'träffar' }).textContent()).toBe(
      '8 träffar',
    );
    await expectAccessible(page);
  });

  it('sorts by a column header and keeps the order in the URL', async () => {
    const { page } = browser;
    await table().getByRole('button', { name: 'Medlem sedan' }).click();
    await page.waitForURL(/dir=desc/);
    const header = table().getByRole('columnheader', { name: 'Medlem sedan' });
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    await expect
      .poll(async () => (await rowsShown())[0])
      .toEqual(['Baltic Development Forum', 2004]);
  });

  it('narrows the list by search, and the search survives a reload', async () => {
    const { page } = browser;
    await page.goto(browser.url('memberships'));
    await waitForHeading(page, 'Medlemskap');
    await page.getByLabel('Sök', { exact: true }).fill('baltic');
    await page.waitForURL(/[?&]q=baltic/);
    const expected = ['Union of Baltic Cities', 'Baltic Metropolises', 'Baltic Development Forum'];
    await expect.poll(async () => (await rowsShown()).map(([name]) => name)).toEqual(expected);

    await page.reload();
    await waitForHeading(page, 'Medlemskap');
    expect(await page.getByLabel('Sök', { exact: true }).inputValue()).toBe('baltic');
    await expect.poll(async () => (await rowsShown()).map(([name]) => name)).toEqual(expected);
    await expectAccessible(page);
  });

  it('exports every membership as CSV', async () => {
    const { page } = browser;
    await page.goto(browser.url('memberships'));
    await waitForHeading(page, 'Medlemskap');
    await expect.poll(() => bodyRows().count()).toBe(8);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exportera CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^medlemskap-\d{4}-\d{2}-\d{2}\.csv$/);
    const path = await download.path();
    const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
    const { data, errors } = Papa.parse<string[]>(text.trim(), {
      delimiter: ';',
      skipEmptyLines: true,
    });
    expect(errors).toEqual([]);
    const [header, ...rows] = data;
    expect(header).toEqual(['Organisation', 'Medlem sedan', 'Ansvarig enhet']);
    expect(rows).toHaveLength(8);
    expect(rows.map((row) => [row[0], Number(row[1])])).toEqual(ANNEX_MEMBERSHIPS);
  });
});
