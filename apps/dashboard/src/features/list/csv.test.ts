import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvFilename, toCsv } from './csv';

describe('CSV export', () => {
  it('writes a header and one quoted row per record, formulas defused', async () => {
    const rows = [
      { name: 'Malmö, stad', year: 1994, note: null },
      { name: 'Say "hej"', year: 2004, note: '=HYPERLINK("x")' },
    ];
    const csv = await toCsv(
      [
        { header: 'Namn', value: (r: (typeof rows)[number]) => r.name },
        { header: 'År', value: (r) => r.year },
        { header: 'Not', value: (r) => r.note },
      ],
      rows,
    );
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(3);
    // Semicolons, as Excel in Swedish expects; the comma inside a name is then plain text.
    expect(lines[0]).toBe('Namn;År;Not');
    const parsed = Papa.parse<string[]>(csv, { delimiter: ';' }).data;
    expect(parsed).toEqual([
      ['Namn', 'År', 'Not'],
      ['Malmö, stad', '1994', ''],
      ['Say "hej"', '2004', `'=HYPERLINK("x")`],
    ]);
  });

  it('names the file by list and the date in Malmö', () => {
    expect(csvFilename('medlemskap', new Date('2026-11-24T10:00:00Z'))).toBe(
      'medlemskap-2026-11-24.csv',
    );
    // Half past midnight in Malmö is still the previous day in UTC.
    expect(csvFilename('medlemskap', new Date('2026-11-24T23:30:00Z'))).toBe(
      'medlemskap-2026-11-25.csv',
    );
  });
});
