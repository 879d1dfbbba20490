import { describe, expect, it } from 'vitest';
import type { ObligationsTable_ObligationFragment } from '../../gql/graphql';
import { describeSubject, subjectText } from './subject';

type Row = Parameters<typeof describeSubject>[0];

const none: Row = {
  subject: 'UNIT',
  year: null,
  meeting: null,
  secondment: null,
  unit: null,
  project: null,
  agreement: null,
  membership: null,
  seat: null,
  partnerCity: null,
};

const words = {
  agreementUntil: (type: string, date: string) => `${type}, giltigt till ${date}`,
  viaProject: (project: string) => `via projektet ${project}`,
};

const row = (patch: Partial<ObligationsTable_ObligationFragment>): Row => ({ ...none, ...patch });
const describe_ = (r: Row) => describeSubject(r, 'sv', words);

describe('what an obligation concerns', () => {
  it('a meeting: its forum (or organisation, or partner city) and the date', () => {
    const meeting = {
      id: 'M1',
      date: '2008-09-10',
      place: 'Bryssel',
      forum: { id: 'F1', name: 'Social Affairs Forum' },
      organisation: null,
      partnerCity: null,
    };
    expect(describe_(row({ subject: 'MEETING', meeting }))).toEqual({
      name: 'Social Affairs Forum',
      href: '/forums/F1',
      detail: '2008-09-10',
    });
    const withCity = {
      ...meeting,
      forum: null,
      partnerCity: { id: 'P1', name: 'Vasa' },
    };
    expect(describe_(row({ subject: 'MEETING', meeting: withCity })).href).toBe(
      '/partner-cities/P1',
    );
  });

  it('a plan: the unit and the year', () => {
    const parts = describe_(
      row({
        subject: 'UNIT',
        year: 2008,
        unit: { id: 'U1', name: 'SDF Fosie' },
      }),
    );
    expect(parts).toEqual({ name: 'SDF Fosie', href: '/units/U1', detail: '2008' });
    expect(subjectText(parts)).toBe('SDF Fosie, 2008');
  });

  it('an agreement: the partner city, with its type and end date', () => {
    const agreement = {
      id: 'A1',
      type: 'COOPERATION' as const,
      validUntil: '2006-12-31',
      partnerCity: { id: 'P2', name: 'Newcastle' },
    };
    expect(describe_(row({ subject: 'AGREEMENT', agreement }))).toEqual({
      name: 'Newcastle',
      href: '/partner-cities/P2',
      detail: 'Samarbetsavtal, giltigt till 2006-12-31',
    });
  });

  it('a seat: the forum and who holds it', () => {
    const seat = {
      id: 'S1',
      forum: { id: 'F2', name: 'Homelessness' },
      unit: { id: 'U2', name: 'SDF Kirseberg' },
      person: null,
      project: { id: 'J1', title: 'CATCH' },
    };
    expect(describe_(row({ subject: 'SEAT', seat })).detail).toBe(
      'SDF Kirseberg via projektet CATCH',
    );
  });

  it('a secondment: the person, or the external organisation, and the stay', () => {
    const secondment = {
      id: 'X1',
      startOn: '2007-09-01',
      endOn: '2007-12-20',
      externalOrganisation: 'Malmö högskola',
      person: null,
    };
    expect(describe_(row({ subject: 'SECONDMENT', secondment }))).toEqual({
      name: 'Malmö högskola',
      href: null,
      detail: '2007-09-01–2007-12-20',
    });
  });

  it('a project, a membership and a partner city link to their pages', () => {
    expect(
      describe_(row({ subject: 'PROJECT', project: { id: 'J2', title: 'URBACT' } })).href,
    ).toBe('/projects/J2');
    expect(
      describe_(
        row({
          subject: 'MEMBERSHIP',
          membership: {
            id: 'B1',
            organisation: { id: 'O1', name: 'Eurocities' },
          },
        }),
      ),
    ).toEqual({ name: 'Eurocities', href: '/organisations/O1', detail: null });
    expect(
      describe_(
        row({
          subject: 'PARTNER_CITY',
          partnerCity: { id: 'P3', name: 'Tangshan' },
        }),
      ).name,
    ).toBe('Tangshan');
  });

  it('says "–" when the record is missing', () => {
    expect(describe_(row({ subject: 'PROJECT' }))).toEqual({ name: '–', href: null, detail: null });
  });
});
