import type { ReactNode } from 'react';

export type SortDirection = 'asc' | 'desc';

export interface SortState<K extends string = string> {
  key: K;
  direction: SortDirection;
}

export interface Column<Row, K extends string = string> {
  id: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Set when the column can be sorted; the key is handed to `onSortChange`. */
  sortKey?: K;
  numeric?: boolean;
}

export interface DataTableProps<Row, K extends string = string> {
  caption: ReactNode;
  /** Keep the caption for assistive technology only, when a visible heading already names it. */
  hideCaption?: boolean;
  columns: readonly Column<Row, K>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /**
   * Which column names the row (`<th scope="row">`): the first (true, the default), none (false)
   * or the column with this id.
   */
  rowHeader?: boolean | string;
  sort?: SortState<K>;
  onSortChange?: (sort: SortState<K>) => void;
  /** Shown in place of rows when there are none. */
  empty?: ReactNode;
  busy?: boolean;
  /** Tighter cells, for tables with many columns. */
  compact?: boolean;
}

function ariaSort(column: { sortKey?: string }, sort: SortState | undefined) {
  if (!column.sortKey || !sort || sort.key !== column.sortKey) return undefined;
  return sort.direction === 'asc' ? 'ascending' : 'descending';
}

function SortIcon({ direction }: { direction: SortDirection | null }) {
  const glyph = direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕';
  return (
    <span className="ui-sort-icon" aria-hidden="true">
      {glyph}
    </span>
  );
}

/**
 * A table with a caption, column headers and optional sorting: sortable headers are buttons,
 * and the sorted one carries `aria-sort` (plus an arrow, so the state never rests on colour).
 */
export function DataTable<Row, K extends string = string>({
  caption,
  hideCaption = false,
  columns,
  rows,
  rowKey,
  rowHeader = true,
  sort,
  onSortChange,
  empty,
  busy = false,
  compact = false,
}: DataTableProps<Row, K>) {
  return (
    <div className="ui-table-wrap">
      <table
        className={compact ? 'ui-table ui-table--compact' : 'ui-table'}
        aria-busy={busy || undefined}
      >
        <caption className={hideCaption ? 'ui-visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const sorted = ariaSort(column, sort);
              const sortKey = column.sortKey;
              return (
                <th
                  key={column.id}
                  scope="col"
                  aria-sort={sorted}
                  className={column.numeric ? 'ui-num' : undefined}
                >
                  {sortKey && onSortChange ? (
                    <button
                      type="button"
                      className="ui-sort-button"
                      onClick={() =>
                        onSortChange({
                          key: sortKey,
                          direction: sorted === 'ascending' ? 'desc' : 'asc',
                        })
                      }
                    >
                      {column.header}
                      <SortIcon
                        direction={
                          sorted === 'ascending' ? 'asc' : sorted === 'descending' ? 'desc' : null
                        }
                      />
                    </button>
                  ) : (
                    column.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && empty ? (
            <tr>
              <td colSpan={columns.length} className="ui-table__empty">
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column, index) =>
                  (rowHeader === true && index === 0) || rowHeader === column.id ? (
                    <th key={column.id} scope="row">
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={column.id} className={column.numeric ? 'ui-num' : undefined}>
                      {column.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
