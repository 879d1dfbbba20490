import '../../i18n/editing';
import { StatusMessage } from '@malmo/ui';
import { useLocale } from '../../i18n';
import { useGrant } from '../auth/SessionProvider';
import type { RecordKind } from '../editing/kind';
import { useKindFields } from '../editing/ListActions';
import { ArchiveControls } from './ArchiveControls';
import { formatAt } from './AuditChanges';
import { RecordHistory } from './RecordHistory';

/**
 * The foot of a record's page: archive and restore (delete for administrators) for those who
 * may write the record, whether it is archived for everyone else, and its history.
 */
export function RecordLifecycle({
  kind,
  record,
  title,
  reload,
}: {
  kind: RecordKind;
  record: { id: string; version: number; archivedAt?: string | null };
  title: string;
  reload: () => void;
}) {
  const { t, locale } = useLocale();
  const grant = useGrant();
  const fields = useKindFields(kind);
  const archivedAt = record.archivedAt ?? null;
  return (
    <>
      {kind.canWrite(grant, record as unknown as Record<string, unknown>) ? (
        <ArchiveControls
          record={{ id: record.id, version: record.version, archivedAt, title }}
          reload={reload}
          listHref={kind.paths.list}
        />
      ) : archivedAt ? (
        <StatusMessage>
          {t('history.isArchived', { at: formatAt(archivedAt, locale) })}
        </StatusMessage>
      ) : null}
      <RecordHistory id={record.id} fields={fields} />
    </>
  );
}
