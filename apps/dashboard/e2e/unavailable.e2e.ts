import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts';
import { type Browser, expectAccessible, openBrowser, waitForHeading } from './browser';

/** From now on every GraphQL request gets the API's answer while PostgreSQL is away. */
function databaseAway(page: Page) {
  return page.route('**/graphql', (route) =>
    route.fulfill({
      status: 503,
      headers: { 'content-type': 'application/graphql-response+json', 'retry-after': '5' },
      body: JSON.stringify({
        errors: [
          {
            message: 'Databasen går inte att nå för tillfället. Försök igen om en liten stund.',
            extensions: { code: 'DATABASE_UNAVAILABLE' },
          },
        ],
      }),
    }),
  );
}

/**
 * While the database is away the API answers 503 with the code DATABASE_UNAVAILABLE (proven
 * against a real PostgreSQL restart in apps/api/resilience). The dashboard says so, in Swedish
 * and English, as an alert, and loads again on request once the API answers.
 */
describe('database unavailable', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ as: 'admin' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says the database is away for a moment, accessibly, and loads again on request', async () => {
    const { page } = browser;
    await page.goto(browser.url('units'));
    await waitForHeading(page, 'Enheter');
    await databaseAway(page);
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await nav.getByRole('link', { name: 'Organisationer' }).click();
    await waitForHeading(page, 'Organisationer');
    const alert = page.getByRole('alert').filter({ hasText: 'Databasen' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Databasen går inte att nå för tillfället');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'English' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'The database cannot be reached at the moment' })
      .waitFor();
    await page.getByRole('button', { name: 'Svenska' }).click();

    // PostgreSQL is back: trying again loads the list, and the notice is gone.
    await page.unroute('**/graphql');
    await page.getByRole('button', { name: 'Försök igen' }).click();
    await expect
      .poll(() => page.getByRole('table', { name: 'Organisationer' }).locator('tbody tr').count())
      .toBeGreaterThan(0);
    expect(await page.getByRole('alert').filter({ hasText: 'Databasen' }).count()).toBe(0);
  });

  it('says so when signing in meets it, instead of a failed sign-in', async () => {
    const anonymous = await openBrowser();
    try {
      const { page } = anonymous;
      await page.goto(anonymous.url('sign-in'));
      await waitForHeading(page, 'Logga in');
      await databaseAway(page);
      await page.getByLabel('E-postadress').fill(DEMO_ACCOUNTS.admin.email);
      await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Logga in' }).click();
      await page
        .getByRole('alert')
        .filter({ hasText: 'Databasen går inte att nå för tillfället' })
        .waitFor();
      await expectAccessible(page);
    } finally {
      await anonymous.close();
    }
  });
});
