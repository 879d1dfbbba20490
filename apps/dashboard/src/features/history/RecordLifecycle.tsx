import '../../i18n/editing';
import { StatusMessage } from '@malmo/ui';
import { useEffect, useMemo, useState } from 'react';
import { useLocale } from '../../i18n';
import { useGrant } from '../auth/SessionProvider';
import type { KindLinks, Translate } from '../editing/kind';
import type { FieldSpec } from '../editing/spec';
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
  kind: KindLinks;
  record: { id: string; version: number; archivedAt?: string | null };
  title: string;
  reload: () => void;
}) {
  const { t, locale } = useLocale();
  const grant = useGrant();
  const fields = useKindFields(kind.key);
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

type Kinds = typeof import('../editing/kinds');

/**
 * A kind's fields in the reader's language, for the history's field names. They live with the
 * forms (and their input schemas, zod), so they load after the record's page, not with it.
 */
function useKindFields(key: string): readonly FieldSpec[] | null {
  const { t } = useLocale();
  const [kinds, setKinds] = useState<Kinds | null>(null);
  useEffect(() => {
    let live = true;
    void import('../editing/kinds').then((loaded) => {
      if (live) setKinds(loaded);
    });
    return () => {
      live = false;
    };
  }, []);
  return useMemo(
    () => (kinds ? kinds.recordKind(key).fields(t as unknown as Translate) : null),
    [kinds, key, t],
  );
}
