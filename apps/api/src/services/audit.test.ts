import { describe, expect, it } from 'vitest';
import { diff } from './audit';

describe('diff', () => {
  const before = { name: 'SDF Fosie', parent: null, active: true, themes: ['culture'] };

  it('lists only the fields whose value changed, old and new', () => {
    expect(diff(before, { ...before, name: 'Fosie', themes: ['culture', 'youth'] })).toEqual([
      { field: 'name', old: 'SDF Fosie', new: 'Fosie' },
      { field: 'themes', old: ['culture'], new: ['culture', 'youth'] },
    ]);
    expect(diff(before, { ...before })).toEqual([]);
  });

  it('on create, lists the fields that have a value; on delete, the values that went', () => {
    const created = { name: 'Ny', parent: null, active: false, themes: [], count: 0 };
    expect(diff(null, created)).toEqual([
      { field: 'name', old: null, new: 'Ny' },
      { field: 'count', old: null, new: 0 },
    ]);
    expect(diff(before, null)).toEqual([
      { field: 'name', old: 'SDF Fosie', new: null },
      { field: 'active', old: true, new: null },
      { field: 'themes', old: ['culture'], new: null },
    ]);
  });

  it('compares nested values by content, and a missing value as null', () => {
    const a = { partners: [{ name: 'Lund', city: null }], note: undefined };
    expect(diff(a, { partners: [{ name: 'Lund', city: null }], note: null })).toEqual([]);
    expect(diff(a, { partners: [{ name: 'Lund', city: 'UGFydG5lckNpdHk6MQ==' }] })).toEqual([
      { field: 'partners', old: a.partners, new: [{ name: 'Lund', city: 'UGFydG5lckNpdHk6MQ==' }] },
    ]);
  });
});
