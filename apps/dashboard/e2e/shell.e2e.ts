import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, expectAccessible, openBrowser, waitForHeading } from './browser';

describe('app shell', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ as: 'admin' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('Tab from page load reaches the skip link first, and it moves focus to main', async () => {
    const { page } = browser;
    await page.goto(browser.url('units'));
    await waitForHeading(page, 'Enheter');
    await page.keyboard.press('Tab');
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return { tag: el?.tagName, id: el?.id, text: el?.textContent?.trim() };
      });
    expect(await focused()).toMatchObject({ tag: 'A', text: 'Hoppa till huvudinnehållet' });
    expect(await page.getByRole('link', { name: 'Hoppa till huvudinnehållet' }).isVisible()).toBe(
      true,
    );
    await page.keyboard.press('Enter');
    expect(await focused()).toMatchObject({ tag: 'MAIN', id: 'main' });
    // The next Tab continues inside main, not back in the header.
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.getElementById('main')?.contains(document.activeElement)),
    ).toBe(true);
  });

  it('switches the language to English and back, remembering the choice', async () => {
    const { page } = browser;
    await page.goto(browser.url());
    await waitForHeading(page, 'Översikt');
    const lang = () => page.evaluate(() => document.documentElement.lang);
    expect(await lang()).toBe('sv');
    const swedishNav = page.getByRole('navigation', { name: 'Huvudmeny' });
    expect(await swedishNav.getByRole('link', { name: 'Enheter' }).count()).toBe(1);

    await page.getByRole('button', { name: 'English' }).click();
    const englishNav = page.getByRole('navigation', { name: 'Main menu' });
    await englishNav.getByRole('link', { name: 'Units' }).waitFor();
    expect(await englishNav.getByRole('link', { name: 'Partner cities' }).count()).toBe(1);
    expect(await lang()).toBe('en');
    await waitForHeading(page, 'Overview');
    expect(await page.title()).toBe('Overview – City of Malmö – international work');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe(
      'true',
    );

    await page.reload();
    await waitForHeading(page, 'Overview');
    expect(await lang()).toBe('en');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Svenska' }).click();
    await swedishNav.getByRole('link', { name: 'Enheter' }).waitFor();
    expect(await lang()).toBe('sv');
    await waitForHeading(page, 'Översikt');
  });

  it('the nav marks the current page', async () => {
    const { page } = browser;
    await page.goto(browser.url('organisations?kind=regional_actor'));
    await waitForHeading(page, 'Regional samverkan');
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    expect(
      await nav.getByRole('link', { name: 'Regional samverkan' }).getAttribute('aria-current'),
    ).toBe('page');
    expect(
      await nav.getByRole('link', { name: 'Organisationer' }).getAttribute('aria-current'),
    ).toBeNull();
    await expect
      .poll(() =>
        page.getByRole('table', { name: 'Regional samverkan' }).locator('tbody tr').count(),
      )
      .toBe(8);
    await expectAccessible(page);
  });
});
