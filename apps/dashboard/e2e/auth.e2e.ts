import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts';
import { postGraphql } from './api';
import { type Browser, expectAccessible, openBrowser, signIn, waitForHeading } from './browser';

describe('signing in and out', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const email = () => browser.page.getByLabel('E-postadress');
  const password = () => browser.page.getByLabel('Lösenord');
  const submit = () => browser.page.getByRole('button', { name: 'Logga in' });
  const isFocused = (locator: ReturnType<typeof email>) =>
    locator.evaluate((el) => el === document.activeElement);
  /** Submits the form and waits for the API's answer. */
  const submitAndWait = async () => {
    await Promise.all([
      browser.page.waitForResponse((r) => new URL(r.url()).pathname === '/graphql'),
      submit().click(),
    ]);
  };

  it('a signed-out visit goes to sign-in, keeping the page; the form is labelled and passes axe', async () => {
    const { page } = browser;
    await page.goto(browser.url('memberships?q=baltic'));
    await waitForHeading(page, 'Logga in');
    const url = new URL(page.url());
    expect(url.pathname).toBe('/sign-in');
    expect(url.searchParams.get('next')).toBe('/memberships?q=baltic');
    expect(await page.title()).toBe('Logga in – Malmö stad – internationellt arbete');

    expect(await email().getAttribute('type')).toBe('email');
    expect(await email().getAttribute('autocomplete')).toBe('username');
    expect(await password().getAttribute('type')).toBe('password');
    expect(await password().getAttribute('autocomplete')).toBe('current-password');
    // Nothing of the registry, no navigation, and no password anywhere on the page.
    expect(await page.getByRole('navigation', { name: 'Huvudmeny' }).count()).toBe(0);
    expect(await page.content()).not.toContain(DEMO_PASSWORD);
    await expectAccessible(page);
  });

  it('empty fields are named at the field, which takes focus', async () => {
    const { page } = browser;
    await submit().click();
    await page.getByText('Skriv din e-postadress.').waitFor();
    expect(await isFocused(email())).toBe(true);
    expect(await email().getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);

    await email().fill(DEMO_ACCOUNTS.admin.email);
    await submit().click();
    await page.getByText('Skriv ditt lösenord.').waitFor();
    expect(await isFocused(password())).toBe(true);
    expect(await page.getByText('Skriv din e-postadress.').count()).toBe(0);
  });

  it('a wrong password: the API’s error at the form, which takes focus; the e-mail stays', async () => {
    const { page } = browser;
    await email().fill(DEMO_ACCOUNTS.admin.email);
    await password().fill('inte-lösenordet');
    await submitAndWait();
    const alert = page.getByRole('alert').filter({ hasText: 'Fel e-postadress eller lösenord.' });
    await alert.waitFor();
    await expect.poll(() => isFocused(alert)).toBe(true);
    expect(await email().inputValue()).toBe(DEMO_ACCOUNTS.admin.email);
    expect(await password().inputValue()).toBe('');
    // Still on the way to the same page.
    expect(new URL(page.url()).searchParams.get('next')).toBe('/memberships?q=baltic');
    await expectAccessible(page);
  });

  it('signs in with the keyboard alone and goes on to the page it was heading to', async () => {
    const { page } = browser;
    await page.reload();
    await waitForHeading(page, 'Logga in');
    // Tab from the top of the page to the e-mail field: skip link, brand, languages, e-mail.
    for (let i = 0; i < 8 && !(await isFocused(email())); i++) await page.keyboard.press('Tab');
    expect(await isFocused(email())).toBe(true);
    await page.keyboard.type(DEMO_ACCOUNTS.admin.email);
    await page.keyboard.press('Tab');
    expect(await isFocused(password())).toBe(true);
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');

    await waitForHeading(page, 'Medlemskap');
    const url = new URL(page.url());
    expect(`${url.pathname}${url.search}`).toBe('/memberships?q=baltic');
    expect(await page.getByLabel('Sök', { exact: true }).inputValue()).toBe('baltic');
    // Focus moved into the page it led to; the header names the account and its role.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    const header = page.getByRole('banner');
    expect(await header.textContent()).toContain(DEMO_ACCOUNTS.admin.name);
    expect(await header.textContent()).toContain(DEMO_ACCOUNTS.admin.role);
    await expectAccessible(page);

    // Signed in, the sign-in page leads on.
    await page.goto(browser.url('sign-in?next=%2Funits'));
    await waitForHeading(page, 'Enheter');
  });

  it('when the session ends, the next request leads to sign-in, which says why', async () => {
    const { page, context } = browser;
    await page.goto(browser.url('units'));
    await waitForHeading(page, 'Enheter');
    // The server no longer knows this browser (as after the idle time-out).
    await context.clearCookies();
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Personer' })
      .click();
    await waitForHeading(page, 'Logga in');
    await page.getByText('Du har loggats ut. Logga in igen.').waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/people');
    await expectAccessible(page);

    await signIn(browser, 'admin', { from: 'here', heading: 'Personer' });
    expect(new URL(page.url()).pathname).toBe('/people');
  });

  it('signing out ends the session on the server; a reload stays signed out', async () => {
    const { page, context } = browser;
    const [session] = await context.cookies();
    expect(session?.httpOnly).toBe(true);
    const cookie = `${session?.name}=${session?.value}`;
    const viewer = async () =>
      (await postGraphql<{ viewer: { email: string } | null }>('{ viewer { email } }', {}, cookie))
        .body.data?.viewer;
    expect(await viewer()).toEqual({ email: DEMO_ACCOUNTS.admin.email });

    await page.getByRole('button', { name: 'Logga ut' }).click();
    await waitForHeading(page, 'Logga in');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(new URL(page.url()).search).toBe('');
    await page.getByText('Du är utloggad.').waitFor();
    expect(await context.cookies()).toEqual([]);
    // The old cookie is worth nothing now.
    expect(await viewer()).toBeNull();

    await page.reload();
    await waitForHeading(page, 'Logga in');
    expect(await page.getByText('Du är utloggad.').count()).toBe(0);
    await page.goto(browser.url('units'));
    await waitForHeading(page, 'Logga in');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/units');
  });

  it('after too many failed attempts it says how long to wait', async () => {
    const { page } = browser;
    await page.goto(browser.url('sign-in'));
    await waitForHeading(page, 'Logga in');
    // An account nobody has: five failures in a row lock it (per account) for 15 minutes.
    await email().fill('ingen@malmo.example');
    for (let attempt = 1; attempt <= 5; attempt++) {
      await password().fill(`fel-${attempt}`);
      await submitAndWait();
      await page
        .getByRole('alert')
        .filter({ hasText: 'Fel e-postadress eller lösenord.' })
        .waitFor();
    }
    await password().fill('fel-6');
    await submitAndWait();
    const alert = page.getByRole('alert').filter({ hasText: 'För många misslyckade' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Vänta 15 minuter innan du försöker igen.');
    await expect.poll(() => isFocused(alert)).toBe(true);
    expect(await email().inputValue()).toBe('ingen@malmo.example');
    await expectAccessible(page);
  });
});
