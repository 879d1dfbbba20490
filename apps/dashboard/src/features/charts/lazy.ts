import { lazy } from 'react';
import type * as Charts from './charts';

/*
 * The charts, loaded on first use: Recharts is its own chunk, which the first page never loads.
 * Render them inside ChartPanel, which supplies the Suspense boundary. `lazy` would erase the
 * components' type parameters (a row type's keys became `never`), so each keeps its own type.
 */
export const BarChartView = lazy(async () => ({
  default: (await import('./charts')).BarChartView,
})) as unknown as typeof Charts.BarChartView;
export const ScatterChartView = lazy(async () => ({
  default: (await import('./charts')).ScatterChartView,
})) as unknown as typeof Charts.ScatterChartView;
export const LineChartView = lazy(async () => ({
  default: (await import('./charts')).LineChartView,
})) as unknown as typeof Charts.LineChartView;
export type { ScatterPoint, Series } from './charts';
