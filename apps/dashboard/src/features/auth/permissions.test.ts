import { ROLES, type Role } from '@malmo/domain';
import { describe, expect, it } from 'vitest';
import {
  canHandleSupportRequests,
  canReadFollowUp,
  canTransitionProject,
  canWaiveObligations,
  canWriteAssessments,
  canWriteForUnit,
  type Grant,
} from './permissions';

const FOSIE = 'VW5pdDoxMA==';
const KIRSEBERG = 'VW5pdDoxMQ==';

const grants: Record<Role, Grant> = {
  admin: { role: 'admin', unitId: null },
  analyst: { role: 'analyst', unitId: null },
  steering: { role: 'steering', unitId: null },
  unit_editor: { role: 'unit_editor', unitId: FOSIE },
  reader: { role: 'reader', unitId: null },
};

/** The roles for which `check` holds, in the domain's order. */
const allowed = (check: (grant: Grant) => boolean) => ROLES.filter((role) => check(grants[role]));

describe('permissions', () => {
  it('every role but the reader reads the follow-up work', () => {
    expect(allowed(canReadFollowUp)).toEqual(['admin', 'analyst', 'steering', 'unit_editor']);
  });

  it('only administrators waive and revoke obligations and handle support requests', () => {
    expect(allowed(canWaiveObligations)).toEqual(['admin']);
    expect(allowed(canHandleSupportRequests)).toEqual(['admin']);
  });

  it('analysts and administrators write assessments', () => {
    expect(allowed(canWriteAssessments)).toEqual(['admin', 'analyst']);
  });

  it('a unit editor writes its own unit’s records only; administrators every unit’s', () => {
    expect(allowed((g) => canWriteForUnit(g, FOSIE))).toEqual(['admin', 'unit_editor']);
    expect(allowed((g) => canWriteForUnit(g, KIRSEBERG))).toEqual(['admin']);
    // A record without a unit (an external user's secondment) is an administrator's.
    expect(allowed((g) => canWriteForUnit(g, null))).toEqual(['admin']);
    expect(allowed((g) => canWriteForUnit(g, undefined))).toEqual(['admin']);
  });

  it('a unit editor without a unit writes nothing', () => {
    const lost: Grant = { role: 'unit_editor', unitId: null };
    expect(canWriteForUnit(lost, FOSIE)).toBe(false);
    expect(canWriteForUnit(lost, null)).toBe(false);
  });

  it('"Byt status" is for the owner unit’s editor and administrators; steering and readers never', () => {
    const fosieProject = { ownerUnit: { id: FOSIE } };
    const otherProject = { ownerUnit: { id: KIRSEBERG } };
    const ownerless = { ownerUnit: null };
    expect(allowed((g) => canTransitionProject(g, fosieProject))).toEqual(['admin', 'unit_editor']);
    expect(allowed((g) => canTransitionProject(g, otherProject))).toEqual(['admin']);
    expect(allowed((g) => canTransitionProject(g, ownerless))).toEqual(['admin']);
  });
});
