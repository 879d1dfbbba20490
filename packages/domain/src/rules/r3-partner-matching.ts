import type { Orientation, PriorityArea, Theme } from '../enums';
import { label } from '../labels';

/** What a unit looks for in a partner (R3): the subject matter, in the registry's own terms. */
export interface PartnerNeed {
  themes: Theme[];
  priorityAreas: PriorityArea[];
  orientation: Orientation | null;
}

/** An existing tie between Malmö and a candidate, e.g. a twin-town agreement. */
export interface PartnerTie {
  kind: 'agreement' | 'membership' | 'seat' | 'project';
  /** Shown to users as is, e.g. "Vänortsavtal (1940)". */
  label: string;
  active: boolean;
}

/** A possible partner: a partner city, an organisation or a forum. */
export interface PartnerCandidate {
  kind: 'partner_city' | 'organisation' | 'forum';
  id: number;
  name: string;
  themes: Theme[];
  priorityAreas: PriorityArea[];
  orientations: Orientation[];
  ties: PartnerTie[];
  /** Names of the Öresund/South Sweden actors involved with the candidate. */
  regionalActors: string[];
  /** Distance from Malmö in any unit; smaller is nearer. Only ever breaks a tie. */
  geography: number;
}

/** The criterion that placed a result below the next-higher-ranked one. */
export type PartnerRankCriterion = 'overlap' | 'ties' | 'regional' | 'geography' | 'name';

/** One ranked candidate, with what it shares with the need and why it stands where it does. */
export interface RankedPartner {
  candidate: PartnerCandidate;
  /** 1-based. */
  rank: number;
  overlap: {
    themes: Theme[];
    priorityAreas: PriorityArea[];
    orientation: Orientation | null;
    /** Shared themes + shared priority areas + 1 for a shared orientation. */
    total: number;
  };
  activeTies: number;
  regionalActors: number;
  /** 'overlap' for rank 1. */
  decidedBy: PartnerRankCriterion;
  /** Swedish, for display. */
  reasons: string[];
}

const TIE_PREFIX: { readonly [K in PartnerTie['kind']]: string } = {
  agreement: 'Gällande avtal',
  membership: 'Medlemskap',
  seat: 'Plats i forum',
  project: 'Gemensamt projekt',
};

const DECIDED_BY_REASON: { readonly [C in PartnerRankCriterion]: string } = {
  overlap: 'Den tematiska överlappningen avgjorde ordningen mot närmast högre kandidat',
  ties: 'Befintliga avtal och medlemskap avgjorde ordningen mot närmast högre kandidat',
  regional: 'Öresundsaktörernas medverkan avgjorde ordningen mot närmast högre kandidat',
  geography: 'Geografin avgjorde ordningen mot närmast högre kandidat',
  name: 'Lika på alla kriterier; ordnad efter namn',
};

const byName = new Intl.Collator('sv');

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

interface Scored {
  candidate: PartnerCandidate;
  overlap: RankedPartner['overlap'];
  activeTies: number;
  regionalActors: number;
}

function score(need: PartnerNeed, candidate: PartnerCandidate): Scored {
  const themes = unique(need.themes).filter((t) => candidate.themes.includes(t));
  const priorityAreas = unique(need.priorityAreas).filter((p) =>
    candidate.priorityAreas.includes(p),
  );
  const orientation =
    need.orientation != null && candidate.orientations.includes(need.orientation)
      ? need.orientation
      : null;
  return {
    candidate,
    overlap: {
      themes,
      priorityAreas,
      orientation,
      total: themes.length + priorityAreas.length + (orientation ? 1 : 0),
    },
    // R3 names agreements and memberships; seats and projects are shown but do not rank.
    activeTies: candidate.ties.filter(
      (t) => t.active && (t.kind === 'agreement' || t.kind === 'membership'),
    ).length,
    regionalActors: unique(candidate.regionalActors).length,
  };
}

/** The first criterion on which `a` and `b` differ, with its comparison (negative: a first). */
function firstDifference(a: Scored, b: Scored): [PartnerRankCriterion, number] {
  const steps: [PartnerRankCriterion, number][] = [
    ['overlap', b.overlap.total - a.overlap.total],
    ['ties', b.activeTies - a.activeTies],
    ['regional', b.regionalActors - a.regionalActors],
    ['geography', a.candidate.geography - b.candidate.geography],
    ['name', byName.compare(a.candidate.name, b.candidate.name)],
  ];
  for (const step of steps) if (step[1] !== 0) return step;
  return ['name', 0];
}

function reasonsFor(s: Scored, decidedBy: PartnerRankCriterion, rank: number): string[] {
  const reasons: string[] = [];
  const { themes, priorityAreas, orientation } = s.overlap;
  if (themes.length > 0) {
    const names = themes.map((t) => label('sv', 'theme', t)).join(', ');
    reasons.push(`Delar ${count(themes.length, 'tema', 'teman')}: ${names}`);
  }
  if (priorityAreas.length > 0) {
    const names = priorityAreas.map((p) => label('sv', 'priorityArea', p)).join(', ');
    const what = count(priorityAreas.length, 'prioriterat område', 'prioriterade områden');
    reasons.push(`Delar ${what}: ${names}`);
  }
  if (orientation) reasons.push(`Samma inriktning: ${label('sv', 'orientation', orientation)}`);
  if (s.overlap.total === 0) reasons.push('Ingen tematisk överlappning med behovet');
  for (const tie of s.candidate.ties) {
    if (tie.active) reasons.push(`${TIE_PREFIX[tie.kind]}: ${tie.label}`);
  }
  if (s.regionalActors > 0) {
    reasons.push(`Öresundsaktörer: ${unique(s.candidate.regionalActors).join(', ')}`);
  }
  if (rank > 1) reasons.push(DECIDED_BY_REASON[decidedBy]);
  return reasons;
}

/**
 * R3 Subject before geography: ranks candidates lexicographically by (1) thematic overlap with the
 * need, (2) active existing ties (agreements and memberships "should be considered"), (3) the
 * number of Öresund/South Sweden actors involved, (4) geography, nearer first – it only breaks a
 * tie – and finally name. Candidates without overlap are kept, after all those with some.
 */
export function rankPartners(
  need: PartnerNeed,
  candidates: readonly PartnerCandidate[],
): RankedPartner[] {
  const scored = candidates
    .map((c) => score(need, c))
    .sort((a, b) => {
      const [, order] = firstDifference(a, b);
      // Same on every criterion, names included: keep the result stable across calls.
      return order !== 0
        ? order
        : a.candidate.kind.localeCompare(b.candidate.kind) || a.candidate.id - b.candidate.id;
    });
  return scored.map((s, index) => {
    const above = index > 0 ? scored[index - 1] : undefined;
    const decidedBy = above ? firstDifference(above, s)[0] : 'overlap';
    const rank = index + 1;
    return {
      candidate: s.candidate,
      rank,
      overlap: s.overlap,
      activeTies: s.activeTies,
      regionalActors: s.regionalActors,
      decidedBy,
      reasons: reasonsFor(s, decidedBy, rank),
    };
  });
}
