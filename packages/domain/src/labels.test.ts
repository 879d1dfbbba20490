import { describe, expect, it } from 'vitest';
import { ENUM_GROUPS, ENUM_VALUES } from './enums';
import { LOCALES, label, labels } from './labels';

describe('labels', () => {
  it('has a non-empty Swedish and English label for every enum value', () => {
    for (const locale of LOCALES) {
      for (const group of ENUM_GROUPS) {
        for (const value of ENUM_VALUES[group]) {
          const text = label(locale, group, value);
          expect(typeof text, `${locale}.${group}.${value}`).toBe('string');
          expect(text.trim(), `${locale}.${group}.${value}`).not.toBe('');
        }
        expect(Object.keys(labels[locale][group]).sort()).toEqual([...ENUM_VALUES[group]].sort());
      }
    }
  });

  it('uses the Swedish terms of the strategy', () => {
    expect(label('sv', 'unitKind', 'district')).toBe('Stadsdelsförvaltning');
    expect(label('sv', 'agreementType', 'twin_town')).toBe('Vänortsavtal');
    expect(label('sv', 'agreementType', 'sponsor_town')).toBe('Fadderortsavtal');
    expect(label('sv', 'agreementStatus', 'expired_contacts_kept')).toBe(
      'Utgånget avtal, kontakter upprätthålls',
    );
    expect(ENUM_VALUES.orientation.map((o) => label('sv', 'orientation', o))).toEqual([
      'Verksamhetsutveckling',
      'Strategisk påverkan',
      'Profilering',
    ]);
    expect(ENUM_VALUES.priorityArea.map((p) => label('sv', 'priorityArea', p))).toEqual([
      'Arbete',
      'Boende',
      'Tillväxt',
      'Trygghet',
      'Utbildning',
    ]);
    expect(label('en', 'unitKind', 'district')).toBe('District administration');
  });
});
