import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, expectAccessible, openBrowser, waitForHeading } from './browser';

describe('Importera CSV (import page)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ as: 'admin' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The registry's event series as the import reads them (the signed-in context's cookie). */
  async function exported(): Promise<string> {
    const response = await browser.page.request.get(browser.url('export/event-series.csv'));
    expect(response.status()).toBe(200);
    return response.text();
  }

  async function chooseFile(name: string, text: string) {
    await browser.page.getByLabel('CSV-fil').setInputFiles({
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from(text, 'utf-8'),
    });
  }

  const report = () => browser.page.getByRole('table', { name: /Provkörning|Resultat/ });

  it('reports a bad file row by row, and offers nothing to apply', async () => {
    const { page } = browser;
    await page.goto(browser.url());
    await page.getByRole('link', { name: 'Importera CSV' }).click();
    await waitForHeading(page, 'Importera CSV');
    await page.getByLabel('Sorts poster').selectOption({ label: 'profileringsarenor' });
    const csv = await exported();
    const [header, first] = csv.split('\r\n');
    await chooseFile('trasig.csv', `${header}\r\n${first}\r\n${first}\r\n;Namnlös;;;\r\n`);
    await page.getByRole('button', { name: 'Provkör' }).click();

    await page.getByRole('heading', { level: 2, name: 'Provkörning' }).waitFor();
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'Filen har fel' }).count())
      .toBe(1);
    const rejected = report().locator('tbody tr', { hasText: 'Avvisad' });
    expect(await rejected.count()).toBe(3);
    expect(await rejected.first().textContent()).toContain('Nyckeln förekommer redan');
    expect(await page.getByRole('button', { name: 'Verkställ importen' }).count()).toBe(0);
    await expectAccessible(page);
  });

  it('imports an edited file after a dry run: the report, then the change itself', async () => {
    const { page } = browser;
    const csv = await exported();
    const edited = csv.replace(
      /^(employment-week;Employment Week;Employment Week;)Bryssel;/m,
      '$1Bryssel, Belgien;',
    );
    expect(edited).not.toBe(csv);
    await chooseFile('arenor.csv', edited);
    await page.getByRole('button', { name: 'Provkör' }).click();

    await page.getByRole('heading', { level: 2, name: 'Provkörning' }).waitFor();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Inga fel' }).count())
      .toBe(1);
    expect(
      await page.getByText('0 nya, 1 ändrade, 4 oförändrade och 0 avvisade rader.').count(),
    ).toBe(1);
    await page.getByLabel('Visa').selectOption('update');
    const rows = report().locator('tbody tr');
    expect(await rows.count()).toBe(1);
    expect((await rows.first().locator('td').allTextContents()).map((text) => text.trim())).toEqual(
      ['2', 'employment-week', 'Ändras', 'place', 'Bryssel → Bryssel, Belgien'],
    );
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Verkställ importen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Resultat' }).waitFor();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Importen är klar' }).textContent())
      .toContain('0 nya och 1 ändrade poster sparades');
    await expectAccessible(page);

    // The registry now says so, and the next export carries it.
    await page.goto(browser.url('event-series?q=employment'));
    await waitForHeading(page, 'Profileringsarenor');
    await page.getByRole('cell', { name: 'Bryssel, Belgien' }).waitFor();
    // The list's "Exportera för import" is the same file, change included.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Exportera för import' }).click(),
    ]);
    expect(await readFile((await download.path()) as string, 'utf-8')).toBe(edited);
    await expectAccessible(page);
  });

  it("offers a unit editor its own unit's projects only", async () => {
    const editor = await openBrowser({ as: 'unit_editor' });
    try {
      const { page } = editor;
      await page.getByRole('link', { name: 'Importera CSV' }).click();
      await waitForHeading(page, 'Importera CSV');
      const kinds = page.getByLabel('Sorts poster').locator('option');
      expect(await kinds.allTextContents()).toEqual(['projekt']);
      await expectAccessible(page);
    } finally {
      await editor.close();
    }
  });
});
