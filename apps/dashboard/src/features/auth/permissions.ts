import type { Role } from '@malmo/domain';

/**
 * What the dashboard needs to know about the signed-in account to decide what to show. The API
 * checks every field and mutation itself; this only hides what would be refused.
 */
export interface Grant {
  role: Role;
  /** The unit a unit editor keeps (a global Unit id); null for every other role. */
  unitId: string | null;
}

/** Roles that read the follow-up work: the ledger, plans, meetings, assessments and so on. */
const FOLLOW_UP_READERS: ReadonlySet<Role> = new Set([
  'admin',
  'analyst',
  'steering',
  'unit_editor',
]);

/** The follow-up pages and records; readers see the registry only. */
export function canReadFollowUp(grant: Grant): boolean {
  return FOLLOW_UP_READERS.has(grant.role);
}

/** Waiving an obligation and revoking a waiver: Stadskontoret's administrators only. */
export function canWaiveObligations(grant: Grant): boolean {
  return grant.role === 'admin';
}

/**
 * Writing a unit's records (plans, projects and their status, meetings and reports,
 * participations, secondments): administrators, and the editor of that very unit. A record
 * without a unit is an administrator's.
 */
export function canWriteForUnit(grant: Grant, unitId: string | null | undefined): boolean {
  if (grant.role === 'admin') return true;
  return grant.role === 'unit_editor' && unitId != null && grant.unitId === unitId;
}

/** "Byt status" on a project: its owner unit's editor, or an administrator. */
export function canTransitionProject(
  grant: Grant,
  project: { ownerUnit: { id: string } | null },
): boolean {
  return canWriteForUnit(grant, project.ownerUnit?.id);
}

/** Membership assessments: analysts and administrators. */
export function canWriteAssessments(grant: Grant): boolean {
  return grant.role === 'admin' || grant.role === 'analyst';
}

/** Moving a support request on (in progress, done, declined): administrators only. */
export function canHandleSupportRequests(grant: Grant): boolean {
  return grant.role === 'admin';
}

/** The change log (who changed what, field by field): administrators only. */
export function canReadChangeLog(grant: Grant): boolean {
  return grant.role === 'admin';
}
