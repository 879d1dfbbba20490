import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Clicks an export button and reads the file it downloads (UTF-8 with a BOM, `;`-separated):
 * the suggested file name and the rows, header first.
 */
export async function downloadCsv(page: Page, button: Locator) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const text = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
  const { data, errors } = Papa.parse<string[]>(text.trim(), {
    delimiter: ';',
    skipEmptyLines: true,
  });
  expect(errors).toEqual([]);
  return { filename: download.suggestedFilename(), rows: data };
}

/** A dashboard's section (a chart panel) by its heading. */
export const region = (page: Page, name: string) => page.getByRole('region', { name });

/** The body rows of the table in the section headed `name`. */
export const bodyRows = (page: Page, name: string) =>
  region(page, name).locator('tbody').getByRole('row');
