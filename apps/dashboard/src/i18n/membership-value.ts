import { addStrings } from '.';
import type { Strings } from './resources';

/** The strings of one dashboard page; they load with its code. */
export const svMembershipValue = {
  membershipValue: {
    title: 'Medlemskapens nytta',
    description:
      'Medlemskapen jämförda på strategins fyra kriterier, värdeindex mot kostnad och över tid (R8). Varje medlemskap visas med sin senaste värdering till och med årets slut.',
    year: 'Värderingar till och med år',
    compare: 'Medlemskap att jämföra',
    compareHint: 'Välj två eller fler. Inga valda: alla jämförs.',
    compareAll: 'Jämför alla',
    fewer: 'Välj minst två medlemskap för att jämföra dem.',
    demo: 'Värderingarna är demodata, skapade för att läsas per {{day}}.',
    membership: 'Medlemskap',
    owner: 'Ägare',
    index: 'Värdeindex (0–100)',
    change: 'Förändring',
    cost: 'Kostnad (kr)',
    valueForMoney: 'Poäng per 100 000 kr',
    assessedOn: 'Senast värderat',
    assessments: 'Värderingar',
    notAssessed: 'ej värderad',
    free: 'kostnadsfritt',
    openAssessments: 'Värderingar av {{name}}',
    criteriaTitle: 'De fyra kriterierna sida vid sida, {{year}}',
    criteriaSummary:
      'Senaste värdering av {{count}} medlemskap på en skala 1–5 per kriterium. Välj en stapel för medlemskapets värderingar.',
    criteriaCsv: 'medlemskap-kriterier',
    scatterTitle: 'Värdeindex mot kostnad, {{year}}',
    scatterSummary:
      'Högst värdeindex: {{best}} ({{index}}). Bäst värde för pengarna: {{cheapest}} ({{points}} poäng per 100 000 kr). Välj en punkt för medlemskapets värderingar.',
    scatterCsv: 'medlemskap-varde-mot-kostnad',
    trendTitle: 'Värdeindex år för år',
    trendSummary: 'Varje års senaste värdering för {{count}} medlemskap, {{from}}–{{to}}.',
    trendCsv: 'medlemskap-varde-per-ar',
    yearColumn: 'År',
    tableTitle: 'Alla medlemskap, {{year}}',
    tableSummary: '{{assessed}} av {{count}} medlemskap är värderade till och med {{year}}.',
    tableCsv: 'medlemskapens-nytta',
  },
} as const;

export const enMembershipValue: Strings<typeof svMembershipValue> = {
  membershipValue: {
    title: 'Membership value',
    description:
      "The memberships compared on the strategy's four criteria, value index against cost and over time (R8). Each membership is shown with its latest assessment up to the end of the year.",
    year: 'Assessments up to year',
    compare: 'Memberships to compare',
    compareHint: 'Choose two or more. None chosen: all are compared.',
    compareAll: 'Compare all',
    fewer: 'Choose at least two memberships to compare them.',
    demo: 'The assessments are demo data, made to be read as of {{day}}.',
    membership: 'Membership',
    owner: 'Owner',
    index: 'Value index (0–100)',
    change: 'Change',
    cost: 'Cost (SEK)',
    valueForMoney: 'Points per SEK 100,000',
    assessedOn: 'Last assessed',
    assessments: 'Assessments',
    notAssessed: 'not assessed',
    free: 'free',
    openAssessments: 'Assessments of {{name}}',
    criteriaTitle: 'The four criteria side by side, {{year}}',
    criteriaSummary:
      'Latest assessment of {{count}} memberships on a scale of 1–5 per criterion. Choose a bar for the membership’s assessments.',
    criteriaCsv: 'membership-criteria',
    scatterTitle: 'Value index against cost, {{year}}',
    scatterSummary:
      'Highest value index: {{best}} ({{index}}). Best value for money: {{cheapest}} ({{points}} points per SEK 100,000). Choose a point for the membership’s assessments.',
    scatterCsv: 'membership-value-against-cost',
    trendTitle: 'Value index year by year',
    trendSummary: "Each year's latest assessment of {{count}} memberships, {{from}}–{{to}}.",
    trendCsv: 'membership-value-per-year',
    yearColumn: 'Year',
    tableTitle: 'All memberships, {{year}}',
    tableSummary: '{{assessed}} of {{count}} memberships are assessed up to {{year}}.',
    tableCsv: 'membership-value',
  },
};

addStrings({ sv: svMembershipValue, en: enMembershipValue });
