import '../../i18n/editing';
import { useQuery } from '@apollo/client/react';
import { EmptyState, Section, StatusMessage } from '@malmo/ui';
import { graphql } from '../../gql';
import { useLocale } from '../../i18n';
import type { FieldSpec } from '../editing/spec';
import { AuditChanges, formatAt, NamesProvider, useReadable } from './AuditChanges';

export const recordHistoryQuery = graphql(`
  query RecordHistory($id: ID!, $first: Int = 100) {
    recordHistory(id: $id, first: $first) {
      totalCount
      edges {
        node {
          ...AuditEntryRow
        }
      }
    }
  }
`);

/**
 * "Historik": every change to the record, newest first – who, when, what, and each field.
 * `fields` names the fields; null while they load (the entries wait for them).
 */
export function RecordHistory(props: { id: string; fields: readonly FieldSpec[] | null }) {
  return (
    <NamesProvider>
      <History {...props} />
    </NamesProvider>
  );
}

function History({ id, fields }: { id: string; fields: readonly FieldSpec[] | null }) {
  const { t, locale } = useLocale();
  const { data, error, loading } = useQuery(recordHistoryQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const entries = data?.recordHistory.edges.map((e) => e.node) ?? [];
  const readable = useReadable(entries);
  return (
    <Section title={t('history.title')} count={data?.recordHistory.totalCount}>
      {error ? <StatusMessage tone="error">{t('common.error')}</StatusMessage> : null}
      {(!data && loading) || (entries.length && !fields) ? (
        <StatusMessage>{t('common.loading')}</StatusMessage>
      ) : null}
      {data && entries.length === 0 ? <EmptyState>{t('history.empty')}</EmptyState> : null}
      {entries.length && fields ? (
        <ol className="history-list">
          {entries.map((entry) => (
            <li key={entry.id} className="history-list__entry">
              <p className="history-list__head">
                <strong>{t(`history.action.${entry.action}`)}</strong>{' '}
                <time dateTime={entry.at}>{formatAt(entry.at, locale)}</time>
                {', '}
                {entry.actor?.displayName ?? t('history.system')}
              </p>
              <AuditChanges entry={entry} fields={fields} readable={readable} />
            </li>
          ))}
        </ol>
      ) : null}
    </Section>
  );
}
