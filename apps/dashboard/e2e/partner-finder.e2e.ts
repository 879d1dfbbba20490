import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryApi } from './api';
import { type Browser, expectAccessible, openBrowser, waitForHeading } from './browser';
import { downloadCsv } from './dashboards';

const TITLE = 'Hitta partner';

/** The first search's URL: its need and nothing else. */
const FIRST_NEED = (url: URL) =>
  [...url.searchParams].join('&') === 'themes,education,culture&kinds,partner_city';

interface Match {
  rank: number;
  kind: string;
  name: string;
  overlap: { total: number };
  activeTies: number;
  regionalActors: number;
  reasons: string[];
}

async function apiMatches(need: Record<string, unknown>, first = 20): Promise<Match[]> {
  const data = await queryApi<{ partnerMatches: Match[] }>(
    `query ($need: PartnerNeedInput!, $first: Int) {
       partnerMatches(need: $need, first: $first) {
         rank kind name overlap { total } activeTies regionalActors reasons
       }
     }`,
    { need, first },
    'analyst',
  );
  return data.partnerMatches;
}

describe('Hitta partner (R3), as an analyst', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ as: 'analyst' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const results = () => browser.page.getByRole('region', { name: 'Rankade kandidater' });
  const names = () =>
    results()
      .getByRole('table')
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.querySelectorAll('th, td')[1]?.textContent));

  it('asks for the need first, and says at the field that a subject is needed', async () => {
    const { page } = browser;
    await page.goto(browser.url('partner-finder'));
    await waitForHeading(page, TITLE);
    await page.getByText(/^Beskriv behovet ovan/).waitFor();
    await page.getByText(/Registret innehåller demodata: de gemensamma projekten/).waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Sök partner' }).click();
    const message = 'Välj minst ett tema, ett prioriterat område eller en inriktning';
    const error = page.getByText(message, { exact: false });
    await error.waitFor();
    const themes = page.getByRole('group', { name: 'Teman' });
    const first = themes.getByRole('checkbox').first();
    expect(await first.getAttribute('aria-invalid')).toBe('true');
    expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
    const errorId = await error.evaluate((el) => el.closest('[id]')?.id);
    expect((await themes.getAttribute('aria-describedby'))?.split(' ')).toContain(errorId);
    expect(new URL(page.url()).search).toBe('');
    expect(await results().count()).toBe(0);
    await expectAccessible(page);

    // Choosing a theme clears the message.
    await themes.getByRole('checkbox', { name: 'Kultur' }).check();
    await error.waitFor({ state: 'hidden' });
  });

  it('ranks the candidates for the need held in the URL, as the API does', async () => {
    const { page } = browser;
    await page
      .getByRole('group', { name: 'Teman' })
      .getByRole('checkbox', { name: 'Utbildning' })
      .check();
    await page
      .getByRole('group', { name: 'Sök bland' })
      .getByRole('checkbox', { name: 'Partnerstad' })
      .check();
    await page.getByRole('button', { name: 'Sök partner' }).click();
    // Enum order, whatever the order of clicking: one need, one URL.
    await page.waitForURL(FIRST_NEED);
    const expected = await apiMatches({
      themes: ['EDUCATION', 'CULTURE'],
      kinds: ['PARTNER_CITY'],
    });
    expect(expected.length).toBeGreaterThan(4);
    await expect.poll(names).toEqual(expected.map((m) => m.name));
    // Subject first: the four cities whose agreements name both lead.
    expect(
      expected
        .slice(0, 4)
        .map((m) => m.name)
        .sort(),
    ).toEqual(['Newcastle', 'Port Adelaide', 'Tallinn', 'Varna']);
    const top = results().getByRole('table').locator('tbody tr').first();
    expect(await top.textContent()).toContain('Utbildning, Kultur');
    expect(await top.textContent()).toContain('Delar 2 teman');
    await expectAccessible(page);

    // A reload shows the same search.
    await page.reload();
    await waitForHeading(page, TITLE);
    await expect.poll(names).toEqual(expected.map((m) => m.name));
    expect(
      await page
        .getByRole('group', { name: 'Teman' })
        .getByRole('checkbox', { name: 'Kultur' })
        .isChecked(),
    ).toBe(true);
  });

  it('exports the ranking shown, row for row as the API ranks it', async () => {
    const { page } = browser;
    const { filename, rows: csv } = await downloadCsv(
      page,
      results().getByRole('button', { name: 'Exportera CSV' }),
    );
    expect(filename).toMatch(/^partnerkandidater-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...rows] = csv;
    expect(header).toEqual([
      'Rang',
      'Kandidat',
      'Slag',
      'Gemensamt med behovet',
      'Överlappning',
      'Gällande avtal och medlemskap',
      'Öresundsaktörer',
      'Avgjorde ordningen',
      'Varför',
    ]);
    const expected = await apiMatches({
      themes: ['EDUCATION', 'CULTURE'],
      kinds: ['PARTNER_CITY'],
    });
    expect(rows.map((r) => [r[0], r[1], r[2], r[4], r[5], r[6], r[8]])).toEqual(
      expected.map((m) => [
        String(m.rank),
        m.name,
        'Partnerstad',
        String(m.overlap.total),
        String(m.activeTies),
        String(m.regionalActors),
        m.reasons.join('; '),
      ]),
    );
  });

  it('changes the need: the URL and the ranking follow, and Back returns', async () => {
    const { page } = browser;
    const before = await names();
    await page
      .getByRole('group', { name: 'Sök bland' })
      .getByRole('checkbox', { name: 'Partnerstad' })
      .uncheck();
    await page
      .getByRole('group', { name: 'Sök bland' })
      .getByRole('checkbox', { name: 'Organisation' })
      .check();
    await page.getByLabel('Inriktning').selectOption({ label: 'Strategisk påverkan' });
    await page.getByRole('button', { name: 'Sök partner' }).click();
    await page.waitForURL(/orientation=strategic_influence/);
    expect(new URL(page.url()).searchParams.get('kinds')).toBe('organisation');
    const expected = await apiMatches({
      themes: ['EDUCATION', 'CULTURE'],
      orientation: 'STRATEGIC_INFLUENCE',
      kinds: ['ORGANISATION'],
    });
    await expect.poll(names).toEqual(expected.map((m) => m.name));
    expect(expected.map((m) => m.name)).not.toEqual(before);
    await expectAccessible(page);

    await page.goBack();
    await page.waitForURL(FIRST_NEED);
    await expect.poll(names).toEqual(before);
    expect(
      await page
        .getByRole('group', { name: 'Sök bland' })
        .getByRole('checkbox', { name: 'Partnerstad' })
        .isChecked(),
    ).toBe(true);
  });

  it('charts the criteria with a table alternative, and a bar opens its candidate', async () => {
    const { page } = browser;
    const expected = await apiMatches({
      themes: ['EDUCATION', 'CULTURE'],
      kinds: ['PARTNER_CITY'],
    });
    const scores = page.getByRole('region', { name: 'Kandidaternas värden på kriterierna' });
    await scores.locator('figure svg .recharts-bar-rectangle').first().waitFor();
    await expectAccessible(page);
    await scores.getByRole('button', { name: 'Tabell' }).click();
    const rows = await scores
      .getByRole('table')
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim())),
      );
    expect(rows).toEqual(
      expected.map((m) => [
        String(m.rank),
        m.name,
        String(m.overlap.total),
        String(m.activeTies),
        String(m.regionalActors),
      ]),
    );
    await expectAccessible(page);
    await scores.getByRole('button', { name: 'Diagram' }).click();
    // The first series' first bar: the top candidate's overlap.
    await scores
      .locator('.recharts-bar')
      .first()
      .locator('.recharts-bar-rectangle')
      .first()
      .click();
    await waitForHeading(page, expected[0]?.name ?? '');
    await page.goBack();
    await waitForHeading(page, TITLE);
  });

  it('opens a candidate’s own record', async () => {
    const { page } = browser;
    const [first] = await apiMatches({ themes: ['EDUCATION', 'CULTURE'], kinds: ['PARTNER_CITY'] });
    if (!first) throw new Error('there is a candidate');
    await results().getByRole('link', { name: first.name, exact: true }).click();
    await waitForHeading(page, first.name);
    expect(new URL(page.url()).pathname).toMatch(/^\/partner-cities\/[^/]+$/);
    await page.goBack();
    await waitForHeading(page, TITLE);
    await expect.poll(names).toContain(first.name);
  });
  it('reads in English too, the reasons marked as Swedish', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'English' }).click();
    await waitForHeading(page, 'Partner finder');
    const results = page.getByRole('region', { name: 'Ranked candidates' });
    await results.getByRole('columnheader', { name: 'Why (in Swedish)' }).waitFor();
    expect(await results.locator('ul[lang="sv"]').count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Svenska' }).click();
    await waitForHeading(page, TITLE);
  });
});
