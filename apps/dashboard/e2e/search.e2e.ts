import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, expectAccessible, openBrowser, waitForHeading } from './browser';

describe('Sök (the search box in the header)', () => {
  let browser: Browser;
  beforeAll(async () => {
    // Every account searches the registry; a reader is the least of them.
    browser = await openBrowser({ as: 'reader' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const box = () => browser.page.getByRole('combobox', { name: 'Sök i registret' });
  const options = () => browser.page.getByRole('listbox').getByRole('option');

  it('suggests as one types, is chosen with the keyboard, and opens the record', async () => {
    const { page } = browser;
    await page.goto(browser.url());
    await waitForHeading(page, 'Översikt');
    await box().fill('klamm');
    await options().first().waitFor();
    expect(await box().getAttribute('aria-expanded')).toBe('true');
    expect(await options().allTextContents()).toEqual(['Eva KlamméusPerson · Kulturförvaltningen']);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'förslag' }).textContent())
      .toBe('1 förslag. Välj med pil upp och ned, öppna med Enter.');
    await expectAccessible(page);

    await box().press('ArrowDown');
    const active = await box().getAttribute('aria-activedescendant');
    expect(active).toBeTruthy();
    expect(await page.locator(`[id="${active}"]`).getAttribute('aria-selected')).toBe('true');
    await box().press('Enter');
    await page.waitForURL(/\/people\/[^/]+$/);
    await waitForHeading(page, 'Eva Klamméus');
    expect(await box().inputValue()).toBe('');
    await expectAccessible(page);
  });

  it('closes the suggestions with Escape, and Enter on the text lists every result', async () => {
    const { page } = browser;
    await box().fill('forum');
    await options().first().waitFor();
    await box().press('Escape');
    expect(await box().getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('listbox').isHidden()).toBe(true);

    await box().press('Enter');
    await page.waitForURL(/\/search\?q=forum$/);
    await waitForHeading(page, 'Sök');
    const table = page.getByRole('table', { name: 'Sökresultat för ”forum”' });
    await table.waitFor();
    // Each hit a link to its record, best first.
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(1);
    expect(await rows.first().getByRole('rowheader').getByRole('link').textContent()).toMatch(
      /Forum/,
    );
    const kinds = await rows.evaluateAll((trs) =>
      trs.map((tr) => tr.querySelector('td')?.textContent),
    );
    expect(kinds).toContain('Forum');
    await expectAccessible(page);
  });
});
