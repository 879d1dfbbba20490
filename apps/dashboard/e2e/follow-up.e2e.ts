import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryApi, totalCount } from './api';
import { type Browser, expectAccessible, openBrowser, waitForHeading } from './browser';

describe('the follow-up lists and the project page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ as: 'admin' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('every follow-up list shows the API’s count, marks demo rows and explains the mark', async () => {
    const { page } = browser;
    const lists: [path: string, title: string, field: string][] = [
      ['operational-plans', 'Verksamhetsplaner', 'operationalPlans'],
      ['projects', 'Projekt', 'projects'],
      ['meetings', 'Möten', 'meetings'],
      ['secondments', 'Utstationeringar', 'secondments'],
      ['membership-assessments', 'Medlemskapsvärderingar', 'membershipAssessments'],
      ['event-participations', 'Deltaganden i evenemang', 'participations'],
      ['legislation-watch', 'Omvärldsbevakning EU-lagstiftning', 'legislationWatches'],
      ['training-sessions', 'Utbildningar', 'trainingSessions'],
    ];
    for (const [path, title, field] of lists) {
      const count = await totalCount(field);
      expect(count, field).toBeGreaterThan(0);
      await page.goto(browser.url(path));
      await waitForHeading(page, title);
      await page
        .getByRole('status')
        .filter({ hasText: new RegExp(`^${count} träff(ar)?$`) })
        .waitFor();
      const table = page.getByRole('table', { name: title });
      expect(await table.count()).toBe(1);
      // Demo rows carry the word, and the legend says what it means.
      expect(await table.getByText('Demo', { exact: true }).count(), path).toBeGreaterThan(0);
      expect(
        await page.getByText('Skapad av demogeneratorn, inte en verklig uppgift.').count(),
      ).toBe(1);
      const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
      expect(
        await nav.getByRole('link', { name: title, exact: true }).getAttribute('aria-current'),
      ).toBe('page');
      await expectAccessible(page);
    }
  });

  it('the demo filter leaves out the generated rows', async () => {
    const { page } = browser;
    await page.goto(browser.url('projects'));
    await waitForHeading(page, 'Projekt');
    await page.getByLabel('Demodata').selectOption({ label: 'Bara verkliga uppgifter' });
    await page.waitForURL(/[?&]demo=false/);
    const real = await totalCount('projects', 'filter: { demo: false }');
    await page
      .getByRole('status')
      .filter({ hasText: new RegExp(`^${real} träff(ar)?$`) })
      .waitFor();
    const table = page.getByRole('table', { name: 'Projekt' });
    expect(await table.getByText('Demo', { exact: true }).count()).toBe(0);
  });

  it('a project page offers only the allowed steps, and shows R4 when submitting is refused', async () => {
    const { page } = browser;
    // A project preparing its application whose benefit analysis is not written (R4).
    const { projects } = await queryApi<{
      projects: { edges: { node: { id: string; title: string } }[] };
    }>(`{
      projects(first: 1, filter: { states: [PREPARING_APPLICATION], analysisComplete: false }) {
        edges { node { id title } }
      }
    }`);
    const project = projects.edges[0]?.node;
    if (!project) throw new Error('The demo data has no project preparing an application');

    await page.goto(browser.url('projects?state=preparing_application'));
    await waitForHeading(page, 'Projekt');
    await page.getByRole('link', { name: project.title, exact: true }).click();
    await waitForHeading(page, project.title);
    expect(new URL(page.url()).pathname).toBe(`/projects/${encodeURIComponent(project.id)}`);
    await expectAccessible(page);

    const select = page.getByLabel('Ny status');
    const options = await select.locator('option').allTextContents();
    // preparing_application → idea | submitted | closed (PROJECT_TRANSITIONS in the domain)
    expect(options).toEqual(['Välj status', 'Idé', 'Ansökan inlämnad', 'Avslutat']);

    await select.selectOption({ label: 'Ansökan inlämnad' });
    await page.getByLabel('Datum för ändringen').fill('2007-06-01');
    await page.getByRole('button', { name: 'Byt status' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Regel R4' });
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('Beskriv projektets nytta innan ansökan lämnas in.');
    expect(text).toMatch(/verksamhetsplan för 2007\./);
    await expectAccessible(page);

    // Nothing changed: still preparing its application.
    const state = page
      .locator('dt', { hasText: /^Status$/ })
      .locator('xpath=following-sibling::dd[1]');
    expect(await state.textContent()).toBe('Ansökan förbereds');
  });
});
