/**
 * A bar chart's height: horizontal bars get a row each (long unit names down the side). Apart
 * from charts.tsx (Recharts) so that a page can reserve the chart's space before its code loads.
 */
export function barChartHeight(count: number, horizontal: boolean): number {
  return horizontal ? Math.max(240, 48 + count * 28) : 320;
}
