import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, type DemoRole } from './accounts';
import { queryApi } from './api';
import { type Browser, expectAccessible, openBrowser, waitForHeading } from './browser';

/** Projects that can still change state (not closed), with their owner unit. */
async function openProjects() {
  const { projects } = await queryApi<{
    projects: {
      edges: { node: { id: string; title: string; ownerUnit: { name: string } | null } }[];
    };
  }>(`query ($first: Int = 100) {
    projects(first: $first, filter: { states: [IDEA, PREPARING_APPLICATION, SUBMITTED, GRANTED, REJECTED, RUNNING] }) {
      edges { node { id title ownerUnit { name } } }
    }
  }`);
  const all = projects.edges.map((edge) => edge.node);
  const fosie = all.find((p) => p.ownerUnit?.name === 'SDF Fosie');
  const other = all.find((p) => p.ownerUnit && p.ownerUnit.name !== 'SDF Fosie');
  if (!fosie || !other)
    throw new Error('The demo data has no open project of SDF Fosie and another unit');
  return { fosie, other };
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Huvudmeny' });
/** The follow-up group of the navigation, found by its first link. */
const ledgerLink = (page: Page) => nav(page).getByRole('link', { name: 'Åtaganden', exact: true });
const supportSection = (page: Page) =>
  page.getByRole('heading', { level: 2, name: /^Stöd från Stadskontoret/ });
const waiveButtons = (page: Page) => page.getByRole('button', { name: /^(Undanta|Återkalla):/ });

async function openLedger(page: Page, url: (path: string) => string) {
  await page.goto(url('obligations'));
  await waitForHeading(page, 'Åtaganden');
  const rows = page.getByRole('table', { name: 'Åtaganden' }).locator('tbody tr');
  await expect.poll(() => rows.count()).toBeGreaterThan(0);
  return rows;
}

/** Opens a project's page; whether it offers "Byt status". */
async function offersTransition(browser: Browser, project: { id: string; title: string }) {
  const { page } = browser;
  await page.goto(browser.url(`projects/${encodeURIComponent(project.id)}`));
  await waitForHeading(page, project.title);
  // The facts have loaded; the state always shows.
  await page.locator('dt', { hasText: /^Status$/ }).waitFor();
  const button = page.getByRole('button', { name: 'Byt status' });
  const section = page.getByRole('heading', { name: 'Byt status' });
  expect(await section.count()).toBe(await button.count());
  return (await button.count()) === 1;
}

function describeRole(role: DemoRole, tests: (browser: () => Browser) => void) {
  describe(`signed in as ${role} (${DEMO_ACCOUNTS[role].email})`, () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await openBrowser({ as: role });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('the header names the account and its role', async () => {
      const header = browser.page.getByRole('banner');
      await header.getByRole('button', { name: 'Logga ut' }).waitFor();
      const text = await header.textContent();
      expect(text).toContain(DEMO_ACCOUNTS[role].name);
      expect(text).toContain(DEMO_ACCOUNTS[role].role);
    });

    tests(() => browser);
  });
}

describeRole('admin', (browser) => {
  it('sees the follow-up group and may waive obligations', async () => {
    const { page, url } = browser();
    expect(await nav(page).getByText('Uppföljning', { exact: true }).count()).toBe(1);
    expect(await ledgerLink(page).count()).toBe(1);
    await openLedger(page, url);
    await expect
      .poll(() => page.getByRole('button', { name: /^Undanta:/ }).count())
      .toBeGreaterThan(0);
  });

  it('may change the state of any unit’s project', async () => {
    const { fosie, other } = await openProjects();
    expect(await offersTransition(browser(), fosie)).toBe(true);
    expect(await offersTransition(browser(), other)).toBe(true);
  });
});

for (const role of ['analyst', 'steering'] as const) {
  describeRole(role, (browser) => {
    it('reads the ledger, without waiving', async () => {
      const { page, url } = browser();
      expect(await ledgerLink(page).count()).toBe(1);
      const rows = await openLedger(page, url);
      // Open and waived duties are listed; none offers an action.
      expect(await rows.filter({ hasText: 'Försenad' }).count()).toBeGreaterThan(0);
      expect(await waiveButtons(page).count()).toBe(0);
      await expectAccessible(page);
    });

    it('changes no project’s state', async () => {
      const { fosie, other } = await openProjects();
      expect(await offersTransition(browser(), fosie)).toBe(false);
      expect(await offersTransition(browser(), other)).toBe(false);
    });
  });
}

describeRole('unit_editor', (browser) => {
  it('may change the state of SDF Fosie’s project, not another unit’s', async () => {
    const { fosie, other } = await openProjects();
    expect(await offersTransition(browser(), fosie)).toBe(true);
    // Support requests are follow-up records: shown to every role but the reader.
    expect(await supportSection(browser().page).count()).toBe(1);
    await expectAccessible(browser().page);
    expect(await offersTransition(browser(), other)).toBe(false);
  });

  it('reads the ledger, without waiving', async () => {
    const { page, url } = browser();
    await openLedger(page, url);
    expect(await waiveButtons(page).count()).toBe(0);
  });
});

describeRole('reader', (browser) => {
  it('does not see the follow-up group', async () => {
    const { page, url } = browser();
    await page.goto(url(''));
    await waitForHeading(page, 'Översikt');
    await nav(page).getByRole('link', { name: 'Enheter' }).waitFor();
    expect(await nav(page).getByText('Uppföljning', { exact: true }).count()).toBe(0);
    expect(await ledgerLink(page).count()).toBe(0);
  });

  it('a follow-up page says "Du har inte behörighet"', async () => {
    const { page, url } = browser();
    for (const path of ['obligations', 'operational-plans?year=2008', 'training-sessions']) {
      await page.goto(url(path));
      await waitForHeading(page, 'Du har inte behörighet');
      expect(await page.title()).toBe(
        'Du har inte behörighet – Malmö stad – internationellt arbete',
      );
      expect(await page.getByText(/din roll \(Läsare\)/).count()).toBe(1);
    }
    await expectAccessible(page);
  });

  it('reads a project, without its follow-up records or "Byt status"', async () => {
    const { fosie } = await openProjects();
    expect(await offersTransition(browser(), fosie)).toBe(false);
    const { page } = browser();
    expect(await supportSection(page).count()).toBe(0);
    await expectAccessible(page);
  });
});
