export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | boolean | null | undefined;
}

/** RFC 4180 CSV with a header row; cells that look like formulas are escaped. */
export async function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]) {
  // Loaded on demand: only an export needs the CSV writer.
  const { default: Papa } = await import('papaparse');
  return Papa.unparse(
    {
      fields: columns.map((column) => column.header),
      data: rows.map((row) => columns.map((column) => column.value(row) ?? '')),
    },
    { escapeFormulae: true, newline: '\r\n' },
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

export function csvFilename(name: string, date = new Date()) {
  return `${name}-${date.toISOString().slice(0, 10)}.csv`;
}
