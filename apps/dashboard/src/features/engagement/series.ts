import type { Orientation, PriorityArea, ProjectState } from '@malmo/domain';
import type { EngagementKind, ProjectState as GqlProjectState } from '../../gql/graphql';
import { fromGql } from '../../lib/enums';
import { paths } from '../../paths';

/** `within=none` on a list: the records no unit holds. */
export const NO_UNIT = 'none';

/** One row of the API's answer: a unit's figures of one kind (and project state). */
export interface EngagementFact {
  unitId?: string | null;
  unitName?: string | null;
  kind: EngagementKind;
  projectState?: GqlProjectState | null;
  count: number;
  budgetSek?: number | null;
  euFundingSek?: number | null;
  costSek?: number | null;
}

export interface EngagementFilters {
  from?: number;
  to?: number;
  orientation?: Orientation[];
  priority?: PriorityArea[];
}

export type Measure = 'count' | 'money';

/** Project states by phase: four series instead of seven keep the stack readable. */
const APPLYING: ProjectState[] = ['idea', 'preparing_application', 'submitted'];
const RUNNING: ProjectState[] = ['granted', 'running'];
/** The projects whose money counts: those that got their funding. */
export const FUNDED: ProjectState[] = ['granted', 'running', 'closed'];

export const COUNT_SERIES = [
  'euContacts',
  'seats',
  'memberships',
  'projectsApplying',
  'projectsRunning',
  'projectsClosed',
  'projectsRejected',
  'participations',
  'meetingsReported',
  'meetingsUnreported',
] as const;
export const MONEY_SERIES = ['budget', 'euFunding', 'membershipCost', 'participationCost'] as const;
export type SeriesKey = (typeof COUNT_SERIES)[number] | (typeof MONEY_SERIES)[number];

/** One bar per unit: its id (`none` for records of no unit), name and a figure per series. */
export type UnitFigures = { id: string; name: string | null; total: number } & Record<
  SeriesKey,
  number
>;

const state = (fact: EngagementFact) =>
  fact.projectState ? (fromGql(fact.projectState) as ProjectState) : undefined;
const isProject = (states: ProjectState[]) => (fact: EngagementFact) =>
  fact.kind === 'PROJECT' && states.includes(state(fact) as ProjectState);

/** What each series adds from a fact (0 when the fact is not its). */
const FROM_FACT: Record<SeriesKey, (fact: EngagementFact) => number> = {
  euContacts: (f) => (f.kind === 'EU_CONTACT' ? f.count : 0),
  seats: (f) => (f.kind === 'SEAT' ? f.count : 0),
  memberships: (f) => (f.kind === 'MEMBERSHIP' ? f.count : 0),
  projectsApplying: (f) => (isProject(APPLYING)(f) ? f.count : 0),
  projectsRunning: (f) => (isProject(RUNNING)(f) ? f.count : 0),
  projectsClosed: (f) => (isProject(['closed'])(f) ? f.count : 0),
  projectsRejected: (f) => (isProject(['rejected'])(f) ? f.count : 0),
  participations: (f) => (f.kind === 'PARTICIPATION' ? f.count : 0),
  meetingsReported: (f) => (f.kind === 'MEETING_REPORT' ? f.count : 0),
  // Every meeting, less the reported ones (their own rows), so the two stack to all meetings.
  meetingsUnreported: (f) =>
    f.kind === 'MEETING' ? f.count : f.kind === 'MEETING_REPORT' ? -f.count : 0,
  budget: (f) => (isProject(FUNDED)(f) ? (f.budgetSek ?? 0) : 0),
  euFunding: (f) => (isProject(FUNDED)(f) ? (f.euFundingSek ?? 0) : 0),
  membershipCost: (f) => (f.kind === 'MEMBERSHIP' ? (f.costSek ?? 0) : 0),
  participationCost: (f) => (f.kind === 'PARTICIPATION' ? (f.costSek ?? 0) : 0),
};

const ALL_SERIES: readonly SeriesKey[] = [...COUNT_SERIES, ...MONEY_SERIES];

/**
 * One row per unit with every series' figure; the units with the most engagements first (the
 * larger money first in money mode), the records of no unit last.
 */
export function figuresByUnit(facts: readonly EngagementFact[], measure: Measure): UnitFigures[] {
  const units = new Map<string, UnitFigures>();
  for (const fact of facts) {
    const id = fact.unitId ?? NO_UNIT;
    let unit = units.get(id);
    if (!unit) {
      unit = {
        id,
        name: fact.unitName ?? null,
        total: 0,
        ...(Object.fromEntries(ALL_SERIES.map((key) => [key, 0])) as Record<SeriesKey, number>),
      };
      units.set(id, unit);
    }
    for (const key of ALL_SERIES) unit[key] += FROM_FACT[key](fact);
  }
  const rows = [...units.values()];
  for (const row of rows) {
    row.total =
      measure === 'count'
        ? COUNT_SERIES.reduce((sum, key) => sum + row[key], 0)
        : row.budget + row.membershipCost + row.participationCost;
  }
  return rows
    .filter((row) => row.total > 0)
    .sort(
      (a, b) =>
        Number(a.id === NO_UNIT) - Number(b.id === NO_UNIT) ||
        b.total - a.total ||
        (a.name ?? '').localeCompare(b.name ?? '', 'sv'),
    );
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) search.set(key, String(value));
  }
  return search.toString();
}

const list = (values: readonly string[] | undefined) =>
  values?.length ? values.join(',') : undefined;

/**
 * The list of the records behind one figure, filtered as the figure is (the list's own URL
 * params: see each list's spec and features/engagement/list-scope).
 */
export function recordsOf(series: SeriesKey, unitId: string, filters: EngagementFilters): string {
  const within = unitId;
  const tags = { orientation: list(filters.orientation), priority: list(filters.priority) };
  const years = { from: filters.from, to: filters.to };
  const projects = (states: readonly ProjectState[]) =>
    `${paths.projects}?${query({ within, state: states.join(','), ...years, ...tags })}`;
  const meetings = (reported: boolean) =>
    `${paths.meetings}?${query({
      within,
      from: filters.from ? `${filters.from}-01-01` : undefined,
      to: filters.to ? `${filters.to}-12-31` : undefined,
      reported: String(reported),
    })}`;
  const memberships = `${paths.memberships}?${query({
    within,
    activeFrom: filters.from,
    activeTo: filters.to,
    ...tags,
  })}`;
  const participations = `${paths.participations}?${query({ within, ...years, ...tags })}`;
  switch (series) {
    case 'euContacts':
      return `${paths.euNetwork}?${query({ within, ...years })}`;
    case 'seats':
      return `${paths.seats}?${query({ within, ...years, ...tags })}`;
    case 'memberships':
    case 'membershipCost':
      return memberships;
    case 'projectsApplying':
      return projects(APPLYING);
    case 'projectsRunning':
      return projects(RUNNING);
    case 'projectsClosed':
      return projects(['closed']);
    case 'projectsRejected':
      return projects(['rejected']);
    case 'budget':
    case 'euFunding':
      return projects(FUNDED);
    case 'participations':
    case 'participationCost':
      return participations;
    case 'meetingsReported':
      return meetings(true);
    case 'meetingsUnreported':
      return meetings(false);
  }
}
