import { todayInMalmo } from '@malmo/domain';

export const CSV_DELIMITER = ';';

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | boolean | null | undefined;
}

/**
 * CSV with a header row, separated by semicolons as Excel expects in Swedish (where the comma is
 * the decimal sign); quoting per RFC 4180, and cells that look like formulas are escaped.
 */
export async function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]) {
  // Loaded on demand: only an export needs the CSV writer.
  const { default: Papa } = await import('papaparse');
  return Papa.unparse(
    {
      fields: columns.map((column) => column.header),
      data: rows.map((row) => columns.map((column) => column.value(row) ?? '')),
    },
    { delimiter: CSV_DELIMITER, escapeFormulae: true, newline: '\r\n' },
  );
}

/** Offers text as a file download; the BOM lets spreadsheet programs read å, ä and ö. */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `name-YYYY-MM-DD.csv`, dated by the calendar in Malmö. */
export function csvFilename(name: string, date = new Date()) {
  return `${name}-${todayInMalmo(date)}.csv`;
}
