import { parseInput, projectInputSchema } from '@malmo/domain';
import { describe, expect, it } from 'vitest';
import { type FieldSpec, fieldLabel, fieldNames, fromRecord, toGraphql, toInput } from './spec';

const fields: FieldSpec[] = [
  { kind: 'text', name: 'title', label: 'Titel', required: true },
  { kind: 'reference', name: 'ownerUnitId', label: 'Enhet', source: 'unit', required: true },
  { kind: 'money', name: 'budgetSek', label: 'Budget' },
  { kind: 'date', name: 'startOn', label: 'Start' },
  { kind: 'enumMulti', name: 'themes', label: 'Teman', group: 'theme' },
  {
    kind: 'list',
    name: 'partners',
    label: 'Partner',
    itemLabel: String,
    addLabel: '+',
    removeLabel: String,
    fields: [{ kind: 'text', name: 'name', label: 'Namn' }],
  },
];

describe('form values and inputs', () => {
  it('reads a stored record as typed text, and turns it back into the same input', () => {
    const values = fromRecord(fields, {
      title: 'Projekt',
      ownerUnitId: 'VW5pdDox',
      budgetSek: 1500000,
      startOn: null,
      themes: ['CULTURE'],
      partners: [{ name: 'Lund' }],
    });
    expect(values).toEqual({
      title: 'Projekt',
      ownerUnitId: 'VW5pdDox',
      budgetSek: '1500000',
      startOn: '',
      themes: ['culture'],
      partners: [{ name: 'Lund' }],
    });
    const parsed = parseInput(projectInputSchema, toInput(fields, values));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(toGraphql(fields, parsed.value)).toMatchObject({
      title: 'Projekt',
      budgetSek: 1500000,
      startOn: null,
      themes: ['CULTURE'],
      partners: [{ name: 'Lund', partnerCityId: null, organisationId: null }],
    });
  });

  it('leaves a blank required field for the schema to name, and keeps unparsable numbers', () => {
    const input = toInput(fields, {
      title: '',
      ownerUnitId: '',
      budgetSek: '12 abc',
      startOn: '',
      themes: [],
      partners: [],
    });
    expect(input).toMatchObject({
      title: '',
      ownerUnitId: undefined,
      budgetSek: '12 abc',
      startOn: null,
    });
    const parsed = parseInput(projectInputSchema, input);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const byField = Object.fromEntries(parsed.errors.map((e) => [e.field, e.message]));
    expect(byField.title).toBe('Fältet måste fyllas i.');
    expect(byField.ownerUnitId).toBe('Fältet måste fyllas i.');
    expect(byField.budgetSek).toBeTruthy();
  });

  it('names every shown field, list items expanded', () => {
    expect(fieldNames(fields, { partners: [{ name: 'a' }, { name: 'b' }] })).toEqual([
      'title',
      'ownerUnitId',
      'budgetSek',
      'startOn',
      'themes',
      'partners',
      'partners.0.name',
      'partners.1.name',
    ]);
  });
});

describe('field labels for the error summary', () => {
  it('names a field, and a list item’s field with its item', () => {
    expect(fieldLabel(fields, 'title')).toBe('Titel');
    expect(fieldLabel(fields, 'partners.1.name')).toBe('1, Namn');
    expect(fieldLabel(fields, 'nothing')).toBeUndefined();
  });
});
