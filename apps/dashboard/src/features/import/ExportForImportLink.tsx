import type { CsvKind } from '@malmo/domain';
import { useId } from 'react';
import { useLocale } from '../../i18n';
import { exportHref } from './export-href';

/**
 * "Exportera för import": the list's records in the import format (every field, keys, references
 * by key), written by the API so that the file reads back unchanged.
 */
export function ExportForImportLink({
  kind,
  filters,
}: {
  kind: CsvKind;
  filters?: Record<string, string>;
}) {
  const { t } = useLocale();
  const hint = useId();
  return (
    <>
      <a
        className="ui-button ui-button--secondary"
        href={exportHref(kind, filters)}
        download
        aria-describedby={hint}
      >
        {t('list.exportForImport')}
      </a>
      <span id={hint} className="ui-visually-hidden">
        {t('list.exportForImportHint')}
      </span>
    </>
  );
}
