import { lazy } from 'react';

/*
 * The charts, loaded on first use: Recharts is its own chunk, which the first page never loads.
 * Render them inside ChartPanel, which supplies the Suspense boundary.
 */
export const BarChartView = lazy(async () => ({
  default: (await import('./charts')).BarChartView,
}));
export const ScatterChartView = lazy(async () => ({
  default: (await import('./charts')).ScatterChartView,
}));
export const LineChartView = lazy(async () => ({
  default: (await import('./charts')).LineChartView,
}));
export type { ScatterPoint, Series } from './charts';
