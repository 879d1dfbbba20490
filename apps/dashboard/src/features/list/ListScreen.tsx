import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import {
  type Column,
  DataTable,
  ExportButton,
  FilterBar,
  PageHeader,
  Pagination,
  SearchField,
  StatusMessage,
} from '@malmo/ui';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useLocale } from '../../i18n';
import { useDocumentTitle } from '../../lib/document-title';
import { toGql } from '../../lib/enums';
import { type Connection, PAGE_SIZE, type PageVariables, useConnectionQuery } from './connection';
import { type CsvColumn, csvFilename, downloadText, toCsv } from './csv';
import {
  type FilterValues,
  type ListSearch,
  type ListSearchSpec,
  type ListSearchState,
  type ParamDefs,
  useListSearch,
} from './search';

/** A table column that may also be exported; its header is plain text for the CSV. */
export interface ListColumn<Row, S extends string = string> extends Column<Row, S> {
  header: string;
  csv?: CsvColumn<Row>['value'];
}

/** Every list query takes the same text search and ordering; lists add their own filters. */
export interface ListVariables<S extends string> extends PageVariables, OperationVariables {
  filter?: { search?: string | null } | null;
  orderBy?: { field: S; direction: 'ASC' | 'DESC' } | null;
}

export interface ListScreenProps<
  TData,
  TVars extends ListVariables<S>,
  Row extends { id: string },
  S extends string,
  D extends ParamDefs,
> {
  /** The h1, the table caption and the document title; may depend on the filters. */
  title: string | ((search: ListSearch<S, FilterValues<D>>) => string);
  description: string;
  searchHint: string;
  /** The file name of the export, without date and extension. */
  csvName: string;
  spec: ListSearchSpec<S, D>;
  document: TypedDocumentNode<TData, TVars>;
  /** Module-level (stable) function picking the connection out of the result. */
  select: (data: TData) => Connection<Row>;
  /** The list's own filter fields, beside the text search every list has. */
  filter?: (search: ListSearch<S, FilterValues<D>>) => Omit<NonNullable<TVars['filter']>, 'search'>;
  columns: readonly ListColumn<Row, S>[];
  filters?: (state: ListSearchState<S, D>) => ReactNode;
}

const SEARCH_DELAY_MS = 250;

/** The search box: typing updates the URL after a short pause; Enter applies at once. */
function SearchBox({
  value,
  onChange,
  label,
  hint,
  flush,
}: {
  value: string;
  onChange: (q: string) => void;
  label: string;
  hint: string;
  /** Set to a function that applies the typed text at once (Enter in the form). */
  flush: { current: () => void };
}) {
  const [text, setText] = useState(value);
  const pushed = useRef(value);
  // Follow the URL when it changes from outside (Back, a link, "clear").
  useEffect(() => {
    if (value !== pushed.current) {
      pushed.current = value;
      setText(value);
    }
  }, [value]);
  useEffect(() => {
    if (text === pushed.current) return;
    const timer = setTimeout(() => {
      pushed.current = text;
      onChange(text);
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, onChange]);
  flush.current = () => {
    if (text === pushed.current) return;
    pushed.current = text;
    onChange(text);
  };
  return <SearchField label={label} hint={hint} value={text} onChange={setText} />;
}

export function ListScreen<
  TData,
  TVars extends ListVariables<S>,
  Row extends { id: string },
  S extends string,
  D extends ParamDefs,
>(props: ListScreenProps<TData, TVars, Row, S, D>) {
  const { t } = useLocale();
  const state = useListSearch(props.spec);
  const { search } = state;
  const title = typeof props.title === 'function' ? props.title(search) : props.title;
  useDocumentTitle(title);
  // TVars is this shape plus the fields `filter` returns; TypeScript cannot join the two.
  const variables = {
    filter: { search: search.q || null, ...props.filter?.(search) },
    orderBy: { field: search.sort, direction: toGql(search.direction) },
  } satisfies ListVariables<S> as unknown as Omit<TVars, keyof PageVariables>;
  const { connection, loading, error, refetch, fetchAll } = useConnectionQuery(
    props.document,
    variables,
    search,
    props.select,
  );
  const setQueryRef = useRef(state.setQuery);
  setQueryRef.current = state.setQuery;
  const [onQueryChange] = useState(() => (q: string) => setQueryRef.current(q));
  const flushSearch = useRef(() => {});

  const total = connection?.totalCount ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(search.page, pages);
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  const exportCsv = async () => {
    const all = await fetchAll();
    const columns = props.columns.flatMap((column) =>
      column.csv ? [{ header: column.header, value: column.csv }] : [],
    );
    downloadText(csvFilename(props.csvName), await toCsv(columns, all));
  };

  return (
    <>
      <PageHeader
        title={title}
        description={props.description}
        actions={
          <ExportButton
            label={t('list.export')}
            busyLabel={t('list.exporting')}
            errorLabel={t('list.exportFailed')}
            onExport={exportCsv}
            disabled={!connection || total === 0}
          />
        }
      />
      <FilterBar label={t('list.searchAndFilter')} onSubmit={() => flushSearch.current()}>
        <SearchBox
          label={t('list.search')}
          hint={props.searchHint}
          value={search.q}
          onChange={onQueryChange}
          flush={flushSearch}
        />
        {props.filters?.(state)}
        {state.active ? (
          <button type="button" className="ui-button ui-button--secondary" onClick={state.clear}>
            {t('list.clear')}
          </button>
        ) : null}
      </FilterBar>

      {error ? (
        <StatusMessage tone="error">
          {t('common.error')}{' '}
          <button type="button" className="ui-button ui-button--secondary" onClick={refetch}>
            {t('common.retry')}
          </button>
        </StatusMessage>
      ) : null}

      <div className="ui-list-toolbar">
        <StatusMessage inline>
          {connection ? t('list.matches', { count: total }) : loading ? t('common.loading') : ''}
        </StatusMessage>
      </div>

      {connection ? (
        <DataTable
          caption={title}
          columns={props.columns}
          rows={rows}
          rowKey={(row) => row.id}
          sort={{ key: search.sort, direction: search.direction }}
          onSortChange={(sort) => state.setSort(sort.key, sort.direction)}
          empty={t('list.empty')}
          busy={loading}
        />
      ) : null}

      <div className="ui-table-footer">
        {connection ? (
          <Pagination
            label={t('list.pages')}
            previousLabel={t('list.previous')}
            nextLabel={t('list.next')}
            status={t('list.pageOf', { page, pages })}
            hasPrevious={connection.pageInfo.hasPreviousPage}
            hasNext={connection.pageInfo.hasNextPage}
            onPrevious={() => {
              const before = connection.pageInfo.startCursor;
              state.goToPage(page - 1, page - 1 > 1 && before ? { before } : null);
            }}
            onNext={() => {
              const after = connection.pageInfo.endCursor;
              if (after) state.goToPage(page + 1, { after });
            }}
          />
        ) : null}
      </div>
    </>
  );
}
