import '../../i18n/editing';
import { useMutation } from '@apollo/client/react';
import { Dialog, Section, StatusMessage, TextField } from '@malmo/ui';
import { type FormEvent, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import type { DeleteRecordMutation } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { useGrant } from '../auth/SessionProvider';
import type { Translate } from '../editing/kind';
import { formatAt } from './AuditChanges';

const archiveMutation = graphql(`
  mutation ArchiveRecord($id: ID!, $version: Int!) {
    result: archiveRecord(id: $id, version: $version) {
      __typename
      ... on MutationArchiveRecordSuccess {
        data {
          id
          version
          archivedAt
        }
      }
      ...InputProblem
      ...RuleProblem
      ...StaleProblem
    }
  }
`);

const restoreMutation = graphql(`
  mutation RestoreRecord($id: ID!, $version: Int!) {
    result: restoreRecord(id: $id, version: $version) {
      __typename
      ... on MutationRestoreRecordSuccess {
        data {
          id
          version
          archivedAt
        }
      }
      ...InputProblem
      ...RuleProblem
      ...StaleProblem
    }
  }
`);

const deleteMutation = graphql(`
  mutation DeleteRecord($id: ID!, $version: Int!) {
    result: deleteRecord(id: $id, version: $version) {
      __typename
      ... on MutationDeleteRecordSuccess {
        data {
          id
        }
      }
      ... on RecordInUse {
        message
        dependants {
          recordKind
          count
          examples {
            recordId
            recordKind
            label
          }
        }
      }
      ...InputProblem
      ...RuleProblem
      ...StaleProblem
    }
  }
`);

type Dependants = Extract<
  DeleteRecordMutation['result'],
  { __typename: 'RecordInUse' }
>['dependants'];

interface ArchiveControlsProps {
  record: { id: string; version: number; archivedAt: string | null; title: string };
  /** Loads the record again after a change (its version and archive state move). */
  reload: () => void;
  /** The record's new version after archiving or restoring it here. */
  onChanged?: (version: number) => void;
  /** Where to go once the record is deleted. */
  listHref: string;
}

type Pending = 'archive' | 'restore' | 'delete' | null;

/**
 * Archive and restore (whoever may edit the record), and delete for good (administrators, with
 * a typed confirmation; refused while other records depend on it, and the dependants are shown).
 */
export function ArchiveControls({ record, reload, listHref, onChanged }: ArchiveControlsProps) {
  const { t, locale } = useLocale();
  const tr = t as unknown as Translate;
  const grant = useGrant();
  const navigate = useNavigate();
  const [open, setOpen] = useState<Pending>(null);
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState('');
  const [confirmText, setConfirmText] = useState('');
  const [confirmError, setConfirmError] = useState<string | undefined>();
  const [dependants, setDependants] = useState<Dependants | null>(null);
  const [archive, archiving] = useMutation(archiveMutation);
  const [restore, restoring] = useMutation(restoreMutation);
  const [remove, removing] = useMutation(deleteMutation);
  const openerRef = useRef<HTMLButtonElement>(null);
  const busy = archiving.loading || restoring.loading || removing.loading;
  const confirmWord = t('history.deleteWord');

  const close = () => {
    setOpen(null);
    setFailure('');
    setConfirmText('');
    setConfirmError(undefined);
    setDependants(null);
  };

  const failed = (result: { __typename: string; message?: string }) => {
    setFailure(
      result.__typename === 'StaleVersion'
        ? t('history.stale')
        : (result.message ?? t('editing.failed')),
    );
    if (result.__typename === 'StaleVersion') reload();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !open) return;
    setFailure('');
    const variables = { id: record.id, version: record.version };
    try {
      if (open === 'delete') {
        if (confirmText.trim() !== confirmWord) {
          setConfirmError(t('history.deleteConfirmError', { word: confirmWord }));
          return;
        }
        setConfirmError(undefined);
        const { data } = await remove({ variables });
        const result = data?.result;
        if (!result) throw new Error('No data');
        if (result.__typename === 'MutationDeleteRecordSuccess') {
          navigate(listHref, { replace: true });
          return;
        }
        if (result.__typename === 'RecordInUse') {
          setDependants(result.dependants);
          setFailure(result.message);
          return;
        }
        failed(result as { __typename: string; message?: string });
        return;
      }
      const mutate = open === 'archive' ? archive : restore;
      const { data } = await mutate({ variables, refetchQueries: ['RecordHistory'] });
      const result = data?.result;
      if (!result) throw new Error('No data');
      if ('data' in result && result.data) {
        onChanged?.(result.data.version);
        setMessage(open === 'archive' ? t('history.archived') : t('history.restored'));
        close();
        reload();
        return;
      }
      failed(result as { __typename: string; message?: string });
    } catch {
      setFailure(t('editing.failed'));
    }
  };

  const titles: Record<Exclude<Pending, null>, string> = {
    archive: t('history.archiveTitle', { title: record.title }),
    restore: t('history.restoreTitle', { title: record.title }),
    delete: t('history.deleteTitle', { title: record.title }),
  };

  return (
    <Section title={t('history.archiveSection')}>
      <StatusMessage>{message}</StatusMessage>
      {record.archivedAt ? (
        <p>{t('history.isArchived', { at: formatAt(record.archivedAt, locale) })}</p>
      ) : (
        <p>{t('history.archiveIntro')}</p>
      )}
      <div className="ui-form-actions">
        <button
          type="button"
          className="ui-button ui-button--secondary"
          ref={openerRef}
          onClick={() => setOpen(record.archivedAt ? 'restore' : 'archive')}
        >
          {record.archivedAt ? t('history.restore') : t('history.archive')}
        </button>
        {grant.role === 'admin' ? (
          <button
            type="button"
            className="ui-button ui-button--danger"
            onClick={() => setOpen('delete')}
          >
            {t('history.delete')}
          </button>
        ) : null}
      </div>
      <Dialog
        open={open !== null}
        title={open ? titles[open] : ''}
        onClose={close}
        returnFocus={() => openerRef.current}
      >
        {open ? (
          <form onSubmit={submit} noValidate>
            <p>
              {open === 'archive'
                ? t('history.archiveBody')
                : open === 'restore'
                  ? t('history.restoreBody')
                  : t('history.deleteBody')}
            </p>
            {failure ? (
              <div className="ui-error-summary" role="alert">
                {failure}
                {dependants?.length ? (
                  <ul>
                    {dependants.map((d) => (
                      <li key={d.recordKind}>
                        {t('history.dependant', {
                          kind: tr(`history.kinds.${d.recordKind}`, { defaultValue: d.recordKind }),
                          count: d.count,
                        })}
                        {d.examples.length ? `: ${d.examples.map((e) => e.label).join(', ')}` : ''}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </div>
            ) : null}
            {open === 'delete' ? (
              <TextField
                label={t('history.deleteConfirm', { word: confirmWord })}
                value={confirmText}
                onChange={setConfirmText}
                error={confirmError}
                required
                autoComplete="off"
              />
            ) : null}
            <div className="ui-form-actions">
              <button
                type="submit"
                className={open === 'delete' ? 'ui-button ui-button--danger' : 'ui-button'}
                disabled={busy}
                aria-busy={busy}
              >
                {open === 'archive'
                  ? t('history.archiveSubmit')
                  : open === 'restore'
                    ? t('history.restoreSubmit')
                    : t('history.deleteSubmit')}
              </button>
              <button type="button" className="ui-button ui-button--secondary" onClick={close}>
                {t('history.cancel')}
              </button>
            </div>
          </form>
        ) : null}
      </Dialog>
    </Section>
  );
}
