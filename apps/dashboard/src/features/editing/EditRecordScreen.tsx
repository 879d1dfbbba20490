import '../../i18n/editing';
import { useQuery } from '@apollo/client/react';
import { PageHeader, StatusMessage } from '@malmo/ui';
import { type ReactNode, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { useLocale } from '../../i18n';
import { useDocumentTitle } from '../../lib/document-title';
import { NoPermission } from '../auth/guards';
import { useGrant } from '../auth/SessionProvider';
import { DetailScreen, type DetailState } from '../detail/DetailScreen';
import { ArchiveControls } from '../history/ArchiveControls';
import { RecordHistory } from '../history/RecordHistory';
import type { RecordKind, Translate } from './kind';
import { RecordForm } from './RecordForm';
import { type FieldSpec, fromRecord } from './spec';

/** What the page says after a save: the form stays, with the saved values. */
type Saved = 'created' | 'saved' | null;

function useKindText(kind: RecordKind) {
  const { t } = useLocale();
  const tr = t as unknown as Translate;
  const fields = useMemo(() => kind.fields(tr), [kind, tr]);
  return { tr, fields };
}

/** The page for a new record of a kind, or for editing one (`:id`). */
export function EditRecordScreen({ kind }: { kind: RecordKind }) {
  const id = useParams().id;
  return id ? <EditExisting kind={kind} id={id} /> : <CreateNew kind={kind} />;
}

function Back({ kind }: { kind: RecordKind }) {
  const { t } = useLocale();
  const { tr } = useKindText(kind);
  return <Link to={kind.paths.list}>← {t('common.back', { list: tr(kind.labels.list) })}</Link>;
}

function CreateNew({ kind }: { kind: RecordKind }) {
  const grant = useGrant();
  const navigate = useNavigate();
  const { tr, fields } = useKindText(kind);
  const title = tr(kind.labels.new);
  const [params] = useSearchParams();
  const initial = useMemo(
    () => fromRecord(fields, kind.defaults?.(grant, params) ?? {}),
    [fields, kind, grant, params],
  );
  useDocumentTitle(title);
  if (!kind.canCreate(grant)) return <NoPermission />;
  return (
    <>
      <PageHeader back={<Back kind={kind} />} title={title} />
      <RecordForm
        kind={kind}
        fields={fields}
        record={null}
        initial={initial}
        onSaved={({ id, values }) =>
          kind.afterCreate
            ? navigate(kind.afterCreate(values), { state: { saved: 'created' } })
            : navigate(kind.paths.edit(id), { state: { saved: 'created' } })
        }
      />
    </>
  );
}

function EditExisting({ kind, id }: { kind: RecordKind; id: string }) {
  const { t } = useLocale();
  const location = useLocation();
  const { tr, fields } = useKindText(kind);
  const [saved, setSaved] = useState<Saved>(
    (location.state as { saved?: Saved } | null)?.saved ?? null,
  );
  // Always the stored record: a form must start from what is saved now.
  const result = useQuery(kind.load, {
    variables: { id },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
    errorPolicy: 'all',
  });
  const node = result.data?.node;
  const state: DetailState<Record<string, unknown>> = {
    loading: result.loading,
    error: result.error,
    answered: result.data !== undefined,
    record: node && node.__typename === kind.typename ? node : null,
    refetch: () => void result.refetch(),
  };
  return (
    <DetailScreen
      state={state}
      back={{ href: kind.paths.list, label: tr(kind.labels.list) }}
      eyebrow={tr(kind.labels.edit)}
      title={(record) => kind.read(record).title}
    >
      {(record) => (
        <EditForm
          kind={kind}
          fields={fields}
          record={record}
          saved={saved}
          onSaved={() => {
            setSaved('saved');
            void result.refetch();
          }}
          reload={() => void result.refetch()}
          denied={<StatusMessage tone="error">{t('editing.notAllowed')}</StatusMessage>}
        />
      )}
    </DetailScreen>
  );
}

function EditForm({
  kind,
  fields,
  record,
  saved,
  onSaved,
  reload,
  denied,
}: {
  kind: RecordKind;
  fields: FieldSpec[];
  record: Record<string, unknown>;
  saved: Saved;
  onSaved: () => void;
  reload: () => void;
  denied: ReactNode;
}) {
  const { t } = useLocale();
  const grant = useGrant();
  const read = kind.read(record);
  const id = String(record.id);
  const version = Number(record.version);
  // Read once: the form keeps what is typed while the query refreshes underneath it.
  const [loaded] = useState(() => ({ id, version, values: fromRecord(fields, read.values) }));
  // Archiving or restoring here moves the version; the form saves on top of that, not stale.
  const [ownVersion, setOwnVersion] = useState<number | null>(null);
  if (!kind.canWrite(grant, record)) return <>{denied}</>;
  return (
    <>
      <StatusMessage>
        {saved ? (
          <>
            {saved === 'created' ? t('editing.created') : t('editing.saved')}
            {kind.paths.view ? (
              <>
                {' '}
                <Link to={kind.paths.view(id)}>{t('editing.view')}</Link>
              </>
            ) : null}
          </>
        ) : null}
      </StatusMessage>
      <RecordForm
        key={id}
        kind={kind}
        fields={fields}
        record={loaded}
        initial={loaded.values}
        onSaved={onSaved}
        ownVersion={ownVersion}
      />
      <ArchiveControls
        record={{
          id,
          version,
          archivedAt: (record.archivedAt as string | null) ?? null,
          title: read.title,
        }}
        reload={reload}
        onChanged={setOwnVersion}
        listHref={kind.paths.list}
      />
      <RecordHistory id={id} fields={fields} />
    </>
  );
}
