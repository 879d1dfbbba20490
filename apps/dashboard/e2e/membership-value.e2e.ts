import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryApi } from './api';
import { type Browser, expectAccessible, openBrowser, waitForHeading } from './browser';
import { bodyRows, downloadCsv, region } from './dashboards';

/** The demo activity is read on 2008-10-15: the page opens on 2008. */
const DEMO_DAY = '2008-10-15';
const TITLE = 'Medlemskapens nytta';
const TABLE = 'Alla medlemskap, 2008';
const CRITERIA = 'De fyra kriterierna sida vid sida, 2008';
const SCATTER = 'Värdeindex mot kostnad, 2008';
const TREND = 'Värdeindex år för år';

interface Row {
  membershipId: string;
  name: string;
  ownerUnit: string | null;
  assessments: number;
  latest: {
    assessedOn: string;
    score: number;
    costSek: number;
    valueForMoney: number | null;
    change: number | null;
  } | null;
}

async function apiComparison(year: number) {
  const data = await queryApi<{ membershipComparison: Row[] }>(
    `query ($year: Int!) { membershipComparison(year: $year) {
      membershipId name ownerUnit assessments
      latest { assessedOn score costSek valueForMoney change } } }`,
    { year },
    'analyst',
  );
  return data.membershipComparison;
}

/** As the page sorts by default: highest index first, the not assessed last, ties by name. */
function byIndex(rows: Row[]) {
  return [...rows].sort(
    (a, b) =>
      (b.latest?.score ?? -1) - (a.latest?.score ?? -1) || a.name.localeCompare(b.name, 'sv'),
  );
}

/** The CSV's number in the reader's form: the writer prefixes a minus with ' (formula guard). */
const cell = (value: string) => value.replace(/^'/, '');

describe('Medlemskapens nytta (R8), as an analyst', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ as: 'analyst' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens on the demo year, says the figures are demo data, and lists every membership', async () => {
    const { page } = browser;
    await page.goto(browser.url('membership-value'));
    await waitForHeading(page, TITLE);
    expect(await page.title()).toBe(`${TITLE} – Malmö stad – internationellt arbete`);
    await page
      .getByText(`Värderingarna är demodata, skapade för att läsas per ${DEMO_DAY}.`)
      .waitFor();
    const api = byIndex(await apiComparison(2008));
    await expect.poll(() => bodyRows(page, TABLE).count()).toBe(api.length);
    expect(await bodyRows(page, TABLE).first().getByRole('rowheader').textContent()).toContain(
      api[0]?.name,
    );
    // Every chart drawn, each with its words.
    for (const name of [CRITERIA, SCATTER, TREND]) {
      await region(page, name).locator('figure svg').first().waitFor();
    }
    await expectAccessible(page);
  });

  it('exports the table as CSV, row for row as the API gives it', async () => {
    const { page } = browser;
    const { filename, rows } = await downloadCsv(
      page,
      region(page, TABLE).getByRole('button', { name: 'Exportera CSV' }),
    );
    expect(filename).toMatch(/^medlemskapens-nytta-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...body] = rows;
    expect(header).toEqual([
      'Medlemskap',
      'Ägare',
      'Värdeindex (0–100)',
      'Förändring',
      'Kostnad (kr)',
      'Poäng per 100 000 kr',
      'Senast värderat',
      'Värderingar',
    ]);
    const api = byIndex(await apiComparison(2008));
    expect(body.map((r) => r.map(cell))).toEqual(
      api.map((r) => [
        r.name,
        r.ownerUnit ?? '',
        r.latest ? String(r.latest.score) : 'ej värderad',
        r.latest?.change == null ? '' : String(r.latest.change),
        r.latest ? String(r.latest.costSek) : '',
        r.latest
          ? r.latest.valueForMoney == null
            ? 'kostnadsfritt'
            : String(r.latest.valueForMoney)
          : '',
        r.latest?.assessedOn ?? '',
        String(r.assessments),
      ]),
    );
  });

  it('sorts the table by cost, kept in the URL', async () => {
    const { page } = browser;
    await region(page, TABLE)
      .getByRole('button', { name: /^Kostnad \(kr\)/ })
      .click();
    await page.waitForURL(/[?&]sort=cost&dir=asc(&|$)/);
    const cheapest = (await apiComparison(2008))
      .filter((r) => r.latest)
      .sort((a, b) => (a.latest?.costSek ?? 0) - (b.latest?.costSek ?? 0))[0];
    await expect
      .poll(() => bodyRows(page, TABLE).first().getByRole('rowheader').textContent())
      .toContain(cheapest?.name);
    expect(
      await region(page, TABLE)
        .getByRole('columnheader', { name: /^Kostnad/ })
        .getAttribute('aria-sort'),
    ).toBe('ascending');
  });

  it('compares the memberships chosen: the URL holds them and every chart follows', async () => {
    const { page } = browser;
    await page.goto(browser.url('membership-value'));
    await waitForHeading(page, TITLE);
    const api = await apiComparison(2008);
    const assessed = api.filter((r) => r.latest);
    expect(assessed.length).toBeGreaterThan(3);
    const criteria = region(page, CRITERIA);
    await criteria.getByRole('button', { name: 'Tabell' }).click();
    await expect.poll(() => bodyRows(page, CRITERIA).count()).toBe(assessed.length);

    // Leave two out: the other memberships stay compared.
    const [first, second] = assessed;
    for (const left of [first, second]) {
      // A click, not uncheck(): the box follows the URL, which changes a moment after.
      const box = page.getByRole('checkbox', { name: left?.name, exact: true });
      await box.click();
      await expect.poll(() => box.isChecked()).toBe(false);
    }
    await page.waitForURL(
      (url) => url.searchParams.get('ids')?.split(',').length === api.length - 2,
    );
    const ids = new URL(page.url()).searchParams.get('ids')?.split(',') ?? [];
    expect(ids).not.toContain(first?.membershipId);
    await expect.poll(() => bodyRows(page, CRITERIA).count()).toBe(assessed.length - 2);
    const names = await bodyRows(page, CRITERIA).getByRole('rowheader').allTextContents();
    expect(names.some((n) => n.includes(first?.name ?? '?'))).toBe(false);

    // The trend's table has one column per compared membership (and the year).
    const trend = region(page, TREND);
    await trend.getByRole('button', { name: 'Tabell' }).click();
    await expect.poll(() => trend.getByRole('columnheader').count()).toBe(1 + assessed.length - 2);

    // "Jämför alla" drops the choice from the URL again.
    await page.getByRole('button', { name: 'Jämför alla' }).click();
    await page.waitForURL((url) => !url.searchParams.has('ids'));
    await expect.poll(() => bodyRows(page, CRITERIA).count()).toBe(assessed.length);
  });

  it('shows a membership not yet assessed as "ej värderad", not as 0', async () => {
    const { page } = browser;
    // The demo's assessments begin in 2006: as of 2005 none is assessed.
    await page.getByLabel('Värderingar till och med år').fill('2005');
    await page.waitForURL(/[?&]year=2005(&|$)/);
    const table = 'Alla medlemskap, 2005';
    const api = await apiComparison(2005);
    expect(api.every((r) => r.latest === null)).toBe(true);
    await expect.poll(() => bodyRows(page, table).count()).toBe(api.length);
    const index = await bodyRows(page, table).locator('td:nth-child(3)').allTextContents();
    expect(index).toEqual(api.map(() => 'ej värderad'));
    await region(page, 'Värdeindex mot kostnad, 2005')
      .getByText('Inga uppgifter för det här urvalet.')
      .waitFor();
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('year'));
    await expect.poll(() => bodyRows(page, TABLE).count()).toBe(api.length);
  });

  it('a point of the scatter opens that membership’s assessments', async () => {
    const { page } = browser;
    await page.goto(browser.url('membership-value'));
    await waitForHeading(page, TITLE);
    const point = region(page, SCATTER).locator('.recharts-scatter-symbol').first();
    await point.click();
    await waitForHeading(page, 'Medlemskapsvärderingar');
    const url = new URL(page.url());
    const membershipId = url.searchParams.get('membership');
    expect(url.pathname).toBe('/membership-assessments');
    expect(url.searchParams.get('to')).toBe('2008-12-31');
    const api = await apiComparison(2008);
    const row = api.find((r) => r.membershipId === membershipId);
    expect(row?.latest).not.toBeNull();
    await page
      .getByRole('status')
      .filter({ hasText: new RegExp(`^${row?.assessments} träff(ar)?$`) })
      .waitFor();
  });

  it('a table link, reached by keyboard, opens the assessments too', async () => {
    const { page } = browser;
    await page.goto(browser.url('membership-value'));
    await waitForHeading(page, TITLE);
    const top = byIndex(await apiComparison(2008))[0];
    const link = region(page, TABLE).getByRole('link', { name: `Värderingar av ${top?.name}` });
    await link.focus();
    await page.keyboard.press('Enter');
    await waitForHeading(page, 'Medlemskapsvärderingar');
    expect(new URL(page.url()).searchParams.get('membership')).toBe(top?.membershipId);
    await page
      .getByRole('status')
      .filter({ hasText: new RegExp(`^${top?.assessments} träff(ar)?$`) })
      .waitFor();
  });

  it('has no axe violations in table view', async () => {
    const { page } = browser;
    await page.goto(browser.url('membership-value'));
    await waitForHeading(page, TITLE);
    for (const name of [CRITERIA, SCATTER, TREND]) {
      await region(page, name).getByRole('button', { name: 'Tabell' }).click();
      await region(page, name).getByRole('table').waitFor();
    }
    await expectAccessible(page);
  });
});
