import { addStrings } from '.';
import type { Strings } from './resources';

/** The strings of one dashboard page; they load with its code. */
export const svEvaluation = {
  evaluation: {
    title: 'Underlag för utvärdering av strategin',
    description:
      'Vad som gjorts, vad som blivit försenat och vad det kostat, per inriktning, per regel och per år. Rapporten går att skriva ut.',
    print: 'Skriv ut',
    period: 'Period {{from}}–{{to}}',
    asOfLine: 'åtagandena lästa per {{asOf}}',
    unitLine: 'enhet: {{unit}}',
    allUnits: 'alla enheter',
    printedOn: 'utskriven {{today}}',
    from: 'Från år',
    to: 'Till år',
    unit: 'Enhet',
    asOf: 'Åtagandena läses per dag',
    clear: 'Rensa urvalet',
    badPeriod: 'Det första året kan inte komma efter det sista. Ändra "Från år" eller "Till år".',
    demo: 'Registret innehåller demodata: siffrorna bygger delvis på genererad aktivitet, läst per {{day}}.',
    orientation: {
      title: 'Engagemang per inriktning (R1)',
      csv: 'utvardering-per-inriktning',
      summary:
        'Engagemang under perioden per inriktning. Ett engagemang med flera inriktningar räknas under var och en; raden "Utan inriktning" visar det som saknar klassning.',
      untagged: 'Utan inriktning',
      orientation: 'Inriktning',
      projects: 'Projekt',
      memberships: 'Medlemskap',
      seats: 'Platser i forum',
      agreements: 'Avtal',
      participations: 'Evenemangsdeltaganden',
      budget: 'Budget (kr)',
      granted: 'EU-stöd (kr)',
      fees: 'Avgifter (kr)',
      participationCost: 'Evenemang (kr)',
      agreementsNote: 'Avtalen är stadens, inte en enhets: med en enhet vald räknas inga avtal.',
      open: '{{count}} {{kind}}, {{orientation}}',
      moneyTitle: 'Pengar per inriktning (R1)',
      moneyCsv: 'utvardering-pengar-per-inriktning',
      moneySummary:
        'Projektens budget och beviljade EU-stöd, medlemsavgifterna för de år under perioden som medlemskapet löpte och kostnaden för evenemangsdeltagandena.',
    },
    rules: {
      title: 'Per regel: åtagandena under perioden',
      csv: 'utvardering-per-regel',
      summary_one:
        '{{count}} åtagande med förfallodag under perioden: {{fulfilled}} uppfyllda, {{overdue}} försenade, {{due}} att göra och {{waived}} undantagna.',
      summary_other:
        '{{count}} åtaganden med förfallodag under perioden: {{fulfilled}} uppfyllda, {{overdue}} försenade, {{due}} att göra och {{waived}} undantagna.',
      chart: 'Åtaganden per regel och status',
      rule: 'Regel',
      kind: 'Åtagande',
      total: 'Totalt',
      fulfilled: 'Uppfyllda',
      overdue: 'Försenade',
      due: 'Att göra',
      waived: 'Undantagna',
      open: '{{count}} {{state}}: {{kind}}',
    },
    cost: {
      title: 'Kostnad per år',
      csv: 'utvardering-kostnad-per-ar',
      summary:
        'Sammanlagt {{total}} under perioden: medlemsavgifter, kostnader för evenemangsdeltagande och projektens egen insats (räknad det år projektet startade).',
      chart: 'Kostnad per år',
      year: 'År',
      fees: 'Medlemsavgifter (kr)',
      hours: 'Arbetstid i medlemskap (timmar)',
      participation: 'Evenemangsdeltagande (kr)',
      delegates: 'Delegater',
      own: 'Projektens egen insats (kr)',
      granted: 'Beviljat EU-stöd (kr)',
      total: 'Total kostnad (kr)',
    },
  },
} as const;

export const enEvaluation: Strings<typeof svEvaluation> = {
  evaluation: {
    title: "Evidence for the strategy's evaluation",
    description:
      'What was done, what fell overdue and what it cost, per orientation, per rule and per year. The report can be printed.',
    print: 'Print',
    period: 'Period {{from}}–{{to}}',
    asOfLine: 'duties read on {{asOf}}',
    unitLine: 'unit: {{unit}}',
    allUnits: 'all units',
    printedOn: 'printed {{today}}',
    from: 'From year',
    to: 'To year',
    unit: 'Unit',
    asOf: 'Duties read on',
    clear: 'Clear the selection',
    badPeriod: 'The first year cannot come after the last. Change "From year" or "To year".',
    demo: 'The registry holds demo data: the figures rest partly on generated activity, read on {{day}}.',
    orientation: {
      title: 'Engagements per orientation (R1)',
      csv: 'evaluation-per-orientation',
      summary:
        'Engagements in the period per orientation. An engagement with several orientations counts under each; the row "No orientation" shows what is not classed.',
      untagged: 'No orientation',
      orientation: 'Orientation',
      projects: 'Projects',
      memberships: 'Memberships',
      seats: 'Forum seats',
      agreements: 'Agreements',
      participations: 'Event participations',
      budget: 'Budget (SEK)',
      granted: 'EU funding (SEK)',
      fees: 'Fees (SEK)',
      participationCost: 'Events (SEK)',
      agreementsNote: "Agreements are the city's, not a unit's: with a unit chosen, none count.",
      open: '{{count}} {{kind}}, {{orientation}}',
      moneyTitle: 'Money per orientation (R1)',
      moneyCsv: 'evaluation-money-per-orientation',
      moneySummary:
        "The projects' budgets and EU funding granted, the membership fees for the years of the period the membership ran, and the cost of the event participations.",
    },
    rules: {
      title: 'Per rule: the duties of the period',
      csv: 'evaluation-per-rule',
      summary_one:
        '{{count}} duty due in the period: {{fulfilled}} fulfilled, {{overdue}} overdue, {{due}} due and {{waived}} waived.',
      summary_other:
        '{{count}} duties due in the period: {{fulfilled}} fulfilled, {{overdue}} overdue, {{due}} due and {{waived}} waived.',
      chart: 'Duties per rule and state',
      rule: 'Rule',
      kind: 'Duty',
      total: 'Total',
      fulfilled: 'Fulfilled',
      overdue: 'Overdue',
      due: 'Due',
      waived: 'Waived',
      open: '{{count}} {{state}}: {{kind}}',
    },
    cost: {
      title: 'Cost per year',
      csv: 'evaluation-cost-per-year',
      summary:
        "{{total}} in all over the period: membership fees, event participation costs and the projects' own contribution (counted in the year the project started).",
      chart: 'Cost per year',
      year: 'Year',
      fees: 'Membership fees (SEK)',
      hours: 'Staff time in memberships (hours)',
      participation: 'Event participation (SEK)',
      delegates: 'Delegates',
      own: "Projects' own contribution (SEK)",
      granted: 'EU funding granted (SEK)',
      total: 'Total cost (SEK)',
    },
  },
};

addStrings({ sv: svEvaluation, en: enEvaluation });
