import type { AgreementStatus, ObligationKind, ObligationState, ProjectState } from '../enums';

/** A calendar date in Malmö, `YYYY-MM-DD`. */
export type IsoDate = string;

/**
 * The plain facts the obligations ledger is computed from. The API loads them from the
 * database; tests build them by hand. Ids are the records' database ids.
 */
export interface LedgerFacts {
  /** The day the ledger is read on (states are relative to it); records after it are ignored. */
  asOf: IsoDate;
  /** The first day duties are counted from (the strategy was adopted in 2006). */
  since: IsoDate;
  /** Days after a meeting before its missing report is overdue (R7). */
  meetingReportDays: number;
  /** Stadskontoret: answers for duties that have no other owner (assessments, partner cities). */
  coordinatorUnitId: number | null;
  units: { id: number; active: boolean; hasParent: boolean; kind: string }[];
  plans: { unitId: number; year: number; adoptedOn: IsoDate | null }[];
  meetings: {
    id: number;
    unitId: number | null;
    date: IsoDate;
    reportSubmittedOn: IsoDate | null;
  }[];
  secondments: {
    id: number;
    unitId: number | null;
    startOn: IsoDate;
    endOn: IsoDate | null;
    reportSubmittedOn: IsoDate | null;
  }[];
  projects: {
    id: number;
    unitId: number | null;
    state: ProjectState;
    /** Set when benefit, resources and long-term effects have all been described. */
    analysisCompletedOn: IsoDate | null;
    applicationDeadline: IsoDate | null;
    startOn: IsoDate | null;
    /** The day the application went out (the R4 gate passed); null if it never did. */
    submittedOn: IsoDate | null;
  }[];
  agreements: {
    id: number;
    partnerCityId: number;
    status: AgreementStatus;
    signedYear: number | null;
    validUntil: IsoDate | null;
  }[];
  memberships: {
    id: number;
    unitId: number | null;
    since: number | null;
    endedYear: number | null;
    /** Dates of the membership's assessments (R8), any order. */
    assessedOn: IsoDate[];
  }[];
  seats: {
    id: number;
    unitId: number | null;
    fromYear: number | null;
    toYear: number | null;
    holder:
      | { kind: 'empty' }
      | { kind: 'unit' | 'project' }
      | { kind: 'person'; personUnitId: number | null; active: boolean; leftOn: IsoDate | null };
  }[];
  partnerCities: {
    id: number;
    /** Dates of recorded activity with the city: meetings, projects, agreements signed. */
    activityOn: IsoDate[];
  }[];
  waivers: { obligationKey: string; reason: string; waivedOn: IsoDate; waivedBy: string | null }[];
}

/** What an obligation is about. */
export type ObligationSubject =
  | 'meeting'
  | 'secondment'
  | 'unit'
  | 'project'
  | 'agreement'
  | 'membership'
  | 'seat'
  | 'partner_city';

/** One duty of the strategy, with its owner, deadline and state on `asOf`. */
export interface Obligation {
  /** Stable across recomputations; a waiver refers to it. */
  key: string;
  kind: ObligationKind;
  /** The rule that imposes it, e.g. "R7". */
  rule: string;
  subject: ObligationSubject;
  subjectId: number;
  /** The year the duty belongs to, for plans; otherwise the due date's year. */
  year: number | null;
  ownerUnitId: number | null;
  dueOn: IsoDate | null;
  fulfilledOn: IsoDate | null;
  state: ObligationState;
  waiver: { reason: string; waivedOn: IsoDate; waivedBy: string | null } | null;
}
