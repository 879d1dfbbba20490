import { describe, expect, it } from 'vitest';
import type { Grant } from '../../auth/permissions';
import { RECORD_KINDS, recordKind } from '.';

const FOSIE = 'VW5pdDo1';
const OTHER = 'VW5pdDo2';
const grants: Record<string, Grant> = {
  admin: { role: 'admin', unitId: null },
  analyst: { role: 'analyst', unitId: null },
  steering: { role: 'steering', unitId: null },
  editor: { role: 'unit_editor', unitId: FOSIE },
  reader: { role: 'reader', unitId: null },
};

describe('who sees the forms (the API decides; the dashboard only hides)', () => {
  it('administrators may create every kind; readers and the steering group none', () => {
    for (const kind of RECORD_KINDS) {
      expect(kind.canCreate(grants.admin as Grant), kind.key).toBe(true);
      expect(kind.canCreate(grants.reader as Grant), kind.key).toBe(false);
      expect(kind.canCreate(grants.steering as Grant), kind.key).toBe(false);
    }
  });

  it('a unit editor writes its own unit’s records only, and no registry record', () => {
    const editor = grants.editor as Grant;
    const project = recordKind('project');
    expect(project.canWrite(editor, { ownerUnit: { id: FOSIE } })).toBe(true);
    expect(project.canWrite(editor, { ownerUnit: { id: OTHER } })).toBe(false);
    expect(project.canWrite(editor, { ownerUnit: null })).toBe(false);
    expect(recordKind('meeting').canWrite(editor, { unit: { id: FOSIE } })).toBe(true);
    // An external secondment has no unit: administrators only.
    expect(recordKind('secondment').canWrite(editor, { unit: null })).toBe(false);
    expect(recordKind('unit').canCreate(editor)).toBe(false);
    expect(recordKind('trainingSession').canCreate(editor)).toBe(false);
  });

  it('analysts write membership assessments and nothing else', () => {
    const analyst = grants.analyst as Grant;
    const writable = RECORD_KINDS.filter((k) => k.canCreate(analyst)).map((k) => k.key);
    expect(writable).toEqual(['membershipAssessment']);
  });
});
