import type { EnumGroup, EnumValue } from './enums';

export const LOCALES = ['sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

type LabelTable = { readonly [G in EnumGroup]: { readonly [V in EnumValue<G>]: string } };

/** Display labels for every enum value; Swedish is the primary language. */
export const labels = {
  sv: {
    unitKind: {
      administration: 'Förvaltning',
      office: 'Kontor',
      district: 'Stadsdelsförvaltning',
      board: 'Nämnd/styrelse',
      department: 'Avdelning',
      company: 'Bolag',
    },
    organisationKind: {
      international_organisation: 'Internationell organisation',
      brussels_network: 'Nätverk i Bryssel',
      regional_actor: 'Regional samverkanspart',
    },
    regionFocus: {
      baltic: 'Östersjöområdet',
      europe: 'Europa',
      global: 'Globalt',
      oresund_south_sweden: 'Öresundsregionen och Sydsverige',
    },
    agreementType: {
      twin_town: 'Vänortsavtal',
      sponsor_town: 'Fadderortsavtal',
      cooperation: 'Samarbetsavtal',
      memorandum: 'Överenskommelse',
      unspecified: 'Avtal (typ ej angiven)',
      none: 'Inget avtal',
    },
    agreementStatus: {
      active: 'Gällande',
      expired_contacts_kept: 'Utgånget avtal, kontakter upprätthålls',
      no_agreement_contacts_kept: 'Inget avtal, kontakter upprätthålls',
    },
    orientation: {
      operational_development: 'Verksamhetsutveckling',
      strategic_influence: 'Strategisk påverkan',
      profiling: 'Profilering',
    },
    priorityArea: {
      work: 'Arbete',
      housing: 'Boende',
      growth: 'Tillväxt',
      safety: 'Trygghet',
      education: 'Utbildning',
    },
    projectState: {
      idea: 'Idé',
      preparing_application: 'Ansökan förbereds',
      submitted: 'Ansökan inlämnad',
      granted: 'Beviljat',
      rejected: 'Avslaget',
      running: 'Pågående',
      closed: 'Avslutat',
    },
    supportKind: {
      background_material: 'Bakgrundsmaterial',
      partner_search: 'Partnersökning',
      application_review: 'Granskning av ansökan',
      advice: 'Rådgivning',
    },
    supportState: {
      requested: 'Begärd',
      in_progress: 'Pågår',
      done: 'Klar',
      declined: 'Avböjd',
    },
    secondmentPurpose: {
      special_assignment: 'Särskilt uppdrag',
      study: 'Studier',
      eu_institutions: 'Intensifierat arbete mot EU:s institutioner',
    },
    assessmentCriterion: {
      exchange_quality: 'Erfarenhetsutbytets kvalitet',
      influence: 'Möjlighet till påverkan',
      participation: 'Malmös egen delaktighet',
      information_use: 'Användning av informationen',
    },
    legislationStatus: {
      proposal: 'Förslag',
      adopted: 'Antagen',
      in_force: 'I kraft',
      withdrawn: 'Tillbakadragen',
    },
    trainingTopic: {
      project_management: 'EU-projektledning',
      project_finance: 'EU-projektekonomi',
    },
    priorityTargetKind: {
      membership: 'Medlemskap',
      project: 'Projekt',
      event_series: 'Evenemang',
      forum: 'Forum',
    },
    obligationKind: {
      meeting_report: 'Återrapportering av möte',
      secondment_report: 'Rapport efter utstationering',
      operational_plan: 'Verksamhetsplan med internationella prioriteringar',
      project_analysis: 'Analys av nytta och resurser',
      agreement_expiry: 'Avtal som löper ut',
      membership_assessment: 'Värdering av medlemskap',
      forum_seat: 'Plats i forum',
      partner_activity: 'Aktivitet med partnerstad',
    },
    obligationState: {
      overdue: 'Försenad',
      due: 'Att göra',
      fulfilled: 'Uppfylld',
      waived: 'Undantagen',
    },
    theme: {
      integration: 'Integration',
      employment: 'Arbetsmarknad',
      education: 'Utbildning',
      housing: 'Boende',
      urban_development: 'Stadsutveckling',
      environment: 'Miljö',
      climate_energy: 'Klimat och energi',
      transport: 'Trafik och transporter',
      public_health: 'Folkhälsa',
      social_inclusion: 'Social sammanhållning',
      drug_prevention: 'Drogförebyggande arbete',
      safety: 'Trygghet och säkerhet',
      culture: 'Kultur',
      business_growth: 'Näringsliv och tillväxt',
      democracy_governance: 'Demokrati och styrning',
      youth: 'Barn och unga',
    },
    role: {
      admin: 'Administratör',
      analyst: 'Analytiker',
      steering: 'Styrgrupp',
      unit_editor: 'Redaktör för förvaltning',
      reader: 'Läsare',
    },
  },
  en: {
    unitKind: {
      administration: 'Administration',
      office: 'Office',
      district: 'District administration',
      board: 'Board',
      department: 'Department',
      company: 'Company',
    },
    organisationKind: {
      international_organisation: 'International organisation',
      brussels_network: 'Brussels network',
      regional_actor: 'Regional partner',
    },
    regionFocus: {
      baltic: 'Baltic Sea region',
      europe: 'Europe',
      global: 'Global',
      oresund_south_sweden: 'Öresund region and South Sweden',
    },
    agreementType: {
      twin_town: 'Twin town agreement',
      sponsor_town: 'Sponsor town agreement',
      cooperation: 'Cooperation agreement',
      memorandum: 'Memorandum of understanding',
      unspecified: 'Agreement (type not stated)',
      none: 'No agreement',
    },
    agreementStatus: {
      active: 'Active',
      expired_contacts_kept: 'Agreement expired, contacts maintained',
      no_agreement_contacts_kept: 'No agreement, contacts maintained',
    },
    orientation: {
      operational_development: 'Operational development',
      strategic_influence: 'Strategic influence',
      profiling: 'Profiling',
    },
    priorityArea: {
      work: 'Work',
      housing: 'Housing',
      growth: 'Growth',
      safety: 'Safety',
      education: 'Education',
    },
    projectState: {
      idea: 'Idea',
      preparing_application: 'Preparing application',
      submitted: 'Submitted',
      granted: 'Granted',
      rejected: 'Rejected',
      running: 'Running',
      closed: 'Closed',
    },
    supportKind: {
      background_material: 'Background material',
      partner_search: 'Partner search',
      application_review: 'Application review',
      advice: 'Advice',
    },
    supportState: {
      requested: 'Requested',
      in_progress: 'In progress',
      done: 'Done',
      declined: 'Declined',
    },
    secondmentPurpose: {
      special_assignment: 'Special assignment',
      study: 'Study',
      eu_institutions: 'Intensified work with EU institutions',
    },
    assessmentCriterion: {
      exchange_quality: 'Quality of the exchange of experience',
      influence: 'Possibility of influence',
      participation: "Malmö's own level of participation",
      information_use: 'Use of the information',
    },
    legislationStatus: {
      proposal: 'Proposal',
      adopted: 'Adopted',
      in_force: 'In force',
      withdrawn: 'Withdrawn',
    },
    trainingTopic: {
      project_management: 'EU project management',
      project_finance: 'EU project finance',
    },
    priorityTargetKind: {
      membership: 'Membership',
      project: 'Project',
      event_series: 'Event',
      forum: 'Forum',
    },
    obligationKind: {
      meeting_report: 'Meeting report',
      secondment_report: 'Report after secondment',
      operational_plan: 'Operational plan with international priorities',
      project_analysis: 'Benefit and resources analysis',
      agreement_expiry: 'Agreement expiring',
      membership_assessment: 'Membership assessment',
      forum_seat: 'Forum seat',
      partner_activity: 'Activity with partner city',
    },
    obligationState: {
      overdue: 'Overdue',
      due: 'Due',
      fulfilled: 'Fulfilled',
      waived: 'Waived',
    },
    theme: {
      integration: 'Integration',
      employment: 'Employment',
      education: 'Education',
      housing: 'Housing',
      urban_development: 'Urban development',
      environment: 'Environment',
      climate_energy: 'Climate and energy',
      transport: 'Transport',
      public_health: 'Public health',
      social_inclusion: 'Social inclusion',
      drug_prevention: 'Drug prevention',
      safety: 'Safety and security',
      culture: 'Culture',
      business_growth: 'Business and growth',
      democracy_governance: 'Democracy and governance',
      youth: 'Children and young people',
    },
    role: {
      admin: 'Administrator',
      analyst: 'Analyst',
      steering: 'Steering group',
      unit_editor: 'Unit editor',
      reader: 'Reader',
    },
  },
} as const satisfies { readonly [L in Locale]: LabelTable };

/** The label of one enum value, e.g. `label('sv', 'agreementType', 'twin_town')` → "Vänortsavtal". */
export function label<G extends EnumGroup>(locale: Locale, group: G, value: EnumValue<G>): string {
  const table: LabelTable = labels[locale];
  const groupLabels: { readonly [V in EnumValue<G>]: string } = table[group];
  return groupLabels[value];
}
