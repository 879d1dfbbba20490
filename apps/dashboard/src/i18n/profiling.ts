import { addStrings } from '.';
import type { Strings } from './resources';

/** The strings of one dashboard page; they load with its code. */
export const svProfiling = {
  profiling: {
    title: 'Deltagande i profileringsarenor',
    description:
      'Enheternas deltagande i profileringsarenorna år för år: hur många enheter och delegater, vad det kostade, vilka kontakter det gav och hur många som har rapporterat ett utfall (R10).',
    from: 'Från år',
    to: 'Till år',
    series: 'Evenemang',
    seriesHint: 'Inga valda: alla evenemang.',
    measure: 'Visa',
    measures: {
      units: 'Enheter',
      delegates: 'Delegater',
      cost: 'Kostnad (kr)',
      contacts: 'Nya kontakter',
    },
    demo: 'Deltagandena är demodata, skapade för att läsas per {{day}}.',
    chartTitle: '{{measure}} per år och evenemang',
    chartSummary:
      '{{measure}} {{from}}–{{to}}, sammanlagt {{total}}; mest {{top}} ({{topValue}}). Välj en stapel för deltagandena bakom den.',
    chartCsv: 'profilering-per-ar',
    year: 'År',
    total: 'Totalt',
    tableTitle: 'Per evenemang och år, med utfall',
    tableSummary:
      '{{withOutcome}} av {{count}} deltaganden har ett rapporterat utfall. Länkarna leder till deltagandena.',
    tableCsv: 'profilering-per-evenemang',
    event: 'Evenemang och år',
    units: 'Enheter',
    delegates: 'Delegater',
    cost: 'Kostnad (kr)',
    contacts: 'Nya kontakter',
    outcomes: 'Med utfall',
    outcomesOf: '{{count}} av {{total}}',
    openParticipations: 'Deltaganden i {{series}} {{year}}',
  },
} as const;

export const enProfiling: Strings<typeof svProfiling> = {
  profiling: {
    title: 'Profiling events',
    description:
      'The units’ participation in the profiling events year by year: how many units and delegates, what it cost, the contacts gained and how many reported an outcome (R10).',
    from: 'From year',
    to: 'To year',
    series: 'Events',
    seriesHint: 'None chosen: every event.',
    measure: 'Show',
    measures: {
      units: 'Units',
      delegates: 'Delegates',
      cost: 'Cost (SEK)',
      contacts: 'Contacts gained',
    },
    demo: 'The participations are demo data, made to be read as of {{day}}.',
    chartTitle: '{{measure}} per year and event',
    chartSummary:
      '{{measure}} {{from}}–{{to}}, {{total}} in all; most at {{top}} ({{topValue}}). Choose a bar for the participations behind it.',
    chartCsv: 'profiling-per-year',
    year: 'Year',
    total: 'Total',
    tableTitle: 'Per event and year, with outcomes',
    tableSummary:
      '{{withOutcome}} of {{count}} participations have a reported outcome. The links lead to the participations.',
    tableCsv: 'profiling-per-event',
    event: 'Event and year',
    units: 'Units',
    delegates: 'Delegates',
    cost: 'Cost (SEK)',
    contacts: 'Contacts gained',
    outcomes: 'With outcome',
    outcomesOf: '{{count}} of {{total}}',
    openParticipations: 'Participations in {{series}} {{year}}',
  },
};

addStrings({ sv: svProfiling, en: enProfiling });
