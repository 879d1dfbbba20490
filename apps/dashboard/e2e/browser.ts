import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoRole } from './accounts';
import { CHROMIUM_ARGS, chromiumPath } from './env';

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** An absolute URL on the server under test, e.g. `url('memberships?q=baltic')`. */
  url: (path?: string) => string;
  close: () => Promise<void>;
}

/**
 * Debian's Chromium, headless, with a throwaway profile; one per test file. With `as`, signed in
 * through the real form as that demo account; the context keeps the session for every test.
 */
export async function openBrowser(
  options: { as?: DemoRole; baseUrl?: string } = {},
): Promise<Browser> {
  // Another server than the shared one, for a test that needs its own configuration.
  const baseUrl = options.baseUrl ?? inject('baseUrl');
  const profile = mkdtempSync(join(tmpdir(), 'malmo-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  context.setDefaultTimeout(10_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const browser: Browser = {
    context,
    page,
    url: (path = '') => new URL(path, baseUrl).toString(),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  if (options.as) {
    try {
      await signIn(browser, options.as);
    } catch (error) {
      await browser.close();
      throw error;
    }
  }
  return browser;
}

/**
 * Signs in through the sign-in form, as a person would, and waits for the page it leads to (the
 * overview unless the sign-in page was reached on the way to another).
 */
export async function signIn(
  browser: Browser,
  role: DemoRole,
  options: { from?: 'here'; heading?: string | RegExp } = {},
) {
  const { page } = browser;
  if (options.from !== 'here') await page.goto(browser.url('sign-in'));
  await waitForHeading(page, 'Logga in');
  await page.getByLabel('E-postadress').fill(DEMO_ACCOUNTS[role].email);
  await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await waitForHeading(page, options.heading ?? 'Översikt');
}

/** WCAG 2.0/2.1 A and AA: no violations; any found are printed in full. */
export async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const report = violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes
          .map((n) => `  ${n.target.join(' ')}\n    ${n.failureSummary?.replace(/\n/g, '\n    ')}`)
          .join('\n')}`,
    )
    .join('\n\n');
  if (violations.length) console.error(`axe violations on ${page.url()}:\n${report}`);
  expect(violations, report).toEqual([]);
}

/** Waits for the page's one h1 to read `name`. */
export async function waitForHeading(page: Page, name: string | RegExp) {
  await page.getByRole('heading', { level: 1, name }).waitFor();
  expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
}
