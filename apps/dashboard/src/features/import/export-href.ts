import type { CsvKind } from '@malmo/domain';

/**
 * The export of a kind, in the format the import reads: `/export/<kind>.csv`. Apart from the
 * import's client (which reads the domain's messages, and so zod) because every list links to it.
 */
export function exportHref(kind: CsvKind, filters: Record<string, string> = {}): string {
  const query = new URLSearchParams(filters).toString();
  return `/export/${kind}.csv${query ? `?${query}` : ''}`;
}
