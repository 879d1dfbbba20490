import type { RunningServer } from '@malmo/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, expectAccessible, openBrowser, waitForHeading } from './browser';
import { startE2eServer } from './global-setup';

/**
 * The sign-in page with single sign-on configured (its own server: the shared one has it off).
 * The provider is a loopback port nobody listens on, so the round trip fails and comes back
 * with its reason; the full round trip is tested in apps/api/test/oidc.test.ts.
 */
describe('single sign-on on the sign-in page', () => {
  let server: RunningServer;
  let sso: Browser;
  let plain: Browser;
  beforeAll(async () => {
    server = await startE2eServer({
      demoData: false,
      oidc: {
        issuer: new URL('http://127.0.0.1:9/'),
        clientId: 'malmo-registry',
        clientSecret: 'secret',
        redirectUrl: undefined,
        groupsClaim: 'groups',
        roleMap: [{ group: 'grp-all', role: 'reader', unitKey: null }],
      },
    });
    sso = await openBrowser({ baseUrl: `http://127.0.0.1:${server.port}/` });
    plain = await openBrowser();
  });
  afterAll(async () => {
    await plain?.close();
    await sso?.close();
    await server?.close();
  });

  const link = (browser: Browser) =>
    browser.page.getByRole('link', { name: 'Logga in med Malmö stads konto' });

  it('offers "Logga in med Malmö stads konto" beside the form, and passes axe', async () => {
    await sso.page.goto(sso.url('sign-in'));
    await waitForHeading(sso.page, 'Logga in');
    await link(sso).waitFor();
    expect(await link(sso).getAttribute('href')).toBe('/auth/oidc/login');
    await expectAccessible(sso.page);
  });

  it('comes back with the reason when the sign-on fails, said as an alert', async () => {
    await link(sso).click();
    await sso.page.waitForURL((url) => url.pathname === '/sign-in' && url.search === '?sso=failed');
    const alert = sso.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      'Inloggningen med Malmö stads konto misslyckades. Försök igen.',
    );
    await expectAccessible(sso.page);
  });

  it('says that an account without a mapped group has no role in the registry', async () => {
    await sso.page.goto(sso.url('sign-in?sso=no-role'));
    await sso.page.getByRole('alert').waitFor();
    expect(await sso.page.getByRole('alert').textContent()).toContain(
      'Ditt konto i Malmö stad har ingen roll i registret.',
    );
  });

  it('offers no such link when single sign-on is off', async () => {
    await plain.page.goto(plain.url('sign-in'));
    await waitForHeading(plain.page, 'Logga in');
    // The options have been asked for by the time the form is there; wait for the answer.
    await plain.page.waitForLoadState('networkidle');
    expect(await link(plain).count()).toBe(0);
  });
});
