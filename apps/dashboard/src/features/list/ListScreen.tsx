import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import type { CsvKind } from '@malmo/domain';
import {
  Badge,
  CheckboxField,
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
import { ExportForImportLink } from '../import/ExportForImportLink';
import { LoadFailed } from '../shell/LoadFailed';
import { type Connection, PAGE_SIZE, type PageVariables, useConnectionQuery } from './connection';
import { type CsvColumn, csvFilename, downloadText, toCsv } from './csv';
import {
  booleanParam,
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
  /** Only in the export: detail the table leaves out to stay readable. */
  csvOnly?: boolean;
}

/**
 * List queries take a filter (most with a text search) and an order; lists add their own filter
 * fields. A list whose filter has no `search` omits `searchHint`; one the API orders itself sets
 * `fixedOrder`.
 */
export interface ListVariables<S extends string> extends PageVariables, OperationVariables {
  filter?: object | null;
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
  /** The hint under the text search; omitted when the list's API filter has no text search. */
  searchHint?: string;
  /** The file name of the export, without date and extension. */
  csvName: string;
  spec: ListSearchSpec<S, D>;
  document: TypedDocumentNode<TData, TVars>;
  /** Module-level (stable) function picking the connection out of the result. */
  select: (data: TData) => Connection<Row>;
  /** The list's own filter fields, beside the text search (when it has one). */
  filter?: (search: ListSearch<S, FilterValues<D>>) => Omit<NonNullable<TVars['filter']>, 'search'>;
  /** Top-level variables beside filter, order and paging, e.g. the day a ledger is read on. */
  variables?: (search: ListSearch<S, FilterValues<D>>) => Record<string, unknown>;
  /**
   * Set when the API decides the order and the list offers no other: no order is sent, no column
   * sorts, and this sentence tells the reader what the order is.
   */
  fixedOrder?: string;
  columns: readonly ListColumn<Row, S>[];
  /** Which column names each row; see `DataTable`. */
  rowHeader?: boolean | string;
  /** Tighter cells, for lists with many columns. */
  compact?: boolean;
  filters?: (state: ListSearchState<S, D>) => ReactNode;
  /** Shown between the filters and the table: notices, headline counts. */
  children?: ReactNode;
  /** Shown beside the count of matches, e.g. what a badge in the table means. */
  legend?: ReactNode;
  /** The kind (and filters) of "Exportera för import", for lists the CSV import reads back. */
  exportForImport?: (search: ListSearch<S, FilterValues<D>>) => {
    kind: CsvKind;
    filters?: Record<string, string>;
  };
  /** Buttons beside the export, e.g. "Nytt projekt". */
  actions?: ReactNode;
  /**
   * The list leaves archived records out; "Visa arkiverade" (`?archived=true`) brings them back,
   * marked. The query takes `$includeArchived` and its rows carry `archivedAt`.
   */
  archivable?: boolean;
}

/** The spec of an archivable list: its own filters and `archived`. */
function withArchived<S extends string, D extends ParamDefs>(
  spec: ListSearchSpec<S, D>,
  archivable: boolean | undefined,
): ListSearchSpec<S, D> {
  if (!archivable) return spec;
  return { ...spec, filters: { ...spec.filters, archived: booleanParam() } };
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
  const { t, locale } = useLocale();
  const [spec] = useState(() => withArchived(props.spec, props.archivable));
  const state = useListSearch(spec);
  const { search } = state;
  const showArchived = (search.filters as { archived?: boolean }).archived === true;
  const title = typeof props.title === 'function' ? props.title(search) : props.title;
  useDocumentTitle(title);
  // TVars is this shape plus the fields `filter` returns; TypeScript cannot join the two.
  const searchable = props.searchHint !== undefined;
  const variables = {
    ...props.variables?.(search),
    filter: { ...(searchable ? { search: search.q || null } : {}), ...props.filter?.(search) },
    ...(props.fixedOrder
      ? {}
      : { orderBy: { field: search.sort, direction: toGql(search.direction) } }),
    ...(props.archivable ? { includeArchived: showArchived } : {}),
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

  const tableColumns = [
    ...props.columns.filter((column) => !column.csvOnly),
    ...(showArchived ? [archivedColumn<Row, S>(t('list.archived'), locale)] : []),
  ];

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
          <>
            {props.actions}
            <ExportButton
              label={t('list.export')}
              busyLabel={t('list.exporting')}
              errorLabel={t('list.exportFailed')}
              onExport={exportCsv}
              disabled={!connection || total === 0}
            />
            {props.exportForImport ? (
              <ExportForImportLink {...props.exportForImport(search)} />
            ) : null}
          </>
        }
      />
      <FilterBar label={t('list.searchAndFilter')} onSubmit={() => flushSearch.current()}>
        {props.searchHint !== undefined ? (
          <SearchBox
            label={t('list.search')}
            hint={props.searchHint}
            value={search.q}
            onChange={onQueryChange}
            flush={flushSearch}
          />
        ) : null}
        {props.filters?.(state)}
        {props.archivable ? (
          <CheckboxField
            label={t('list.showArchived')}
            checked={showArchived}
            onChange={(checked) =>
              state.setFilter('archived' as keyof D & string, (checked || undefined) as never)
            }
          />
        ) : null}
        {state.active ? (
          <button type="button" className="ui-button ui-button--secondary" onClick={state.clear}>
            {t('list.clear')}
          </button>
        ) : null}
      </FilterBar>

      {error ? <LoadFailed retry={refetch} /> : null}

      {props.children}

      <div className="ui-list-toolbar">
        <StatusMessage inline>
          {connection ? t('list.matches', { count: total }) : loading ? t('common.loading') : ''}
        </StatusMessage>
        {props.fixedOrder ? <p className="ui-list-order">{props.fixedOrder}</p> : null}
        {props.legend}
      </div>

      {connection ? (
        <DataTable
          caption={title}
          columns={tableColumns}
          rows={rows}
          rowKey={(row) => row.id}
          rowHeader={props.rowHeader}
          compact={props.compact}
          {...(props.fixedOrder
            ? {}
            : {
                sort: { key: search.sort, direction: search.direction },
                onSortChange: (sort: { key: S; direction: 'asc' | 'desc' }) =>
                  state.setSort(sort.key, sort.direction),
              })}
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

/** "Arkiverad" and the day, for the archived rows of a list that shows them. */
function archivedColumn<Row, S extends string>(header: string, locale: string): ListColumn<Row, S> {
  return {
    id: 'archived',
    header,
    cell: (row) => {
      const at = (row as { archivedAt?: string | null }).archivedAt;
      return at ? (
        <Badge>
          {header} {new Date(at).toLocaleDateString(locale === 'en' ? 'en-GB' : 'sv-SE')}
        </Badge>
      ) : null;
    },
  };
}

/** A column only the export has. */
export function csvOnly<Row>(
  id: string,
  header: string,
  value: CsvColumn<Row>['value'],
): ListColumn<Row, never> {
  return { id, header, cell: () => null, csv: value, csvOnly: true };
}
