import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totalCount } from './api';
import { type Browser, expectAccessible, openBrowser, waitForHeading } from './browser';

describe('overview, units and partner cities', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ as: 'admin' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the overview counts every list and links to it', async () => {
    const { page } = browser;
    await page.goto(browser.url());
    await waitForHeading(page, 'Översikt');
    expect(await page.title()).toBe('Översikt – Malmö stad – internationellt arbete');
    const memberships = page.getByRole('link', { name: /^8\s*Medlemskap$/ });
    await memberships.waitFor();
    expect(await page.getByRole('link', { name: /^13\s*Partnerstäder$/ }).count()).toBe(1);
    await expectAccessible(page);
    await memberships.click();
    await waitForHeading(page, 'Medlemskap');
  });

  it('a unit page shows its EU-network contact and its forum seat held via a project', async () => {
    const { page } = browser;
    await page.goto(browser.url('units'));
    await waitForHeading(page, 'Enheter');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'SDF Kirseberg', exact: true }).click();
    await waitForHeading(page, 'SDF Kirseberg');
    expect(new URL(page.url()).pathname).toMatch(/^\/units\/[^/]+$/);
    expect(await page.title()).toBe('SDF Kirseberg – Malmö stad – internationellt arbete');

    const euNetwork = page.getByRole('region', { name: /Kontakter i EU-nätverket/ });
    expect(await euNetwork.getByRole('link', { name: 'Annette Larsson' }).count()).toBe(1);

    const seats = page.getByRole('region', { name: /Platser i forum/ });
    const homelessness = seats.getByRole('row', { name: /Homelessness/ });
    expect(await homelessness.count()).toBe(1);
    expect(await homelessness.textContent()).toContain('CATCH');
    expect(await homelessness.textContent()).toContain('Eurocities');
    await expectAccessible(page);
  });

  it('a partner-city page shows the agreement text and its end date', async () => {
    const { page } = browser;
    await page.goto(browser.url('partner-cities'));
    await waitForHeading(page, 'Partnerstäder');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Newcastle', exact: true }).click();
    await waitForHeading(page, 'Newcastle');
    const agreement = page.getByRole('article', { name: /Samarbetsavtal, 2003/ });
    await agreement.waitFor();
    expect(await agreement.textContent()).toContain('Tidsbegränsat till den 31 december 2006.');
    expect(await agreement.locator('time').textContent()).toBe('2006-12-31');
    expect(await agreement.locator('time').getAttribute('datetime')).toBe('2006-12-31');
    // R13: recorded as active in 2006, shown as expired since its end date has passed.
    expect(await agreement.textContent()).toContain('Utgånget');
    await expectAccessible(page);
  });

  it('an unknown id says "hittades inte"', async () => {
    const { page } = browser;
    for (const path of ['units/VW5pdDo5OTk5OQ%3D%3D', 'partner-cities/not-an-id', 'no-such-page']) {
      await page.goto(browser.url(path));
      await waitForHeading(page, 'Sidan hittades inte');
      expect(await page.title()).toBe('Sidan hittades inte – Malmö stad – internationellt arbete');
    }
    await expectAccessible(page);
  });

  it('every list page has its heading, its count and no accessibility violations', async () => {
    const { page } = browser;
    // The annex's own counts; people, seats and projects also hold the demo activity's (the
    // annex has 31, 14 and 2 of them), so those are checked against the API.
    const lists: [string, string, number][] = [
      ['units', 'Enheter', 26],
      ['people', 'Personer', await totalCount('people')],
      ['eu-network', 'Malmö stads EU-nätverk', 25],
      ['organisations', 'Organisationer', 20],
      ['organisations?kind=brussels_network', 'Nätverk i Bryssel', 4],
      ['forums', 'Forum och arbetsgrupper', 15],
      ['seats', 'Platser i forum', await totalCount('seats')],
      ['projects', 'Projekt', await totalCount('projects')],
      ['event-series', 'Profileringsarenor', 5],
    ];
    for (const [path, title, count] of lists) {
      await page.goto(browser.url(path));
      await waitForHeading(page, title);
      await page
        .getByRole('status')
        .filter({ hasText: `${count} träffar` })
        .waitFor();
      expect(await page.getByRole('table', { name: title }).count()).toBe(1);
      await expectAccessible(page);
    }
  });

  it('person, forum and organisation pages link to each other', async () => {
    const { page } = browser;
    await page.goto(browser.url('people?q=ola'));
    await waitForHeading(page, 'Personer');
    await page.getByRole('link', { name: 'Ola Nord', exact: true }).click();
    await waitForHeading(page, 'Ola Nord');
    const seats = page.getByRole('region', { name: /Platser i forum/ });
    expect(await seats.getByRole('row').count()).toBe(4); // header + 3 seats
    await expectAccessible(page);

    await seats.getByRole('link', { name: 'Social Affairs Forum', exact: true }).click();
    await waitForHeading(page, 'Social Affairs Forum');
    const children = page.getByRole('region', { name: /Underforum/ });
    expect(await children.getByRole('link', { name: 'Homelessness' }).count()).toBe(1);
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Eurocities' }).first().click();
    await waitForHeading(page, 'Eurocities');
    expect(await page.getByText('Medlem sedan 1997').count()).toBe(1);
    await expectAccessible(page);
  });
});
