import { type Column, DataTable, ExportButton, type SortState, StatusMessage } from '@malmo/ui';
import { type ReactNode, Suspense, useEffect, useRef, useState } from 'react';
import '../../i18n/dashboards';
import { useLocale } from '../../i18n';
import { csvFilename, downloadText, toCsv } from '../list/csv';
import { preloadCharts } from './lazy';

/** One column of a chart's table; the CSV export writes `value`, the table shows `cell` or it. */
export interface ChartColumn<Row> {
  id: string;
  header: string;
  value: (row: Row) => string | number | null;
  cell?: (row: Row) => ReactNode;
  numeric?: boolean;
  sortKey?: string;
}

export interface ChartPanelProps<Row> {
  /** The section's id; its heading is `<id>-title`. */
  id: string;
  title: string;
  /** What the chart shows, in words: the reading of it that needs no picture. */
  summary?: ReactNode;
  /** The chart itself (from `./lazy`); omitted, the panel is a table only. */
  chart?: ReactNode;
  /**
   * The chart's height, for a chart drawn only once it scrolls into view (its space kept
   * meanwhile, so nothing moves): a large chart that would otherwise hold up the page's first
   * moments on a slow phone. Without it, the chart is drawn at once.
   */
  deferredHeight?: number;
  /** The table alternative and the CSV export: the same columns and rows. */
  columns: readonly ChartColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** File name stem of the export, e.g. `engagemang-per-forvaltning`. */
  csvName: string;
  sort?: SortState;
  onSortChange?: (sort: SortState) => void;
  /** Controls beside the view switch (e.g. counts or money). */
  controls?: ReactNode;
  loading?: boolean;
  /** Shown when there are no rows. */
  empty?: ReactNode;
}

/**
 * A chart with its table alternative and CSV export of exactly the rows and columns shown. The
 * view switch is two pressed-state buttons; the table is what prints, whichever view is chosen.
 */
export function ChartPanel<Row>(props: ChartPanelProps<Row>) {
  const { t } = useLocale();
  const [view, setView] = useState<'chart' | 'table'>(props.chart ? 'chart' : 'table');
  const hasChart = Boolean(props.chart);
  // The chart's code loads while its rows do, not after them.
  useEffect(() => {
    if (hasChart) void preloadCharts();
  }, [hasChart]);
  const titleId = `${props.id}-title`;
  const columns: Column<Row>[] = props.columns.map((column) => ({
    id: column.id,
    header: column.header,
    cell: column.cell ?? column.value,
    numeric: column.numeric,
    sortKey: column.sortKey,
  }));
  const exportCsv = async () => {
    const csv = await toCsv(
      props.columns.map((column) => ({ header: column.header, value: column.value })),
      props.rows,
    );
    downloadText(csvFilename(props.csvName), csv);
  };
  const empty = props.rows.length === 0;
  const table = (
    <DataTable
      caption={props.title}
      hideCaption
      columns={columns}
      rows={props.rows}
      rowKey={props.rowKey}
      sort={props.sort}
      onSortChange={props.onSortChange}
      compact={columns.length > 6}
    />
  );
  return (
    <section className="chart-panel" id={props.id} aria-labelledby={titleId}>
      <div className="chart-panel__head">
        <h2 id={titleId}>{props.title}</h2>
        <div className="chart-panel__tools">
          {props.controls}
          {props.chart ? (
            // biome-ignore lint/a11y/useSemanticElements: a group of two toggle buttons, as in the filter bars
            <div className="ui-toggle" role="group" aria-label={t('charts.view')}>
              <button
                type="button"
                aria-pressed={view === 'chart'}
                onClick={() => setView('chart')}
              >
                {t('charts.chart')}
              </button>
              <button
                type="button"
                aria-pressed={view === 'table'}
                onClick={() => setView('table')}
              >
                {t('charts.table')}
              </button>
            </div>
          ) : null}
          <ExportButton
            label={t('charts.export')}
            busyLabel={t('charts.exporting')}
            errorLabel={t('charts.exportFailed')}
            onExport={exportCsv}
            disabled={props.loading || empty}
          />
        </div>
      </div>
      {props.summary ? <p className="chart-panel__summary">{props.summary}</p> : null}
      {props.loading ? (
        <StatusMessage tone="info">{t('charts.loading')}</StatusMessage>
      ) : empty ? (
        <p className="chart-panel__empty">{props.empty ?? t('charts.empty')}</p>
      ) : view === 'chart' && props.chart ? (
        <>
          <figure className="chart-panel__figure" aria-labelledby={titleId}>
            {props.deferredHeight === undefined ? (
              <Suspense fallback={<p>{t('charts.loadingChart')}</p>}>{props.chart}</Suspense>
            ) : (
              <WhenInView height={props.deferredHeight}>{props.chart}</WhenInView>
            )}
            <figcaption className="ui-visually-hidden">{t('charts.tableHint')}</figcaption>
          </figure>
          {/* Paper gets the table instead of the chart (see the print styles). */}
          <div className="chart-panel__print-table">{table}</div>
        </>
      ) : (
        table
      )}
    </section>
  );
}

/**
 * Its children once the box has come within 200 px of the viewport (IntersectionObserver);
 * until then, and while the chart's code loads, an empty box of the chart's height.
 */
function WhenInView({ height, children }: { height: number; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (seen || !element) return;
    if (typeof IntersectionObserver === 'undefined') {
      setSeen(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setSeen(true);
      },
      { rootMargin: '200px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [seen]);
  return (
    <div ref={box} style={{ minHeight: height }}>
      {seen ? <Suspense fallback={null}>{children}</Suspense> : null}
    </div>
  );
}
