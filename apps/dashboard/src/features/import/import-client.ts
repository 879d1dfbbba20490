import {
  CSV_MESSAGES,
  type CsvKind,
  type FieldError,
  type ImportMessage,
  type ImportMode,
  type ImportReport,
  INPUT_MESSAGES,
  type Locale,
} from '@malmo/domain';
import { CSRF_HEADER } from '../../apollo';

export interface ImportProgress {
  done: number;
  total: number;
}

/** The server refused the file or failed; its message says why (in Swedish). */
export class ImportFailed extends Error {}

/**
 * Sends a file to `/import/<kind>` (the session cookie signs it in, the CSRF header proves it
 * comes from the dashboard) and reads the NDJSON answer as it arrives: progress lines, then the
 * report.
 */
export async function runImport(
  kind: CsvKind,
  file: Blob,
  mode: ImportMode,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportReport> {
  const response = await fetch(`/import/${kind}?mode=${mode}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv; charset=utf-8', [CSRF_HEADER]: '1' },
    body: file,
  });
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => null)) as {
      errors?: { message: string }[];
    } | null;
    throw new ImportFailed(body?.errors?.[0]?.message ?? response.statusText);
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let report: ImportReport | null = null;
  const take = (line: string) => {
    if (!line.trim()) return;
    const message = JSON.parse(line) as ImportMessage;
    if ('progress' in message) onProgress(message.progress);
    else if ('report' in message) report = message.report;
    else throw new ImportFailed(message.error);
  };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += value;
    let end = buffer.indexOf('\n');
    while (end >= 0) {
      take(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      end = buffer.indexOf('\n');
    }
  }
  take(buffer);
  if (!report) throw new ImportFailed('');
  return report;
}

/** An error's message in the dashboard's language: by its code when the code is ours. */
export function errorMessage(error: FieldError, locale: Locale): string {
  const { code } = error;
  if (Object.hasOwn(CSV_MESSAGES, code))
    return CSV_MESSAGES[code as keyof typeof CSV_MESSAGES][locale];
  if (Object.hasOwn(INPUT_MESSAGES, code)) {
    return INPUT_MESSAGES[code as keyof typeof INPUT_MESSAGES][locale];
  }
  return error.message;
}
