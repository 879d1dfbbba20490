import { describe, expect, it } from 'vitest';
import type { FieldSpec } from '../editing/spec';
import { decodeGlobalId, globalIdsIn, readableValue, specFor } from './values';

const unitId = btoa('Unit:5');
const fields: FieldSpec[] = [
  { kind: 'reference', name: 'ownerUnitId', label: 'Ansvarig enhet', source: 'unit' },
  { kind: 'referenceMulti', name: 'attendeeIds', label: 'Deltagare', source: 'person' },
  { kind: 'enum', name: 'status', label: 'Status', group: 'legislationStatus' },
  { kind: 'number', name: 'scores.influence', label: 'Påverkan' },
];
const options = {
  locale: 'sv' as const,
  names: new Map([[unitId, 'SDF Fosie']]),
  yes: 'Ja',
  no: 'Nej',
  none: '–',
  items: (n: number) => `${n} poster`,
};

describe('history values as a person reads them', () => {
  it('finds the form field of a recorded field, relations and nested inputs included', () => {
    expect(specFor(fields, 'ownerUnit')?.label).toBe('Ansvarig enhet');
    expect(specFor(fields, 'attendees')?.label).toBe('Deltagare');
    expect(specFor(fields, 'influence')?.label).toBe('Påverkan');
    expect(specFor(fields, 'key')).toBeUndefined();
  });

  it('names records, labels enums and says yes, no and nothing', () => {
    expect(readableValue(unitId, specFor(fields, 'ownerUnit'), options)).toBe('SDF Fosie');
    expect(readableValue('in_force', specFor(fields, 'status'), options)).toBe('I kraft');
    expect(readableValue(true, undefined, options)).toBe('Ja');
    expect(readableValue(null, undefined, options)).toBe('–');
    expect(readableValue([{ name: 'Lund' }, { name: 'Malmö' }], undefined, options)).toBe(
      '2 poster',
    );
    // A record no longer there keeps its id.
    expect(readableValue(btoa('Unit:9'), undefined, options)).toBe(btoa('Unit:9'));
  });

  it('tells global ids from other text and collects them from nested values', () => {
    expect(decodeGlobalId(unitId)).toEqual({ kind: 'Unit', id: '5' });
    expect(decodeGlobalId('Malmö')).toBeNull();
    expect(decodeGlobalId('2008')).toBeNull();
    expect(globalIdsIn([unitId, [unitId, 'x'], { partnerCityId: btoa('PartnerCity:2') }])).toEqual([
      unitId,
      btoa('PartnerCity:2'),
    ]);
  });
});
