import { describe, expect, it } from 'vitest';
import type { FieldSpec } from './spec';
import { listChanges } from './stale';

const fields: FieldSpec[] = [
  { kind: 'text', name: 'title', label: 'Titel', required: true },
  { kind: 'textarea', name: 'analysis', label: 'Analys' },
  { kind: 'enumMulti', name: 'themes', label: 'Teman', group: 'theme' },
  { kind: 'number', name: 'scores.influence', label: 'Påverkan' },
];
const show = (_field: FieldSpec, value: unknown) =>
  Array.isArray(value) ? value.join(', ') : String(value ?? '–');

describe('what a stale save shows', () => {
  const original = {
    title: 'A',
    analysis: 'Gammal',
    themes: ['culture'],
    scores: { influence: '3' },
  };

  it('lists fields someone else changed and the reader’s own edits, each value beside the stored', () => {
    const mine = { ...original, title: 'Min titel' };
    const stored = { ...original, analysis: 'Deras', scores: { influence: '4' } };
    expect(listChanges(fields, original, mine, stored, show)).toEqual([
      { name: 'title', label: 'Titel', mine: 'Min titel', stored: 'A', changedElsewhere: false },
      {
        name: 'analysis',
        label: 'Analys',
        mine: 'Gammal',
        stored: 'Deras',
        changedElsewhere: true,
      },
      {
        name: 'scores.influence',
        label: 'Påverkan',
        mine: '3',
        stored: '4',
        changedElsewhere: true,
      },
    ]);
  });

  it('leaves out fields nobody changed, and compares lists by value', () => {
    const same = { ...original, themes: ['culture'] };
    expect(listChanges(fields, original, same, same, show)).toEqual([]);
    const stored = { ...original, themes: ['culture', 'housing'] };
    expect(listChanges(fields, original, original, stored, show)).toEqual([
      {
        name: 'themes',
        label: 'Teman',
        mine: 'culture',
        stored: 'culture, housing',
        changedElsewhere: true,
      },
    ]);
  });
});
