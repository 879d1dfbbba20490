import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryApi } from './api';
import { type Browser, expectAccessible, openBrowser, waitForHeading } from './browser';

/**
 * Editing in the dashboard against the real API: field errors from the browser's own check and
 * from the server, a stale save that overwrites nothing, archive and restore with their history,
 * the change log, and an accessibility scan of every form.
 */

interface ProjectNode {
  id: string;
  title: string;
  state: string;
  ownerUnit: { id: string; name: string } | null;
}

/** A project past its application: the API refuses to move it to another owner (R4). */
async function lockedProject(): Promise<ProjectNode> {
  const { projects } = await queryApi<{
    projects: { edges: { node: ProjectNode }[] };
  }>(`query ($first: Int = 50) {
    projects(first: $first, filter: { states: [SUBMITTED, GRANTED, RUNNING] }) {
      edges { node { id title state ownerUnit { id name } } }
    }
  }`);
  const project = projects.edges.map((e) => e.node).find((p) => p.ownerUnit);
  if (!project) throw new Error('The demo data has no submitted project with an owner');
  return project;
}

interface WatchNode {
  id: string;
  version: number;
  title: string;
  reference: string | null;
  status: string;
  analysis: string | null;
  nextReviewOn: string | null;
  priorityAreas: string[];
  themes: string[];
  ownerUnit: { id: string };
  affectedUnits: { id: string }[];
}

const WATCH_FIELDS =
  'id version title reference status analysis nextReviewOn priorityAreas themes ownerUnit { id } affectedUnits { id }';

async function watch(id: string): Promise<WatchNode> {
  const { node } = await queryApi<{ node: WatchNode }>(
    `query ($id: ID!) { node(id: $id) { ... on LegislationWatch { ${WATCH_FIELDS} } } }`,
    { id },
  );
  return node;
}

async function someWatch(skip = 0): Promise<WatchNode> {
  const { legislationWatches } = await queryApi<{
    legislationWatches: { edges: { node: WatchNode }[] };
  }>(`query ($first: Int = 10) { legislationWatches(first: $first, orderBy: { field: TITLE, direction: ASC }) {
    edges { node { ${WATCH_FIELDS} } } } }`);
  const found = legislationWatches.edges[skip]?.node;
  if (!found) throw new Error('The demo data has too few legislation watches');
  return found;
}

/** Saves a legislation watch through the API, as another editor would. */
async function updateWatchThroughApi(w: WatchNode, changes: Partial<{ analysis: string }>) {
  const { updateLegislationWatch } = await queryApi<{
    updateLegislationWatch: { __typename: string };
  }>(
    `mutation ($id: ID!, $version: Int!, $input: LegislationWatchInput!) {
      updateLegislationWatch(id: $id, version: $version, input: $input) { __typename }
    }`,
    {
      id: w.id,
      version: w.version,
      input: {
        title: w.title,
        reference: w.reference,
        status: w.status,
        ownerUnitId: w.ownerUnit.id,
        affectedUnitIds: w.affectedUnits.map((u) => u.id),
        priorityAreas: w.priorityAreas,
        themes: w.themes,
        analysis: w.analysis,
        nextReviewOn: w.nextReviewOn,
        ...changes,
      },
    },
  );
  expect(updateLegislationWatch.__typename).toBe('MutationUpdateLegislationWatchSuccess');
}

const summary = (page: Page) => page.locator('.ui-error-summary');

async function expectFieldError(page: Page, label: string | RegExp, message: string) {
  const field = page.getByLabel(label, { exact: typeof label === 'string' });
  await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
  const described = (await field.getAttribute('aria-describedby')) ?? '';
  const errorId = described.split(' ').find((id) => id.endsWith('-error'));
  expect(errorId).toBeTruthy();
  expect(await page.locator(`[id="${errorId}"]`).textContent()).toContain(message);
  // The summary links to the field.
  const fieldId = await field.getAttribute('id');
  const link = summary(page).locator(`a[href="#${fieldId}"]`);
  expect(await link.textContent()).toContain(message);
}

describe('editing records', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ as: 'admin' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows a field error from the browser and from the server at the field, then saves', async () => {
    const { page } = browser;
    const project = await lockedProject();
    await page.goto(browser.url(`projects/${encodeURIComponent(project.id)}`));
    await waitForHeading(page, project.title);
    await page.getByRole('link', { name: 'Redigera', exact: true }).click();
    await waitForHeading(page, project.title);
    const title = page.getByLabel('Titel', { exact: true });
    expect(await title.inputValue()).toBe(project.title);

    // The browser's check (the domain's schema): a blank title.
    await title.fill('   ');
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await expectFieldError(page, 'Titel', 'Fältet måste fyllas i.');
    // Focus moved to the summary.
    expect(
      await page.evaluate(() => document.activeElement?.classList.contains('ui-error-summary')),
    ).toBe(true);

    // The server's rule: the owner is locked once the application went out (R4).
    const changed = `${project.title} (ändrad)`;
    await title.fill(changed);
    const owner = page.getByLabel('Ansvarig enhet', { exact: true });
    // The units have loaded into the select.
    await expect.poll(() => owner.locator('option').count()).toBeGreaterThan(2);
    const other = await owner.evaluate(
      (select, current) =>
        [...(select as HTMLSelectElement).options].find((o) => o.value && o.value !== current)
          ?.value ?? '',
      project.ownerUnit?.id,
    );
    await owner.selectOption(other);
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await expectFieldError(
      page,
      'Ansvarig enhet',
      'Ägaren kan inte bytas efter att ansökan har lämnats in.',
    );
    // What was typed is still there, and nothing was saved.
    expect(await title.inputValue()).toBe(changed);
    const stored = await queryApi<{ node: { title: string } }>(
      'query ($id: ID!) { node(id: $id) { ... on Project { title } } }',
      { id: project.id },
    );
    expect(stored.node.title).toBe(project.title);
    // Leaving with unsaved changes asks first; staying keeps them.
    await page.getByRole('link', { name: /Tillbaka till Projekt/ }).click();
    const leave = page.getByRole('dialog', { name: 'Lämna formuläret?' });
    await leave.getByRole('button', { name: 'Stanna kvar' }).click();
    await leave.waitFor({ state: 'hidden' });
    expect(await title.inputValue()).toBe(changed);

    // Fixed: back to its owner, and saved.
    await owner.selectOption(project.ownerUnit?.id ?? '');
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await page.getByText('Ändringarna är sparade.').waitFor();
    const saved = await queryApi<{ node: { title: string } }>(
      'query ($id: ID!) { node(id: $id) { ... on Project { title } } }',
      { id: project.id },
    );
    expect(saved.node.title).toBe(changed);
    // The history lists the change, field by field.
    const history = page.getByRole('region', { name: /^Historik/ });
    await history.getByText(changed).first().waitFor();
    expect(await history.getByText('Ändrad').count()).toBeGreaterThan(0);
  });

  it('refuses a stale save, shows what changed and overwrites nothing', async () => {
    const { page } = browser;
    const before = await someWatch(0);
    await page.goto(browser.url(`legislation-watch/${encodeURIComponent(before.id)}/edit`));
    await waitForHeading(page, before.title);
    const analysis = page.getByLabel('Analys (valfritt)');
    await analysis.waitFor();

    // Someone else saves first.
    const theirs = 'Ändrad av någon annan i API:t.';
    await updateWatchThroughApi(before, { analysis: theirs });

    const mine = 'Min analys, skriven i formuläret.';
    await analysis.fill(mine);
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    const panel = page.getByRole('region', { name: 'Posten har ändrats av någon annan' });
    await panel.waitFor();
    const row = panel.getByRole('row', { name: /^Analys/ });
    expect(await row.getByRole('cell').allInnerTexts()).toEqual([mine, theirs]);
    // Nothing was overwritten.
    expect((await watch(before.id)).analysis).toBe(theirs);
    // The reader's text is still in the form.
    expect(await analysis.inputValue()).toBe(mine);

    // Loading the stored version shows it, and keeps the reader's values listed.
    await panel.getByRole('button', { name: 'Hämta den sparade versionen' }).click();
    await expect.poll(() => analysis.inputValue()).toBe(theirs);
    const reloaded = page.getByRole('region', { name: 'Den sparade versionen är hämtad' });
    await reloaded.getByText(mine).waitFor();
    await expectAccessible(page);
  });

  it('archives and restores a record: it leaves the list, comes back, and the history shows both', async () => {
    const { page } = browser;
    const record = await someWatch(1);
    const list = browser.url(`legislation-watch?q=${encodeURIComponent(record.title)}`);
    const listed = async () => {
      await page.goto(list);
      await waitForHeading(page, /Lagstiftning|EU-lagstiftning/);
      await page.getByRole('status').filter({ hasText: /träff/ }).first().waitFor();
      return page.getByRole('table').getByText(record.title, { exact: true }).count();
    };
    expect(await listed()).toBe(1);

    await page.goto(browser.url(`legislation-watch/${encodeURIComponent(record.id)}/edit`));
    await waitForHeading(page, record.title);
    await page.getByRole('button', { name: 'Arkivera…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Arkivera', exact: true }).click();
    await page.getByText('Posten är arkiverad.').waitFor();
    await page.getByText(/Posten arkiverades/).waitFor();
    expect(await listed()).toBe(0);
    // "Visa arkiverade" brings it back, marked.
    await page.getByLabel('Visa arkiverade').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('archived')).toBe('true');
    const row = page.getByRole('row').filter({ hasText: record.title });
    await row.getByText(/^Arkiverad \d/).waitFor();

    await page.goto(browser.url(`legislation-watch/${encodeURIComponent(record.id)}/edit`));
    await waitForHeading(page, record.title);
    await page.getByRole('button', { name: 'Återställ…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Återställ', exact: true }).click();
    await page.getByText('Posten är återställd.').waitFor();
    const history = page.getByRole('region', { name: /^Historik/ });
    // One entry per action, named first on its line.
    const action = (name: string) =>
      history.locator('.history-list__head strong').filter({ hasText: new RegExp(`^${name}$`) });
    await action('Återställd').waitFor();
    expect(await action('Arkiverad').count()).toBe(1);
    expect(await listed()).toBe(1);
  });

  it('deletes for good only what nothing refers to, after a typed confirmation', async () => {
    const { page } = browser;
    // A unit that people belong to: refused, and the dependants are named.
    const { units } = await queryApi<{
      units: { edges: { node: { id: string; name: string } }[] };
    }>('{ units(first: 1, filter: { search: "Fosie" }) { edges { node { id name } } } }');
    const unit = units.edges[0]?.node;
    if (!unit) throw new Error('No SDF Fosie');
    await page.goto(browser.url(`units/${encodeURIComponent(unit.id)}`));
    await waitForHeading(page, unit.name);
    await page.getByRole('button', { name: 'Radera permanent…' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Radera permanent' }).click();
    await dialog.getByText('Skriv RADERA med versaler för att bekräfta.').waitFor();
    await dialog.getByLabel('Skriv RADERA för att bekräfta').fill('RADERA');
    await dialog.getByRole('button', { name: 'Radera permanent' }).click();
    await dialog.locator('li', { hasText: '1 post av typen Person: ' }).waitFor();
    await dialog.locator('li', { hasText: 'poster av typen Projekt: ' }).waitFor();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    const still = await queryApi<{ node: { id: string } | null }>(
      'query ($id: ID!) { node(id: $id) { id } }',
      { id: unit.id },
    );
    expect(still.node?.id).toBe(unit.id);

    // A training session nothing refers to: deleted, and the list is shown.
    const { createTrainingSession } = await queryApi<{
      createTrainingSession: { data: { id: string } };
    }>(
      `mutation { createTrainingSession(input: { topic: PROJECT_FINANCE, title: "Att radera", heldOn: "2008-05-05" }) {
        ... on MutationCreateTrainingSessionSuccess { data { id } } } }`,
    );
    const id = createTrainingSession.data.id;
    await page.goto(browser.url(`training-sessions/${encodeURIComponent(id)}/edit`));
    await waitForHeading(page, 'Att radera');
    await page.getByRole('button', { name: 'Radera permanent…' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Skriv RADERA för att bekräfta').fill('RADERA');
    await dialog.getByRole('button', { name: 'Radera permanent' }).click();
    await waitForHeading(page, /Utbildning/);
    const gone = await queryApi<{ node: { id: string } | null }>(
      'query ($id: ID!) { node(id: $id) { id } }',
      { id },
    );
    expect(gone.node).toBeNull();
  });

  it('filters the change log by record kind, in the URL', async () => {
    const { page } = browser;
    await page.goto(browser.url('change-log'));
    await waitForHeading(page, 'Ändringslogg');
    const table = page.getByRole('table', { name: 'Ändringslogg' });
    const kinds = async () => [
      ...new Set(await table.locator('tbody tr td:nth-child(3)').allInnerTexts()),
    ];
    // Unfiltered, the earlier tests' project and legislation watch changes both show.
    await expect.poll(async () => (await kinds()).length).toBeGreaterThan(1);
    await page.getByLabel('Typ av post').selectOption('LegislationWatch');
    await expect.poll(() => new URL(page.url()).searchParams.get('kind')).toBe('LegislationWatch');
    await expect.poll(kinds).toEqual(['Lagstiftningsbevakning']);
    // And by what happened: the earlier archiving, once.
    await page.getByLabel('Händelse').selectOption('ARCHIVE');
    await expect
      .poll(() => table.locator('tbody tr td:nth-child(5)').allTextContents())
      .toEqual(['Arkiverad']);
    await expectAccessible(page);
  });

  it('reports back on a meeting from the meetings list (R7)', async () => {
    const { page } = browser;
    await page.goto(browser.url('meetings?reported=false'));
    await waitForHeading(page, /Möten/);
    const link = page.getByRole('link', { name: /^Återrapportera / }).first();
    await link.waitFor();
    const href = (await link.getAttribute('href')) ?? '';
    const meetingId = new URL(href, browser.url()).searchParams.get('meeting') ?? '';
    await link.click();
    await waitForHeading(page, 'Ny återrapport');
    // The form starts on the meeting it came from.
    const meeting = page.getByLabel('Möte', { exact: true });
    await expect.poll(() => meeting.inputValue()).toBe(meetingId);
    await page.getByLabel('Inlämnad', { exact: true }).fill('2010-01-15');
    await page.getByLabel('Sammanfattning', { exact: true }).fill('Mötet beslutade om nästa steg.');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText('Posten är sparad.').waitFor();
    const { node } = await queryApi<{ node: { report: { summary: string } | null } }>(
      'query ($id: ID!) { node(id: $id) { ... on Meeting { report { summary } } } }',
      { id: meetingId },
    );
    expect(node.report?.summary).toBe('Mötet beslutade om nästa steg.');
  });

  it('asks Stadskontoret for support from a project’s page (R6)', async () => {
    const { page } = browser;
    const project = await lockedProject();
    const count = async () => {
      const { node } = await queryApi<{ node: { supportRequests: { id: string }[] } }>(
        'query ($id: ID!) { node(id: $id) { ... on Project { supportRequests { id } } } }',
        { id: project.id },
      );
      return node.supportRequests.length;
    };
    const before = await count();
    await page.goto(browser.url(`projects/${encodeURIComponent(project.id)}`));
    await waitForHeading(page, project.title);
    await page.getByRole('link', { name: 'Begär stöd från Stadskontoret' }).click();
    await waitForHeading(page, 'Begär stöd från Stadskontoret');
    const projectField = page.getByLabel('Projekt', { exact: true });
    await expect.poll(() => projectField.inputValue()).toBe(project.id);
    await page.getByLabel('Typ av stöd', { exact: true }).selectOption('partner_search');
    await page.getByLabel('Begärt', { exact: true }).fill('2008-09-01');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    // Back on the project's page, with one more request.
    await waitForHeading(page, project.title);
    await expect.poll(count).toBe(before + 1);
  });

  it('edits a registry record from its page, and its page shows the history', async () => {
    const { page } = browser;
    const { units } = await queryApi<{
      units: { edges: { node: { id: string; name: string } }[] };
    }>(
      '{ units(first: 1, orderBy: { field: NAME, direction: ASC }) { edges { node { id name } } } }',
    );
    const unit = units.edges[0]?.node;
    if (!unit) throw new Error('No unit');
    await page.goto(browser.url(`units/${encodeURIComponent(unit.id)}`));
    await waitForHeading(page, unit.name);
    await page.getByRole('link', { name: 'Redigera', exact: true }).click();
    await waitForHeading(page, unit.name);
    const renamed = `${unit.name} (omdöpt)`;
    await page.getByLabel('Namn', { exact: true }).fill(renamed);
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await page.getByText('Ändringarna är sparade.').waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Visa posten' }).click();
    await waitForHeading(page, renamed);
    const history = page.getByRole('region', { name: /^Historik/ });
    await history.getByText(renamed).waitFor();
    await expectAccessible(page);
    // The record's page offers archiving to those who may write it.
    expect(await page.getByRole('button', { name: 'Arkivera…' }).count()).toBe(1);
  });

  it('a new organisation from "Regional samverkan" starts as a regional partner', async () => {
    const { page } = browser;
    await page.goto(browser.url('organisations?kind=regional_actor'));
    await waitForHeading(page, 'Regional samverkan');
    await page.getByRole('link', { name: 'Ny organisation' }).click();
    await waitForHeading(page, 'Ny organisation');
    const kind = page.getByLabel('Typ av organisation', { exact: true });
    expect(await kind.inputValue()).toBe('regional_actor');
  });

  it('has no accessibility violations on any form', async () => {
    const { page } = browser;
    const project = await lockedProject();
    const pages = [
      ['projects/new', 'Nytt projekt'],
      [`projects/${encodeURIComponent(project.id)}/edit`, project.title],
      ['operational-plans/new', 'Ny verksamhetsplan'],
      ['meetings/new', 'Nytt möte'],
      ['secondments/new', 'Ny utstationering'],
      ['membership-assessments/new', 'Ny värdering'],
      ['event-participations/new', 'Nytt deltagande'],
      ['legislation-watch/new', 'Ny bevakning'],
      ['training-sessions/new', 'Nytt utbildningstillfälle'],
      ['event-editions/new', 'Nytt evenemangstillfälle'],
      ['meeting-reports/new', 'Ny återrapport'],
      ['support-requests/new', 'Begär stöd från Stadskontoret'],
      ['units/new', 'Ny enhet'],
      ['people/new', 'Ny person'],
      ['eu-network/new', 'Ny kontakt i EU-nätverket'],
      ['organisations/new', 'Ny organisation'],
      ['memberships/new', 'Nytt medlemskap'],
      ['forums/new', 'Nytt forum'],
      ['seats/new', 'Ny plats i forum'],
      ['partner-cities/new', 'Ny partnerstad'],
      ['agreements/new', 'Nytt avtal'],
      ['event-series/new', 'Ny profileringsarena'],
    ] as const;
    for (const [path, heading] of pages) {
      await page.goto(browser.url(path));
      await waitForHeading(page, heading);
      await page.getByRole('button', { name: /^Spara/ }).waitFor();
      await expectAccessible(page);
    }
    // A form with its errors showing.
    await page.goto(browser.url('operational-plans/new'));
    await waitForHeading(page, 'Ny verksamhetsplan');
    await page.getByRole('button', { name: 'Lägg till prioritering' }).click();
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await summary(page).waitFor();
    await expectFieldError(page, 'År', 'Fältet måste fyllas i.');
    await expectAccessible(page);
  }, 120_000);
  it('speaks English when the dashboard does, the domain’s messages included', async () => {
    const { page } = browser;
    await page.goto(browser.url('event-editions/new'));
    await waitForHeading(page, 'Nytt evenemangstillfälle');
    await page.getByRole('button', { name: 'English' }).click();
    await waitForHeading(page, 'New event edition');
    try {
      await page.getByLabel('Year', { exact: true }).fill('2007');
      await page.getByLabel('First day', { exact: true }).fill('2007-03-14');
      await page.getByLabel('Last day', { exact: true }).fill('2007-03-12');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByRole('heading', { name: 'There is a problem with the form' }).waitFor();
      await expectFieldError(page, 'Place', 'This field is required.');
      await expectFieldError(page, 'Last day', 'The end date cannot be before the start date.');
    } finally {
      await page.getByRole('button', { name: 'Svenska' }).click();
    }
  });
});

describe('forms for a unit editor and a reader', () => {
  let editor: Browser;
  let reader: Browser;
  beforeAll(async () => {
    editor = await openBrowser({ as: 'unit_editor' });
    reader = await openBrowser({ as: 'reader' });
  });
  afterAll(async () => {
    await editor?.close();
    await reader?.close();
  });

  it('a unit editor edits its own unit’s projects only, and starts new records in its unit', async () => {
    const { page } = editor;
    await page.goto(editor.url('projects?owner=&sort=owner_unit'));
    await waitForHeading(page, 'Projekt');
    await page.getByRole('link', { name: 'Nytt projekt' }).waitFor();
    const table = page.getByRole('table', { name: 'Projekt' });
    await table.locator('tbody tr').first().waitFor();
    const editable = table
      .locator('tbody tr')
      .filter({ has: page.getByRole('link', { name: /^Redigera / }) });
    const texts = await editable.allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).toContain('SDF Fosie');

    // Another unit's project: the form is not offered.
    const { projects } = await queryApi<{
      projects: {
        edges: { node: { id: string; title: string; ownerUnit: { name: string } | null } }[];
      };
    }>(
      'query ($first: Int = 100) { projects(first: $first) { edges { node { id title ownerUnit { name } } } } }',
    );
    const other = projects.edges
      .map((e) => e.node)
      .find((p) => p.ownerUnit && p.ownerUnit.name !== 'SDF Fosie');
    if (!other) throw new Error('No project of another unit');
    await page.goto(editor.url(`projects/${encodeURIComponent(other.id)}/edit`));
    await waitForHeading(page, other.title);
    await page.getByText('Du har inte behörighet att ändra den här posten.').waitFor();
    expect(await page.getByRole('button', { name: 'Spara ändringarna' }).count()).toBe(0);

    // A new plan starts in the editor's own unit.
    await page.goto(editor.url('operational-plans/new'));
    await waitForHeading(page, 'Ny verksamhetsplan');
    const unit = page.getByLabel('Enhet', { exact: true });
    await expect
      .poll(async () =>
        unit.evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent),
      )
      .toBe('SDF Fosie');
  });

  it('a reader is offered no form', async () => {
    const { page } = reader;
    await page.goto(reader.url('projects'));
    await waitForHeading(page, 'Projekt');
    await page.getByRole('table', { name: 'Projekt' }).locator('tbody tr').first().waitFor();
    expect(await page.getByRole('link', { name: 'Nytt projekt' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /^Redigera/ }).count()).toBe(0);
    // A record's page shows the reader its history, and no archiving.
    await page.goto(reader.url('units'));
    await waitForHeading(page, 'Enheter');
    await page.getByRole('table').locator('tbody tr a').first().click();
    await page.getByRole('region', { name: /^Historik/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Arkivera…' }).count()).toBe(0);
    await page.goto(reader.url('units/new'));
    await waitForHeading(page, 'Du har inte behörighet');
  });
});
