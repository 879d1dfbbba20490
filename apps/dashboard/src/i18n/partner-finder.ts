import { addStrings } from '.';
import type { Strings } from './resources';

/** The strings of one dashboard page; they load with its code. */
export const svPartnerFinder = {
  partnerFinder: {
    title: 'Hitta partner',
    description:
      'Beskriv behovet och se vilka partnerstäder, organisationer och forum som passar bäst. Sakfrågan avgör, inte geografin (R3): först den tematiska överlappningen, sedan befintliga avtal och medlemskap, sedan aktörer i Öresundsregionen; geografin skiljer bara lika kandidater åt.',
    demo: 'Registret innehåller demodata: de gemensamma projekten i skälen är genererade, som de var {{day}}.',
    need: 'Behovet',
    themes: 'Teman',
    themesHint: 'Vad samarbetet ska handla om.',
    priorityAreas: 'Prioriterade områden (Välfärd för alla)',
    orientation: 'Inriktning',
    anyOrientation: 'Ingen särskild',
    kinds: 'Sök bland',
    kindsHint: 'Inget val: alla slag av kandidater.',
    first: 'Antal kandidater',
    search: 'Sök partner',
    clear: 'Rensa',
    needRequired:
      'Välj minst ett tema, ett prioriterat område eller en inriktning: det är sakfrågan som avgör valet av partner.',
    start: 'Beskriv behovet ovan och välj "Sök partner" för att se de rankade kandidaterna.',
    results: 'Rankade kandidater',
    csv: 'partnerkandidater',
    summary_one:
      '{{count}} kandidat, den bäst matchande först. Kolumnen "Avgjorde ordningen" säger vilket kriterium som skilde kandidaten från den närmast ovanför.',
    summary_other:
      '{{count}} kandidater, den bäst matchande först. Kolumnen "Avgjorde ordningen" säger vilket kriterium som skilde kandidaten från den närmast ovanför.',
    scores: 'Kandidaternas värden på kriterierna',
    scoresCsv: 'partnerkandidater-kriterier',
    scoresSummary:
      'Kriterierna avgör i tur och ordning: först överlappningen, vid lika värde avtalen och medlemskapen, sedan Öresundsaktörerna. Staplarna visar varje kandidats värde på de tre; de summeras inte.',
    rank: 'Rang',
    candidate: 'Kandidat',
    kind: 'Slag',
    shared: 'Gemensamt med behovet',
    overlap: 'Överlappning',
    ties: 'Gällande avtal och medlemskap',
    regional: 'Öresundsaktörer',
    decidedBy: 'Avgjorde ordningen',
    reasons: 'Varför',
    nothingShared: 'Inget',
    kind_partner_city: 'Partnerstad',
    kind_organisation: 'Organisation',
    kind_forum: 'Forum',
    criterion_overlap: 'Tematisk överlappning',
    criterion_ties: 'Befintliga avtal och medlemskap',
    criterion_regional: 'Öresundsaktörer',
    criterion_geography: 'Geografi',
    criterion_name: 'Lika: namnordning',
    criterion_first: 'Först',
  },
} as const;

export const enPartnerFinder: Strings<typeof svPartnerFinder> = {
  partnerFinder: {
    title: 'Partner finder',
    description:
      'Describe the need and see which partner cities, organisations and forums fit best. The subject decides, not geography (R3): first thematic overlap, then existing agreements and memberships, then actors in the Öresund region; geography only separates equal candidates.',
    demo: 'The registry holds demo data: the shared projects among the reasons are generated, as they stood on {{day}}.',
    need: 'The need',
    themes: 'Themes',
    themesHint: 'What the cooperation is to be about.',
    priorityAreas: 'Priority areas (Welfare for all)',
    orientation: 'Orientation',
    anyOrientation: 'None in particular',
    kinds: 'Search among',
    kindsHint: 'None chosen: every kind of candidate.',
    first: 'Number of candidates',
    search: 'Find partners',
    clear: 'Clear',
    needRequired:
      'Choose at least one theme, priority area or orientation: the subject decides the choice of partner.',
    start: 'Describe the need above and choose "Find partners" to see the ranked candidates.',
    results: 'Ranked candidates',
    csv: 'partner-candidates',
    summary_one:
      '{{count}} candidate, the best match first. The column "Decided the order" says which criterion set the candidate apart from the one above it.',
    summary_other:
      '{{count}} candidates, the best match first. The column "Decided the order" says which criterion set the candidate apart from the one above it.',
    scores: "The candidates' values on the criteria",
    scoresCsv: 'partner-candidates-criteria',
    scoresSummary:
      'The criteria decide in turn: first the overlap, when equal the agreements and memberships, then the Öresund actors. The bars show each candidate’s value on the three; they are not added up.',
    rank: 'Rank',
    candidate: 'Candidate',
    kind: 'Kind',
    shared: 'Shared with the need',
    overlap: 'Overlap',
    ties: 'Agreements and memberships in force',
    regional: 'Öresund actors',
    decidedBy: 'Decided the order',
    reasons: 'Why (in Swedish)',
    nothingShared: 'Nothing',
    kind_partner_city: 'Partner city',
    kind_organisation: 'Organisation',
    kind_forum: 'Forum',
    criterion_overlap: 'Thematic overlap',
    criterion_ties: 'Existing agreements and memberships',
    criterion_regional: 'Öresund actors',
    criterion_geography: 'Geography',
    criterion_name: 'Equal: by name',
    criterion_first: 'First',
  },
};

addStrings({ sv: svPartnerFinder, en: enPartnerFinder });
