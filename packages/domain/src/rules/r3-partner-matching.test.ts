import { describe, expect, it } from 'vitest';
import { type PartnerCandidate, type PartnerNeed, rankPartners } from './r3-partner-matching';

const need: PartnerNeed = {
  themes: ['integration', 'employment'],
  priorityAreas: ['work'],
  orientation: 'operational_development',
};

const city = (id: number, name: string, more: Partial<PartnerCandidate>): PartnerCandidate => ({
  kind: 'partner_city',
  id,
  name,
  themes: [],
  priorityAreas: [],
  orientations: [],
  ties: [],
  regionalActors: [],
  geography: 100,
  ...more,
});

const names = (need: PartnerNeed, candidates: PartnerCandidate[]) =>
  rankPartners(need, candidates).map((r) => r.candidate.name);

describe('R3 subject before geography', () => {
  it('R3: a far city with more overlap beats a near city with less, ties and actors regardless', () => {
    const far = city(1, 'Rotterdam', { themes: ['integration', 'employment'], geography: 900 });
    const near = city(2, 'Köpenhamn', {
      themes: ['integration'],
      geography: 30,
      ties: [{ kind: 'agreement', label: 'Samarbetsavtal (2000)', active: true }],
      regionalActors: ['Öresundskomiteen', 'Region Skåne'],
    });
    const ranked = rankPartners(need, [near, far]);
    expect(ranked.map((r) => [r.candidate.name, r.rank, r.decidedBy])).toEqual([
      ['Rotterdam', 1, 'overlap'],
      ['Köpenhamn', 2, 'overlap'],
    ]);
    expect(ranked[0]?.reasons).toEqual(['Delar 2 teman: Integration, Arbetsmarknad']);
  });

  it('R3: priority areas and orientation count as overlap too', () => {
    const a = city(1, 'Aarhus', { themes: ['integration'], priorityAreas: ['work'] });
    const b = city(2, 'Bergen', { themes: ['integration', 'employment'] });
    const c = city(3, 'Cork', { themes: ['integration'], orientations: ['profiling'] });
    const ranked = rankPartners(need, [c, b, a]);
    expect(ranked.map((r) => [r.candidate.name, r.overlap.total])).toEqual([
      ['Aarhus', 2],
      ['Bergen', 2],
      ['Cork', 1],
    ]);
    expect(ranked[0]?.overlap).toEqual({
      themes: ['integration'],
      priorityAreas: ['work'],
      orientation: null,
      total: 2,
    });
    expect(ranked[0]?.reasons).toContain('Delar 1 prioriterat område: Arbete');
  });

  it('R3: with equal overlap the candidate with an active agreement wins; inactive ties do not count', () => {
    const shared = {
      themes: ['integration' as const],
      orientations: ['operational_development' as const],
    };
    const vasa = city(1, 'Vasa', {
      ...shared,
      geography: 800,
      ties: [{ kind: 'agreement', label: 'Vänortsavtal (1940)', active: true }],
    });
    const newcastle = city(2, 'Newcastle', {
      ...shared,
      geography: 10,
      ties: [{ kind: 'agreement', label: 'Samarbetsavtal (2003)', active: false }],
      regionalActors: ['Region Skåne'],
    });
    const ranked = rankPartners(need, [newcastle, vasa]);
    expect(ranked.map((r) => [r.candidate.name, r.activeTies, r.decidedBy])).toEqual([
      ['Vasa', 1, 'overlap'],
      ['Newcastle', 0, 'ties'],
    ]);
    expect(ranked[0]?.reasons).toEqual([
      'Delar 1 tema: Integration',
      'Samma inriktning: Verksamhetsutveckling',
      'Gällande avtal: Vänortsavtal (1940)',
    ]);
    expect(ranked[1]?.reasons).toContain('Öresundsaktörer: Region Skåne');
  });

  it('R3: Öresund actors come before geography', () => {
    const a = city(1, 'Lund', { themes: ['integration'], geography: 5 });
    const b = city(2, 'Gdansk', {
      themes: ['integration'],
      geography: 300,
      regionalActors: ['Region Skåne'],
    });
    expect(rankPartners(need, [a, b]).map((r) => [r.candidate.name, r.decidedBy])).toEqual([
      ['Gdansk', 'overlap'],
      ['Lund', 'regional'],
    ]);
  });

  it('R3: geography only breaks a full tie, and says so', () => {
    const a = city(1, 'Aalborg', { themes: ['integration'], geography: 250 });
    const b = city(2, 'Helsingør', { themes: ['integration'], geography: 40 });
    const ranked = rankPartners(need, [a, b]);
    expect(ranked.map((r) => [r.candidate.name, r.decidedBy])).toEqual([
      ['Helsingør', 'overlap'],
      ['Aalborg', 'geography'],
    ]);
    expect(ranked[1]?.reasons).toContain('Geografin avgjorde ordningen mot närmast högre kandidat');
  });

  it('R3: without overlap candidates are still listed last; names order in Swedish', () => {
    const none = city(1, 'Aalesund', { geography: 1 });
    const some = city(2, 'Örebro', { themes: ['employment'], geography: 500 });
    const o = city(3, 'Östersund', { themes: ['employment'], geography: 500 });
    const z = city(4, 'Zürich', { themes: ['employment'], geography: 500 });
    const ranked = rankPartners(need, [none, some, o, z]);
    // Swedish alphabet: … Z, Å, Ä, Ö.
    expect(ranked.map((r) => [r.candidate.name, r.decidedBy])).toEqual([
      ['Zürich', 'overlap'],
      ['Örebro', 'name'],
      ['Östersund', 'name'],
      ['Aalesund', 'overlap'],
    ]);
    expect(ranked[3]?.reasons[0]).toBe('Ingen tematisk överlappning med behovet');
  });

  it('R3: an empty need ranks by ties alone', () => {
    const empty: PartnerNeed = { themes: [], priorityAreas: [], orientation: null };
    const a = city(1, 'A-stad', {});
    const b = city(2, 'B-stad', {
      ties: [{ kind: 'membership', label: 'Eurocities', active: true }],
    });
    expect(names(empty, [a, b])).toEqual(['B-stad', 'A-stad']);
  });

  it('R3: only agreements and memberships rank as existing ties; seats and projects are shown', () => {
    const empty: PartnerNeed = { themes: [], priorityAreas: [], orientation: null };
    const seats = city(1, 'A-stad', {
      ties: [
        { kind: 'seat', label: 'Culture Forum', active: true },
        { kind: 'project', label: 'CATCH', active: true },
      ],
    });
    const member = city(2, 'B-stad', {
      ties: [{ kind: 'membership', label: 'Eurocities', active: true }],
    });
    const ranked = rankPartners(empty, [seats, member]);
    expect(ranked.map((r) => [r.candidate.name, r.activeTies])).toEqual([
      ['B-stad', 1],
      ['A-stad', 0],
    ]);
    expect(ranked[1]?.reasons.join(' ')).toContain('Culture Forum');
  });
});
