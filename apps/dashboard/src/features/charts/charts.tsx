/**
 * The dashboard's charts, the only module that imports Recharts. It is loaded lazily (see
 * `lazy.ts`), so the first page does not pay for it. Every chart names itself (`title`), shows a
 * tooltip that arrow keys move (Recharts' accessibility layer), and tells series apart by texture
 * or dash as well as colour. What a chart shows is always also in its table (ChartPanel).
 */
import { useId } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from 'recharts';
import { type SeriesStyle, seriesStyle } from './palette';
import { barChartHeight } from './size';

export interface Series {
  key: string;
  label: string;
}

type ValueFormat = (value: number) => string;

const plain: ValueFormat = (value) => String(value);

/** An id usable inside `url(#…)`. */
function useSvgId() {
  return `chart${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

function TexturePattern({ id, style }: { id: string; style: SeriesStyle }) {
  const stroke = { stroke: '#fff', strokeWidth: 1.5 };
  const marks = {
    solid: null,
    diagonal: <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" {...stroke} />,
    back: <path d="M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4" {...stroke} />,
    cross: <path d="M0,8 l8,-8 M0,0 l8,8" {...stroke} />,
    dots: <circle cx="4" cy="4" r="1.6" fill="#fff" />,
    horizontal: <path d="M0,4 h8" {...stroke} />,
    vertical: <path d="M4,0 v8" {...stroke} />,
    grid: <path d="M0,4 h8 M4,0 v8" {...stroke} />,
    checker: <path d="M0,0 h4 v4 h-4z M4,4 h4 v4 h-4z" fill="#fff" fillOpacity={0.55} />,
    zigzag: <path d="M0,6 l2,-4 l2,4 l2,-4 l2,4" fill="none" {...stroke} />,
  }[style.texture];
  return (
    <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse">
      <rect width="8" height="8" fill={style.colour} />
      {marks}
    </pattern>
  );
}

function useTextures(count: number) {
  const base = useSvgId();
  const styles = Array.from({ length: count }, (_, index) => seriesStyle(index));
  const fill = (index: number) => (index === 0 ? styles[0]?.colour : `url(#${base}-${index})`);
  const defs = (
    <defs>
      {styles.map((style, index) =>
        index === 0 ? null : (
          // biome-ignore lint/suspicious/noArrayIndexKey: one pattern per series position
          <TexturePattern key={index} id={`${base}-${index}`} style={style} />
        ),
      )}
    </defs>
  );
  return { fill, defs, styles };
}

export interface BarChartViewProps<Row extends object> {
  /** The chart's accessible name. */
  title: string;
  data: readonly Row[];
  /** The field that labels each bar (a unit's name, a year). */
  categoryKey: keyof Row & string;
  series: readonly Series[];
  stacked?: boolean;
  /** Bars run left to right with the categories down the side: best for long names. */
  horizontal?: boolean;
  formatValue?: ValueFormat;
  /** The value axis' range when it is fixed (scores 1–5); otherwise it fits the data. */
  valueDomain?: [number, number];
  /** A click on a bar: the row behind it and the series clicked. */
  onSelect?: (row: Row, seriesKey: string) => void;
  height?: number;
}

export function BarChartView<Row extends object>({
  title,
  data,
  categoryKey,
  series,
  stacked = false,
  horizontal = false,
  formatValue = plain,
  valueDomain,
  onSelect,
  height,
}: BarChartViewProps<Row>) {
  const { fill, defs } = useTextures(series.length);
  const size = height ?? barChartHeight(data.length, horizontal);
  const category = horizontal ? (
    <YAxis
      type="category"
      dataKey={categoryKey as string}
      width={180}
      interval={0}
      tick={{ fontSize: 12 }}
    />
  ) : (
    <XAxis dataKey={categoryKey as string} tick={{ fontSize: 12 }} />
  );
  const value = horizontal ? (
    <XAxis type="number" domain={valueDomain} tickFormatter={formatValue} tick={{ fontSize: 12 }} />
  ) : (
    <YAxis
      type="number"
      domain={valueDomain}
      tickFormatter={formatValue}
      tick={{ fontSize: 12 }}
      width={72}
    />
  );
  return (
    <BarChart
      title={title}
      data={data as Row[]}
      layout={horizontal ? 'vertical' : 'horizontal'}
      style={{ width: '100%', height: size }}
      responsive
      margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
    >
      {defs}
      <CartesianGrid strokeDasharray="3 3" stroke="#c8c8c8" />
      {category}
      {value}
      <Tooltip formatter={(v) => (typeof v === 'number' ? formatValue(v) : String(v))} />
      {series.length > 1 ? <Legend /> : null}
      {series.map((s, index) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={s.label}
          stackId={stacked ? 'stack' : undefined}
          fill={fill(index)}
          stroke="#fff"
          strokeWidth={stacked ? 1 : 0}
          isAnimationActive={false}
          cursor={onSelect ? 'pointer' : undefined}
          onClick={onSelect ? (item) => onSelect(item.payload as Row, s.key) : undefined}
        />
      ))}
    </BarChart>
  );
}

export interface ScatterPoint {
  id: string;
  label: string;
  x: number;
  y: number;
}

export interface ScatterChartViewProps<P extends ScatterPoint> {
  title: string;
  /** One group per series: each has its own marker shape as well as colour. */
  groups: readonly { key: string; label: string; points: readonly P[] }[];
  xLabel: string;
  yLabel: string;
  formatX?: ValueFormat;
  formatY?: ValueFormat;
  onSelect?: (point: P) => void;
  height?: number;
}

const SHAPES = ['circle', 'square', 'triangle', 'diamond', 'star', 'cross', 'wye'] as const;

export function ScatterChartView<P extends ScatterPoint>({
  title,
  groups,
  xLabel,
  yLabel,
  formatX = plain,
  formatY = plain,
  onSelect,
  height = 360,
}: ScatterChartViewProps<P>) {
  return (
    <ScatterChart
      title={title}
      style={{ width: '100%', height }}
      responsive
      margin={{ top: 8, right: 24, bottom: 32, left: 16 }}
    >
      <CartesianGrid strokeDasharray="3 3" stroke="#c8c8c8" />
      <XAxis
        type="number"
        dataKey="x"
        name={xLabel}
        tickFormatter={formatX}
        label={{ value: xLabel, position: 'insideBottom', offset: -16 }}
        tick={{ fontSize: 12 }}
      />
      <YAxis
        type="number"
        dataKey="y"
        name={yLabel}
        tickFormatter={formatY}
        label={{ value: yLabel, angle: -90, position: 'insideLeft' }}
        tick={{ fontSize: 12 }}
        width={72}
      />
      <ZAxis range={[90, 90]} />
      <Tooltip
        formatter={(v, name) =>
          typeof v === 'number' ? (name === xLabel ? formatX(v) : formatY(v)) : String(v)
        }
        labelFormatter={() => ''}
      />
      {groups.length > 1 ? <Legend verticalAlign="top" /> : null}
      {groups.map((group, index) => (
        <Scatter
          key={group.key}
          name={group.label}
          data={group.points as P[]}
          fill={seriesStyle(index).colour}
          shape={SHAPES[index % SHAPES.length]}
          isAnimationActive={false}
          cursor={onSelect ? 'pointer' : undefined}
          onClick={onSelect ? (item) => onSelect(item.payload as P) : undefined}
        />
      ))}
    </ScatterChart>
  );
}

export interface LineChartViewProps<Row extends object> {
  title: string;
  data: readonly Row[];
  xKey: keyof Row & string;
  series: readonly Series[];
  formatValue?: ValueFormat;
  yDomain?: [number, number];
  height?: number;
}

/** Lines over time; each series has its own dash and marker, so a grey print still tells them apart. */
export function LineChartView<Row extends object>({
  title,
  data,
  xKey,
  series,
  formatValue = plain,
  yDomain,
  height = 320,
}: LineChartViewProps<Row>) {
  return (
    <LineChart
      title={title}
      data={data as Row[]}
      style={{ width: '100%', height }}
      responsive
      margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
    >
      <CartesianGrid strokeDasharray="3 3" stroke="#c8c8c8" />
      <XAxis dataKey={xKey as string} tick={{ fontSize: 12 }} />
      <YAxis tickFormatter={formatValue} domain={yDomain} tick={{ fontSize: 12 }} width={72} />
      <Tooltip formatter={(v) => (typeof v === 'number' ? formatValue(v) : String(v))} />
      {series.length > 1 ? <Legend /> : null}
      {series.map((s, index) => {
        const style = seriesStyle(index);
        return (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stroke={style.colour}
            strokeWidth={2}
            strokeDasharray={style.dash || undefined}
            dot={{ r: 3, fill: style.colour }}
            connectNulls
            isAnimationActive={false}
          />
        );
      })}
    </LineChart>
  );
}
