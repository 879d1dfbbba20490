import { lazy } from 'react';
import type * as Charts from './charts';

/*
 * The charts, loaded on first use: Recharts is its own chunk, which the first page never loads.
 * Render them inside ChartPanel, which supplies the Suspense boundary. `lazy` would erase the
 * components' type parameters (a row type's keys became `never`), so each keeps its own type.
 */
/**
 * Starts loading the charts' chunk, e.g. while a chart's data loads, so the chart does not wait
 * for its code after its data. The same import as the components below: loaded once.
 */
export const preloadCharts = () => import('./charts');

export const BarChartView = lazy(async () => ({
  default: (await preloadCharts()).BarChartView,
})) as unknown as typeof Charts.BarChartView;
export const ScatterChartView = lazy(async () => ({
  default: (await preloadCharts()).ScatterChartView,
})) as unknown as typeof Charts.ScatterChartView;
export const LineChartView = lazy(async () => ({
  default: (await preloadCharts()).LineChartView,
})) as unknown as typeof Charts.LineChartView;
export type { ScatterPoint, Series } from './charts';
