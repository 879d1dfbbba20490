import { addStrings } from '.';
import type { Strings } from './resources';

/** The strings of one dashboard page; they load with its code. */
export const svEngagement = {
  engagement: {
    title: 'Engagemang per förvaltning',
    description:
      'Varje förvaltnings internationella engagemang, staplat efter slag: kontakter i EU-nätverket, forumplatser, medlemskap, projekt efter läge, deltagande i evenemang och möten med sin återrapport. Välj antal eller pengar; klicka på en stapel, eller på en siffra i tabellen, för att öppna posterna bakom den.',
    rollUp:
      'En förvaltning räknas med sina underenheter (Stadskontorets avdelningar räknas i Stadskontoret). Forumplatser, medlemskap och projekt som ingen enhet står för visas på en egen rad, "Utan enhet".',
    dating:
      'Åren gäller varje slag efter dess eget datum: EU-kontakter efter sitt år, forumplatser och medlemskap de år de gällde, projekt från ansökan eller start till slut (en odaterad idé räknas alltid), deltagande efter evenemangets år och möten efter mötesdagen.',
    tagsApply:
      'Inriktning och prioriterat område finns på forumplatser, medlemskap, projekt och deltagande i evenemang. EU-kontakter och möten har ingen sådan märkning och lämnas därför utanför när något av de filtren är valt.',
    moneyNote:
      'Pengar: budget och beviljat EU-bidrag för beviljade, pågående och avslutade projekt; medlemskapens kostnad (avgift och arbetstid) enligt värderingar daterade under åren; kostnaden för deltagande i evenemang. Beloppen staplas inte: budgeten innehåller EU-bidraget.',
    filters: 'Urval',
    from: 'Från år',
    to: 'Till år',
    measure: 'Visa',
    counts: 'Antal',
    money: 'Pengar',
    clear: 'Rensa urvalet',
    badRange: 'Det första året kan inte komma efter det sista. Ändra "Från år" eller "Till år".',
    loadFailed: 'Siffrorna kunde inte hämtas.',
    retry: 'Försök igen',
    countsTitle: 'Antal engagemang per förvaltning',
    moneyTitle: 'Pengar per förvaltning',
    csvCounts: 'engagemang-per-forvaltning',
    csvMoney: 'engagemang-pengar-per-forvaltning',
    unit: 'Förvaltning',
    noUnit: 'Utan enhet',
    total: 'Totalt',
    series: {
      euContacts: 'EU-nätverkskontakter',
      seats: 'Forumplatser',
      memberships: 'Medlemskap',
      projectsApplying: 'Projekt: idé och ansökan',
      projectsRunning: 'Projekt: beviljade och pågående',
      projectsClosed: 'Projekt: avslutade',
      projectsRejected: 'Projekt: avslagna',
      participations: 'Deltagande i evenemang',
      meetingsReported: 'Möten, återrapporterade',
      meetingsUnreported: 'Möten, ej återrapporterade',
      budget: 'Projektbudget',
      euFunding: 'Beviljat EU-bidrag',
      membershipCost: 'Medlemskapens kostnad',
      participationCost: 'Kostnad för evenemang',
    },
    summaryCounts:
      '{{units}} förvaltningar med sammanlagt {{total}} engagemang. Flest har {{top}} ({{topCount}}).',
    summaryMoney:
      'Projektbudget {{budget}}, varav beviljat EU-bidrag {{eu}}; medlemskap {{memberships}}; evenemang {{events}}. Störst projektbudget har {{top}}.',
    open: '{{series}}, {{unit}}: {{value}}. Öppna posterna',
    demoNotice:
      'Registret innehåller demodata: den genererade aktiviteten är tänkt att läsas per {{date}}.',
    lists: {
      within: 'Förvaltning (med underenheter)',
      noUnit: 'Utan enhet',
      orientation: 'Inriktning',
      priority: 'Prioriterat område',
      activeFrom: 'Gäller från år',
      activeTo: 'Gäller till år',
      yearFrom: 'Från år',
      yearTo: 'Till år',
    },
  },
} as const;

export const enEngagement: Strings<typeof svEngagement> = {
  engagement: {
    title: 'Engagement per department',
    description:
      "Each department's international engagement, stacked by kind: EU-network contacts, forum seats, memberships, projects by state, event participations, and meetings with their report. Choose counts or money; click a bar, or a figure in the table, to open the records behind it.",
    rollUp:
      'A department counts with the units under it (Stadskontoret\'s divisions count in Stadskontoret). Forum seats, memberships and projects that no unit holds show on a row of their own, "No unit".',
    dating:
      'The years apply to each kind by its own date: EU contacts by their year, forum seats and memberships by the years they were in force, projects from application or start to end (an undated idea always counts), participations by the event’s year and meetings by their day.',
    tagsApply:
      'Orientation and priority area are tagged on forum seats, memberships, projects and event participations. EU contacts and meetings carry no such tags and are left out while either filter is set.',
    moneyNote:
      'Money: budget and EU funding granted for granted, running and closed projects; the memberships’ cost (fee and staff time) as recorded by assessments dated in the years; the cost of event participations. The amounts are not stacked: the budget includes the EU funding.',
    filters: 'Filters',
    from: 'From year',
    to: 'To year',
    measure: 'Show',
    counts: 'Counts',
    money: 'Money',
    clear: 'Clear the filters',
    badRange: 'The first year cannot come after the last. Change "From year" or "To year".',
    loadFailed: 'The figures could not be loaded.',
    retry: 'Try again',
    countsTitle: 'Engagements per department',
    moneyTitle: 'Money per department',
    csvCounts: 'engagement-per-department',
    csvMoney: 'engagement-money-per-department',
    unit: 'Department',
    noUnit: 'No unit',
    total: 'Total',
    series: {
      euContacts: 'EU-network contacts',
      seats: 'Forum seats',
      memberships: 'Memberships',
      projectsApplying: 'Projects: idea and application',
      projectsRunning: 'Projects: granted and running',
      projectsClosed: 'Projects: closed',
      projectsRejected: 'Projects: rejected',
      participations: 'Event participations',
      meetingsReported: 'Meetings, reported',
      meetingsUnreported: 'Meetings, not reported',
      budget: 'Project budget',
      euFunding: 'EU funding granted',
      membershipCost: 'Membership cost',
      participationCost: 'Event cost',
    },
    summaryCounts:
      '{{units}} departments with {{total}} engagements in all. The most: {{top}} ({{topCount}}).',
    summaryMoney:
      'Project budget {{budget}}, of which EU funding granted {{eu}}; memberships {{memberships}}; events {{events}}. Largest project budget: {{top}}.',
    open: '{{series}}, {{unit}}: {{value}}. Open the records',
    demoNotice:
      'The registry holds demo data: the generated activity is meant to be read as of {{date}}.',
    lists: {
      within: 'Department (with units under it)',
      noUnit: 'No unit',
      orientation: 'Orientation',
      priority: 'Priority area',
      activeFrom: 'In force from year',
      activeTo: 'In force to year',
      yearFrom: 'From year',
      yearTo: 'To year',
    },
  },
};

addStrings({ sv: svEngagement, en: enEngagement });
