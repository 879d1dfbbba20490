/** Kinds of organisational unit of the city (förvaltning, kontor, SDF, nämnd/styrelse …). */
export const UNIT_KINDS = [
  'administration',
  'office',
  'district',
  'board',
  'department',
  'company',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Kinds of external organisation or network Malmö takes part in. */
export const ORGANISATION_KINDS = [
  'international_organisation',
  'brussels_network',
  'regional_actor',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** The geographic focus of an organisation. */
export const REGION_FOCUSES = ['baltic', 'europe', 'global', 'oresund_south_sweden'] as const;
export type RegionFocus = (typeof REGION_FOCUSES)[number];

/**
 * Agreement types with partner cities: Vänortsavtal, Fadderortsavtal, Samarbetsavtal,
 * Överenskommelse; `unspecified` when the source does not state the type; `none` for no agreement.
 */
export const AGREEMENT_TYPES = [
  'twin_town',
  'sponsor_town',
  'cooperation',
  'memorandum',
  'unspecified',
  'none',
] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];

/** Status of a partner-city relationship (R13). */
export const AGREEMENT_STATUSES = [
  'active',
  'expired_contacts_kept',
  'no_agreement_contacts_kept',
] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** The three orientations of all international work (R1). */
export const ORIENTATIONS = [
  'operational_development',
  'strategic_influence',
  'profiling',
] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

/** The five priority areas of "Välfärd för alla – det dubbla åtagandet" (R1). */
export const PRIORITY_AREAS = ['work', 'housing', 'growth', 'safety', 'education'] as const;
export type PriorityArea = (typeof PRIORITY_AREAS)[number];

/** A project's lifecycle (R4): idea → preparing application → submitted → granted | rejected → running → closed. */
export const PROJECT_STATES = [
  'idea',
  'preparing_application',
  'submitted',
  'granted',
  'rejected',
  'running',
  'closed',
] as const;
export type ProjectState = (typeof PROJECT_STATES)[number];

/** What a unit can ask Stadskontoret for (R6). */
export const SUPPORT_KINDS = [
  'background_material',
  'partner_search',
  'application_review',
  'advice',
] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

/** The state of a support request to Stadskontoret. */
export const SUPPORT_STATES = ['requested', 'in_progress', 'done', 'declined'] as const;
export type SupportState = (typeof SUPPORT_STATES)[number];

/** Why someone is seconded to the Brussels office (R11). */
export const SECONDMENT_PURPOSES = ['special_assignment', 'study', 'eu_institutions'] as const;
export type SecondmentPurpose = (typeof SECONDMENT_PURPOSES)[number];

/** The four criteria a membership is assessed on (R8), each scored 1–5. */
export const ASSESSMENT_CRITERIA = [
  'exchange_quality',
  'influence',
  'participation',
  'information_use',
] as const;
export type AssessmentCriterion = (typeof ASSESSMENT_CRITERIA)[number];

/** Where an EU act or proposal stands (R9). */
export const LEGISLATION_STATUSES = ['proposal', 'adopted', 'in_force', 'withdrawn'] as const;
export type LegislationStatus = (typeof LEGISLATION_STATUSES)[number];

/** Stadskontoret's recurring training (R6). */
export const TRAINING_TOPICS = ['project_management', 'project_finance'] as const;
export type TrainingTopic = (typeof TRAINING_TOPICS)[number];

/** What an operational plan's international priority points to (R5). */
export const PRIORITY_TARGET_KINDS = ['membership', 'project', 'event_series', 'forum'] as const;
export type PriorityTargetKind = (typeof PRIORITY_TARGET_KINDS)[number];

/** The duties the obligations ledger tracks, one per rule of the strategy. */
export const OBLIGATION_KINDS = [
  'meeting_report',
  'secondment_report',
  'operational_plan',
  'project_analysis',
  'agreement_expiry',
  'membership_assessment',
  'forum_seat',
  'partner_activity',
] as const;
export type ObligationKind = (typeof OBLIGATION_KINDS)[number];

/** The state of a duty on a given day. */
export const OBLIGATION_STATES = ['overdue', 'due', 'fulfilled', 'waived'] as const;
export type ObligationState = (typeof OBLIGATION_STATES)[number];

/**
 * The one theme taxonomy (R3): agreements, forums, memberships and projects are tagged with
 * these, and a partner search asks in the same terms.
 */
export const THEMES = [
  'integration',
  'employment',
  'education',
  'housing',
  'urban_development',
  'environment',
  'climate_energy',
  'transport',
  'public_health',
  'social_inclusion',
  'drug_prevention',
  'safety',
  'culture',
  'business_growth',
  'democracy_governance',
  'youth',
] as const;
export type Theme = (typeof THEMES)[number];

/** What an account may do: everything, analyse, read dashboards, keep its unit's records, read. */
export const ROLES = ['admin', 'analyst', 'steering', 'unit_editor', 'reader'] as const;
export type Role = (typeof ROLES)[number];

/** Every enum, by group name; the groups are the ones `labels` covers. */
export const ENUM_VALUES = {
  unitKind: UNIT_KINDS,
  organisationKind: ORGANISATION_KINDS,
  regionFocus: REGION_FOCUSES,
  agreementType: AGREEMENT_TYPES,
  agreementStatus: AGREEMENT_STATUSES,
  orientation: ORIENTATIONS,
  priorityArea: PRIORITY_AREAS,
  projectState: PROJECT_STATES,
  supportKind: SUPPORT_KINDS,
  supportState: SUPPORT_STATES,
  secondmentPurpose: SECONDMENT_PURPOSES,
  assessmentCriterion: ASSESSMENT_CRITERIA,
  legislationStatus: LEGISLATION_STATUSES,
  trainingTopic: TRAINING_TOPICS,
  priorityTargetKind: PRIORITY_TARGET_KINDS,
  obligationKind: OBLIGATION_KINDS,
  obligationState: OBLIGATION_STATES,
  theme: THEMES,
  role: ROLES,
} as const;
export type EnumGroup = keyof typeof ENUM_VALUES;
export type EnumValue<G extends EnumGroup> = (typeof ENUM_VALUES)[G][number];
export const ENUM_GROUPS = Object.keys(ENUM_VALUES) as EnumGroup[];
