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
    expect(csv.split('\r\n')).toHaveLength(3);
    const parsed = Papa.parse<string[]>(csv).data;
    expect(parsed).toEqual([
      ['Namn', 'År', 'Not'],
      ['Malmö, stad', '1994', ''],
      ['Say "hej"', '2004', `'=HYPERLINK("x")`],
    ]);
  });

  it('names the file by list and date', () => {
    expect(csvFilename('medlemskap', new Date('2026-11-24T10:00:00Z'))).toBe(
      'medlemskap-2026-11-24.csv',
    );
  });
});
