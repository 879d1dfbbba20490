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
  },
} as const satisfies { readonly [L in Locale]: LabelTable };

/** The label of one enum value, e.g. `label('sv', 'agreementType', 'twin_town')` → "Vänortsavtal". */
export function label<G extends EnumGroup>(locale: Locale, group: G, value: EnumValue<G>): string {
  const table: LabelTable = labels[locale];
  const groupLabels: { readonly [V in EnumValue<G>]: string } = table[group];
  return groupLabels[value];
}
