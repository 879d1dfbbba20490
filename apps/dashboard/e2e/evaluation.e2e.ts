import { label, type ObligationKind } from '@malmo/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryApi } from './api';
import { type Browser, expectAccessible, openBrowser, waitForHeading } from './browser';
import { downloadCsv } from './dashboards';

/** The day the demo activity is read on; the evaluation reads the ledger on it. */
const DEMO_DAY = '2008-10-15';
const TITLE = 'Underlag för utvärdering av strategin';
const RULES = 'Per regel: åtagandena under perioden';

interface RuleRow {
  rule: string;
  kind: string;
  total: number;
  fulfilled: number;
  overdue: number;
  due: number;
  waived: number;
}

async function apiRules(from: number, to: number): Promise<RuleRow[]> {
  const data = await queryApi<{ strategyEvaluation: { byRule: RuleRow[] } }>(
    `query ($from: Int, $to: Int, $asOf: Date) {
       strategyEvaluation(from: $from, to: $to, asOf: $asOf) {
         byRule { rule kind total fulfilled overdue due waived }
       }
     }`,
    { from, to, asOf: DEMO_DAY },
    'analyst',
  );
  return data.strategyEvaluation.byRule;
}

const section = (page: Page, name: string) => page.getByRole('region', { name });

describe('Underlag för utvärdering av strategin (R12), as an analyst', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ as: 'analyst' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens on 2006 to the ledger day, states the period and day, and is axe-clean', async () => {
    const { page } = browser;
    await page.goto(browser.url('strategy-evaluation'));
    await waitForHeading(page, TITLE);
    await page
      .getByText(/^Period 2006–2008 · åtagandena lästa per 2008-10-15 · enhet: alla enheter/)
      .waitFor();
    expect(await page.getByLabel('Från år').inputValue()).toBe('2006');
    expect(await page.getByLabel('Till år').inputValue()).toBe('2008');
    await page.getByText(/Registret innehåller demodata: siffrorna/).waitFor();
    // Per orientation: a table only; the three orientations and the untagged.
    const orientation = section(page, 'Engagemang per inriktning (R1)').getByRole('table');
    await orientation.waitFor();
    const names = await orientation
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.querySelector('th, td')?.textContent));
    expect(names).toEqual([
      'Verksamhetsutveckling',
      'Strategisk påverkan',
      'Profilering',
      'Utan inriktning',
    ]);
    // Chart view first for the rules and the cost.
    await section(page, RULES).locator('figure svg').first().waitFor();
    await expectAccessible(page);
  });

  it('opens an orientation’s projects in the projects list, as many as it counts', async () => {
    const { page } = browser;
    const data = await queryApi<{
      strategyEvaluation: { byOrientation: { orientation: string | null; projects: number }[] };
    }>(
      `{ strategyEvaluation(from: 2006, to: 2008, asOf: "${DEMO_DAY}") {
          byOrientation { orientation projects } } }`,
      {},
      'analyst',
    );
    const profiling = data.strategyEvaluation.byOrientation.find(
      (r) => r.orientation === 'PROFILING',
    );
    expect(profiling?.projects).toBeGreaterThan(0);
    const count = profiling?.projects ?? 0;
    await section(page, 'Engagemang per inriktning (R1)')
      .getByRole('link', { name: `${count} projekt, Profilering` })
      .click();
    await waitForHeading(page, 'Projekt');
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({
      from: '2006',
      to: '2008',
      orientation: 'profiling',
    });
    await page
      .getByRole('status')
      .filter({ hasText: new RegExp(`^${count} träff(ar)?$`) })
      .waitFor();
    await page.goBack();
    await waitForHeading(page, TITLE);
  });

  it('shows the per-rule table as the API counts it, and is axe-clean in table view', async () => {
    const { page } = browser;
    const rules = section(page, RULES);
    await rules.getByRole('button', { name: 'Tabell' }).click();
    const rows = rules.getByRole('table').locator('tbody tr');
    const expected = await apiRules(2006, 2008);
    await expect.poll(() => rows.count()).toBe(expected.length);
    const shown = await rows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim())),
    );
    expect(shown).toEqual(
      expected.map((r) => [
        r.rule,
        label('sv', 'obligationKind', r.kind.toLowerCase() as ObligationKind),
        ...[r.total, r.fulfilled, r.overdue, r.due, r.waived].map(String),
      ]),
    );
    await section(page, 'Kostnad per år').getByRole('button', { name: 'Tabell' }).click();
    await expectAccessible(page);
  });

  it('exports the per-rule rows exactly as the API gives them', async () => {
    const { page } = browser;
    const { filename, rows: csv } = await downloadCsv(
      page,
      section(page, RULES).getByRole('button', { name: 'Exportera CSV' }),
    );
    expect(filename).toMatch(/^utvardering-per-regel-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...rows] = csv;
    expect(header).toEqual([
      'Regel',
      'Åtagande',
      'Totalt',
      'Uppfyllda',
      'Försenade',
      'Att göra',
      'Undantagna',
    ]);
    const expected = await apiRules(2006, 2008);
    expect(rows).toEqual(
      expected.map((r) => [
        r.rule,
        label('sv', 'obligationKind', r.kind.toLowerCase() as ObligationKind),
        ...[r.total, r.fulfilled, r.overdue, r.due, r.waived].map(String),
      ]),
    );
  });

  it('narrows the period in the URL, and the figures follow', async () => {
    const { page } = browser;
    const before = await apiRules(2006, 2008);
    const after = await apiRules(2006, 2007);
    const total = (rows: RuleRow[]) => rows.reduce((s, r) => s + r.total, 0);
    expect(total(after)).toBeLessThan(total(before));
    const to = page.getByLabel('Till år');
    await to.fill('2007');
    await page.waitForURL(/[?&]to=2007(&|$)/);
    await page.getByText(/^Period 2006–2007 · åtagandena lästa per 2007-12-31/).waitFor();
    const summary = section(page, RULES).getByText(/åtaganden? med förfallodag under perioden/);
    await expect.poll(() => summary.textContent()).toMatch(new RegExp(`^${total(after)} `));
    // A first year after the last: said plainly, nothing asked of the API.
    await page.getByLabel('Från år').fill('2009');
    await page
      .getByText('Det första året kan inte komma efter det sista.', { exact: false })
      .waitFor();
    await page.goBack();
    await page.getByText(/^Period 2006–2007/).waitFor();
  });

  it('follows a count to the duties behind it', async () => {
    const { page } = browser;
    const rows = await apiRules(2006, 2007);
    const row = rows.find((r) => r.overdue > 0);
    if (!row) throw new Error('the demo has overdue duties in 2006–2007');
    const kind = label('sv', 'obligationKind', row.kind.toLowerCase() as ObligationKind);
    await section(page, RULES).getByRole('button', { name: 'Tabell' }).click();
    await section(page, RULES)
      .getByRole('link', { name: `${row.overdue} försenade: ${kind}` })
      .click();
    await waitForHeading(page, 'Åtaganden');
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      asOf: '2007-12-31',
      kind: row.kind.toLowerCase(),
      state: 'overdue',
      dueFrom: '2006-01-01',
      dueTo: '2007-12-31',
    });
    await page
      .getByRole('status')
      .filter({ hasText: new RegExp(`^${row.overdue} träff(ar)?$`) })
      .waitFor();
    await page.goBack();
    await waitForHeading(page, TITLE);
  });

  it('prints the tables, not the charts or the controls, and makes a PDF of several pages', async () => {
    const { page } = browser;
    await page.goto(browser.url('strategy-evaluation'));
    await waitForHeading(page, TITLE);
    // Chart view on screen.
    await section(page, RULES).locator('figure svg').first().waitFor();
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await page.getByRole('button', { name: 'Skriv ut' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation').first().isVisible()).toBe(false);
    expect(await page.getByRole('search', { name: 'Urval' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Skriv ut' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Exportera CSV' }).first().isVisible()).toBe(
      false,
    );
    for (const name of [
      'Engagemang per inriktning (R1)',
      'Pengar per inriktning (R1)',
      RULES,
      'Kostnad per år',
    ]) {
      expect(await section(page, name).getByRole('table').isVisible(), name).toBe(true);
    }
    expect(await section(page, RULES).locator('figure').isVisible()).toBe(false);
    expect(
      await page.getByText(/^Period 2006–2008 · .* · utskriven \d{4}-\d{2}-\d{2}$/).isVisible(),
    ).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    // Each of the three sections starts a page.
    expect(pages).toBeGreaterThanOrEqual(3);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.getByRole('navigation').first().isVisible()).toBe(true);
  });
});

describe('Underlag för utvärdering av strategin, as the steering group', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ as: 'steering' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens the report for one unit from the URL, axe-clean', async () => {
    const { page } = browser;
    const units = await queryApi<{ units: { edges: { node: { id: string; name: string } }[] } }>(
      'query ($first: Int = 500) { units(first: $first) { edges { node { id name } } } }',
    );
    const unit = units.units.edges.find((e) => e.node.name === 'Stadskontoret')?.node;
    if (!unit) throw new Error('Stadskontoret is in the annex');
    await page.goto(browser.url(`strategy-evaluation?unit=${encodeURIComponent(unit.id)}`));
    await waitForHeading(page, TITLE);
    await page.getByText(/enhet: Stadskontoret/).waitFor();
    // In English as well.
    await page.getByRole('button', { name: 'English' }).click();
    await waitForHeading(page, "Evidence for the strategy's evaluation");
    await page
      .getByText(/^Period 2006–2008 · duties read on 2008-10-15 · unit: Stadskontoret/)
      .waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Svenska' }).click();
    await waitForHeading(page, TITLE);
    await section(page, 'Engagemang per inriktning (R1)')
      .getByText('Avtalen är stadens, inte en enhets', { exact: false })
      .waitFor();
    await expectAccessible(page);
  });
});
