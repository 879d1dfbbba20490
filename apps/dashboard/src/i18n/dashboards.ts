import { addStrings } from '.';
import type { Strings } from './resources';

/** The chart panels' strings; they load with the dashboards' code. */
export const svDashboards = {
  charts: {
    view: 'Visa som',
    chart: 'Diagram',
    table: 'Tabell',
    export: 'Exportera CSV',
    exporting: 'Exporterar…',
    exportFailed: 'Exporten misslyckades. Försök igen.',
    loading: 'Hämtar uppgifterna…',
    loadingChart: 'Laddar diagrammet…',
    empty: 'Inga uppgifter för det här urvalet.',
    tableHint: 'Samma uppgifter finns som tabell: välj Tabell ovanför diagrammet.',
    filters: 'Urval',
    clear: 'Rensa urvalet',
  },
} as const;

export const enDashboards: Strings<typeof svDashboards> = {
  charts: {
    view: 'Show as',
    chart: 'Chart',
    table: 'Table',
    export: 'Export CSV',
    exporting: 'Exporting…',
    exportFailed: 'The export failed. Try again.',
    loading: 'Fetching the figures…',
    loadingChart: 'Loading the chart…',
    empty: 'No figures for this selection.',
    tableHint: 'The same figures are available as a table: choose Table above the chart.',
    filters: 'Selection',
    clear: 'Clear the selection',
  },
};

addStrings({ sv: svDashboards, en: enDashboards });
