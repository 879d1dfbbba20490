import {
  addDays,
  addMonths,
  daysBetween,
  labels,
  type PriorityArea,
  type PriorityTargetKind,
  type ProjectState,
  type SecondmentPurpose,
  type SupportKind,
  type SupportState,
  type Theme,
  type TrainingTopic,
  toSlug,
  unitMustPlan,
} from '@malmo/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { IMembershipAssessment } from '../db/assessment';
import {
  Agreement,
  DemoRun,
  EventEdition,
  EventSeries,
  Forum,
  LegislationWatch,
  Meeting,
  MeetingReport,
  Membership,
  MembershipAssessment,
  ObligationWaiver,
  OperationalPlan,
  Organisation,
  Participation,
  PartnerCity,
  Person,
  PlanPriority,
  Project,
  ProjectPartner,
  Seat,
  Secondment,
  SupportRequest,
  TrainingSession,
  Unit,
} from '../db/entities';
import type { IEventEdition, IParticipation } from '../db/event-series';
import type { IMeeting, IMeetingReport } from '../db/meeting';
import type { IObligationWaiver } from '../db/obligation';
import type { IAgreement } from '../db/partner-city';
import type { IPlanPriority } from '../db/plan';
import type { IProject, IProjectPartner, ISupportRequest } from '../db/project';
import type { ISecondment } from '../db/secondment';
import type { ILegislationWatch, ITrainingSession } from '../db/watch';
import {
  AGM_CITIES,
  ASSESSORS,
  CITY_FOLLOW_UPS,
  CITY_MEETINGS,
  CITY_REPORT_SUMMARIES,
  DEMO_PEOPLE,
  FADING_CITY,
  FILLER_PURPOSE,
  FOLLOW_UPS,
  FORUM_TOPICS,
  LEGISLATION,
  MEETING_CITIES,
  MEMBERSHIP_PROFILES,
  NETWORK_MEETINGS,
  PROJECT_SEAT_ATTENDEES,
  PROJECT_TEMPLATES,
  type ProjectTemplate,
  QUIET_CITIES,
  REPORT_SUMMARIES,
  SECONDMENT_NOTES,
  SERIES_PROFILES,
  SUPPORT_NOTES,
  TRAINING_PLACES,
  TRAINING_TITLES,
  UNIT_MEMBERSHIPS,
  WAIVER_BY,
  WAIVER_REASONS,
} from './catalogue';
import { insertPairs, insertRows, type Row } from './insert';
import { Random } from './random';

export interface DemoOptions {
  /** The PRNG seed; the same options always give the same rows. Default 2006. */
  seed?: number;
  /** Multiplies the activity per unit and year (a positive whole number). Default 1. */
  scale?: number;
  /** First year with activity. Default 2006, the year the strategy was adopted. */
  fromYear?: number;
  /** Last year with activity; the ledger is read on 15 October that year. Default 2008. */
  toYear?: number;
}

export const DEMO_DEFAULTS: Required<DemoOptions> = {
  seed: 2006,
  scale: 1,
  fromYear: 2006,
  toYear: 2008,
};

/** The day the demo's ledger is read on: activity runs up to it, plans and deadlines beyond. */
export function demoAsOf(toYear: number): string {
  return `${toYear}-10-15`;
}

export type DemoProgress = (done: number, total: number, label: string) => void;

/** What the generator needs to know about one annex record. */
interface Ref {
  id: number;
  key: string;
  name: string;
}
interface UnitRef extends Ref {
  kind: string;
  parentId: number | null;
}
interface PersonRef extends Ref {
  unitId: number | null;
}
interface SeatRef {
  forum: Ref;
  unitId: number | null;
  person: PersonRef | null;
  projectKey: string | null;
}

interface Registry {
  units: Map<string, UnitRef>;
  people: Map<string, PersonRef>;
  organisations: Map<string, Ref>;
  memberships: Map<string, Ref>;
  forums: Map<string, Ref>;
  seats: SeatRef[];
  cities: Map<string, Ref>;
  series: Map<string, Ref>;
  projects: (Ref & { unitId: number | null })[];
}

function need<T>(map: ReadonlyMap<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) {
    throw new Error(`demo: the annex ${what} "${key}" is missing; import the annex first`);
  }
  return value;
}

/** Reads the registry's own (non-demo) records, in a stable order. */
async function loadRegistry(em: EntityManager): Promise<Registry> {
  const byKey = <T extends { key: string }>(rows: T[]) => new Map(rows.map((r) => [r.key, r]));
  const units = await em.find(Unit, { active: true }, { orderBy: { key: 'asc' } });
  const people = await em.find(Person, { demo: false }, { orderBy: { key: 'asc' } });
  const organisations = await em.find(Organisation, {}, { orderBy: { key: 'asc' } });
  const memberships = await em.find(
    Membership,
    { endedYear: null },
    { orderBy: { id: 'asc' }, populate: ['organisation'] },
  );
  const forums = await em.find(Forum, {}, { orderBy: { key: 'asc' } });
  const seats = await em.find(
    Seat,
    { demo: false },
    { orderBy: { key: 'asc' }, populate: ['forum', 'person', 'project'] },
  );
  const cities = await em.find(PartnerCity, {}, { orderBy: { key: 'asc' } });
  const series = await em.find(EventSeries, {}, { orderBy: { key: 'asc' } });
  const projects = await em.find(Project, { demo: false }, { orderBy: { key: 'asc' } });
  const personRefs = byKey(
    people.map((p) => ({ id: p.id, key: p.key, name: p.name, unitId: p.unit?.id ?? null })),
  );
  return {
    units: byKey(
      units.map((u) => ({
        id: u.id,
        key: u.key,
        name: u.name,
        kind: u.kind,
        parentId: u.parent?.id ?? null,
      })),
    ),
    people: personRefs,
    organisations: byKey(organisations.map((o) => ({ id: o.id, key: o.key, name: o.name }))),
    memberships: new Map(
      memberships.map((m) => [
        m.organisation.key,
        { id: m.id, key: m.organisation.key, name: m.organisation.name },
      ]),
    ),
    forums: byKey(forums.map((f) => ({ id: f.id, key: f.key, name: f.name }))),
    seats: seats.map((s) => ({
      forum: { id: s.forum.id, key: s.forum.key, name: s.forum.name },
      unitId: s.unit?.id ?? null,
      person: s.person ? (personRefs.get(s.person.key) ?? null) : null,
      projectKey: s.project?.key ?? null,
    })),
    cities: byKey(cities.map((c) => ({ id: c.id, key: c.key, name: c.name }))),
    series: byKey(series.map((s) => ({ id: s.id, key: s.key, name: s.shortName }))),
    projects: projects.map((p) => ({
      id: p.id,
      key: p.key,
      name: p.title,
      unitId: p.ownerUnit?.id ?? null,
    })),
  };
}

/** A project as generated, before and after it is stored. */
interface DemoProject {
  row: Row<IProject>;
  template: ProjectTemplate;
  unitId: number;
  state: ProjectState;
  planYear: number;
  ideaOn: string;
  id: number;
}

const STEPS = [
  'people',
  'projects',
  'seats and agreements',
  'operational plans',
  'meetings',
  'secondments',
  'membership assessments',
  'events',
  'legislation and training',
  'waivers',
] as const;

class DemoGenerator {
  readonly rng: Random;
  readonly asOf: string;
  readonly first: number;
  readonly last: number;
  readonly scale: number;
  readonly counts: Record<string, number> = {};
  private step = 0;
  private readonly people = new Map<string, PersonRef>();
  private readonly leavingPeople = new Set<string>();
  private projects: DemoProject[] = [];
  private waivers: Row<IObligationWaiver>[] = [];

  constructor(
    readonly em: EntityManager,
    readonly reg: Registry,
    readonly options: Required<DemoOptions>,
    readonly onProgress: DemoProgress | undefined,
  ) {
    this.rng = new Random(options.seed);
    this.asOf = demoAsOf(options.toYear);
    this.first = options.fromYear;
    this.last = options.toYear;
    this.scale = options.scale;
    for (const [key, person] of reg.people) this.people.set(key, person);
  }

  private done(label: (typeof STEPS)[number]) {
    this.step++;
    this.onProgress?.(this.step, STEPS.length, label);
  }

  private count(name: string, n: number) {
    this.counts[name] = (this.counts[name] ?? 0) + n;
  }

  unit(key: string): UnitRef {
    return need(this.reg.units, key, 'unit');
  }

  person(key: string): PersonRef {
    return need(this.people, key, 'person');
  }

  // --- dates ---------------------------------------------------------------------------------

  /** Never before the first year's start: anchors relative to asOf stay inside the range. */
  clamp(date: string, earliest = `${this.first}-01-10`): string {
    return date < earliest ? earliest : date;
  }

  /** The part of year `y` activity is drawn from: all of it, up to asOf in the last year. */
  window(year: number): { from: string; to: string; fraction: number } {
    const from = `${year}-01-10`;
    const end = `${year}-12-15`;
    const to = end < this.asOf ? end : this.asOf;
    return { from, to, fraction: (daysBetween(from, to) + 1) / (daysBetween(from, end) + 1) };
  }

  between(from: string, to: string): string {
    return addDays(from, this.rng.int(0, Math.max(0, daysBetween(from, to))));
  }

  /** A working day for a meeting: not in July, when Sweden is on holiday. */
  meetingDay(from: string, to: string): string {
    const date = this.between(from, to);
    return date.slice(5, 7) === '07' ? addMonths(date, -1) : date;
  }

  years(): number[] {
    const years: number[] = [];
    for (let y = this.first; y <= this.last; y++) years.push(y);
    return years;
  }

  /** A per-year rate at scale 1, scaled and prorated for the last year's shorter window. */
  perYear(rate: number, year: number): number {
    return this.rng.count(rate * this.scale * this.window(year).fraction);
  }

  // --- people --------------------------------------------------------------------------------

  async generatePeople() {
    const rows = DEMO_PEOPLE.map((p) => {
      const leftOn = p.leavesInDays == null ? null : addDays(this.asOf, p.leavesInDays);
      if (p.leavesInDays != null) this.leavingPeople.add(p.key);
      return {
        key: p.key,
        name: p.name,
        email: null,
        unit: this.unit(p.unit).id,
        active: leftOn == null || leftOn > this.asOf,
        leftOn,
        demo: true,
      };
    });
    const ids = await insertRows(this.em, Person, rows);
    rows.forEach((row, i) => {
      const id = ids[i] as number;
      this.people.set(row.key, { id, key: row.key, name: row.name, unitId: row.unit });
    });
    this.count('people', rows.length);
    this.done('people');
  }

  // --- projects ------------------------------------------------------------------------------

  private templateUses = new Map<string, number>();

  private projectTitle(template: ProjectTemplate): string {
    const n = (this.templateUses.get(template.title) ?? 0) + 1;
    this.templateUses.set(template.title, n);
    return n === 1 ? template.title : `${template.title} – etapp ${n}`;
  }

  /**
   * One project on a timeline: idea, application deadline, decision, start and end. Its state on
   * asOf follows from where asOf falls on the timeline (anchors force a state).
   */
  private makeProject(
    template: ProjectTemplate,
    timeline: {
      ideaOn: string;
      deadline: string | null;
      decisionOn: string;
      startOn: string;
      endOn: string;
      rejected: boolean;
      analysis: 'complete' | 'partial' | 'none';
      analysisOn: string | null;
    },
  ): DemoProject {
    const { ideaOn, deadline, decisionOn, startOn, endOn, rejected } = timeline;
    const A = this.asOf;
    let state: ProjectState;
    let stateChangedOn: string;
    if (deadline == null || deadline > A) {
      const preparing = deadline != null && addDays(deadline, -90) <= A;
      state = preparing ? 'preparing_application' : 'idea';
      stateChangedOn = preparing && deadline ? this.clamp(addDays(deadline, -90), ideaOn) : ideaOn;
    } else if (decisionOn > A) {
      state = 'submitted';
      stateChangedOn = deadline;
    } else if (rejected) {
      state = 'rejected';
      stateChangedOn = decisionOn;
    } else if (startOn > A) {
      state = 'granted';
      stateChangedOn = decisionOn;
    } else if (endOn > A) {
      state = 'running';
      stateChangedOn = startOn;
    } else {
      state = 'closed';
      stateChangedOn = endOn;
    }
    const complete =
      timeline.analysis === 'complete' && timeline.analysisOn != null && timeline.analysisOn <= A;
    const partial = !complete && timeline.analysis !== 'none';
    const planYear = Number((deadline ?? stateChangedOn).slice(0, 4));
    const era = planYear < 2007 ? 0 : 1;
    const [low, high] = template.budget;
    const hasMoney = state !== 'idea' || this.rng.chance(0.5);
    const budget = hasMoney ? this.rng.amount(low, high, 10_000) : null;
    const fundingShare = template.programmes[era]?.includes('ramprogrammet') ? 0.6 : 0.5;
    const sought = budget == null ? null : Math.round((budget * fundingShare) / 10_000) * 10_000;
    const grantedStates: ProjectState[] = ['granted', 'running', 'closed'];
    const granted =
      sought != null && grantedStates.includes(state)
        ? Math.round((sought * (0.8 + 0.2 * this.rng.next())) / 10_000) * 10_000
        : null;
    const unitId = this.unit(template.unit).id;
    const row: Row<IProject> = {
      // Titles and keys are given once every project is drawn, in the order they began.
      key: '',
      title: template.title,
      ownerUnit: unitId,
      programme: template.programmes[era] ?? null,
      state,
      stateChangedOn,
      submittedOn: deadline != null && deadline <= A ? deadline : null,
      orientations: [...template.orientations],
      priorityAreas: [...template.priorityAreas],
      themes: [...template.themes],
      budgetSek: budget,
      ownContributionSek: budget != null && sought != null ? budget - sought : null,
      euFundingSoughtSek: state === 'idea' ? null : sought,
      euFundingGrantedSek: granted,
      benefit: complete || partial ? template.benefit : null,
      resources: complete ? template.resources : null,
      longTermEffects: complete ? template.longTermEffects : null,
      analysisCompletedOn: complete ? timeline.analysisOn : null,
      applicationDeadline: deadline,
      startOn: state === 'rejected' || deadline == null || state === 'idea' ? null : startOn,
      endOn: state === 'rejected' || deadline == null || state === 'idea' ? null : endOn,
      demo: true,
    };
    return { row, template, unitId, state, planYear, ideaOn, id: 0 };
  }

  private anchorProjects(): DemoProject[] {
    const A = this.asOf;
    const templates = this.rng.shuffle(PROJECT_TEMPLATES);
    const t = (i: number) => templates[i % templates.length] as ProjectTemplate;
    // Forced states on asOf: each kind of project-analysis duty, and every lifecycle state.
    const specs: {
      deadline: number | null;
      decision: number;
      start: number;
      end: number;
      rejected?: boolean;
      analysis: 'complete' | 'partial' | 'none';
      analysisBefore?: number;
    }[] = [
      { deadline: null, decision: 0, start: 0, end: 0, analysis: 'partial' },
      { deadline: 40, decision: 160, start: 220, end: 900, analysis: 'none' },
      { deadline: 25, decision: 140, start: 200, end: 900, analysis: 'complete' },
      { deadline: -50, decision: 60, start: 120, end: 800, analysis: 'none' },
      { deadline: -170, decision: -20, start: 45, end: 800, analysis: 'complete' },
      { deadline: -420, decision: -300, start: -250, end: 400, analysis: 'none' },
      {
        deadline: -200,
        decision: -90,
        start: 0,
        end: 0,
        rejected: true,
        analysis: 'complete',
      },
      { deadline: -900, decision: -800, start: -760, end: -30, analysis: 'complete' },
    ];
    return specs.map((spec, i) => {
      const earliest = `${this.first}-01-20`;
      const deadline =
        spec.deadline == null ? null : this.clamp(addDays(A, spec.deadline), earliest);
      const base = deadline ?? A;
      let decisionOn = addDays(A, spec.decision);
      if (decisionOn < addDays(base, 30)) decisionOn = addDays(base, 30);
      let startOn = addDays(A, spec.start);
      if (startOn < addDays(decisionOn, 14)) startOn = addDays(decisionOn, 14);
      let endOn = addDays(A, spec.end);
      if (endOn < addDays(startOn, 60)) endOn = addDays(startOn, 60);
      // A closed project ended before asOf, however short the range.
      if (spec.end < 0 && endOn > A) endOn = A;
      const ideaOn = this.clamp(addDays(base, -this.rng.int(120, 240)), `${this.first}-01-02`);
      return this.makeProject(t(i), {
        ideaOn: ideaOn > A ? addDays(A, -30) : ideaOn,
        deadline,
        decisionOn,
        startOn,
        endOn,
        rejected: spec.rejected ?? false,
        analysis: spec.analysis,
        analysisOn: deadline
          ? addDays(deadline, -(spec.analysisBefore ?? this.rng.int(10, 30)))
          : null,
      });
    });
  }

  private randomProject(year: number): DemoProject {
    const A = this.asOf;
    const template = this.rng.pick(PROJECT_TEMPLATES);
    const latest = `${year}-12-15` < addDays(A, 150) ? `${year}-12-15` : addDays(A, 150);
    const deadline = this.between(`${year}-01-20`, latest);
    const ideaOn = this.clamp(addDays(deadline, -this.rng.int(90, 300)), `${this.first}-01-02`);
    const decisionOn = addDays(deadline, this.rng.int(75, 150));
    const startOn = addDays(decisionOn, this.rng.int(20, 90));
    const endOn = addMonths(startOn, this.rng.int(12, 36));
    const roll = this.rng.next();
    return this.makeProject(template, {
      ideaOn: ideaOn > A ? addDays(A, -20) : ideaOn,
      deadline: this.rng.chance(0.15) && deadline > A ? null : deadline,
      decisionOn,
      startOn,
      endOn,
      rejected: this.rng.chance(0.25),
      analysis: roll < 0.7 ? 'complete' : roll < 0.85 ? 'partial' : 'none',
      analysisOn: addDays(deadline, -this.rng.int(7, 60)),
    });
  }

  async generateProjects() {
    const projects = this.anchorProjects();
    for (const year of this.years()) {
      const n = this.perYear(1.5, year);
      for (let i = 0; i < n; i++) projects.push(this.randomProject(year));
    }
    // Oldest first, so a template's second project ("etapp 2") comes after its first.
    const order = projects.map((p, i) => ({ p, i }));
    order.sort((a, b) => (a.p.ideaOn < b.p.ideaOn ? -1 : a.p.ideaOn > b.p.ideaOn ? 1 : a.i - b.i));
    projects.splice(0, projects.length, ...order.map((o) => o.p));
    projects.forEach((p, i) => {
      p.row.title = this.projectTitle(p.template);
      p.row.key = `demo-${toSlug(p.row.title).slice(0, 100)}-${i + 1}`;
    });
    const ids = await insertRows(
      this.em,
      Project,
      projects.map((p) => p.row),
    );
    projects.forEach((p, i) => {
      p.id = ids[i] as number;
    });
    this.projects = projects;
    this.count('projects', projects.length);

    const excluded = new Set([...QUIET_CITIES, FADING_CITY]);
    const partners: Row<IProjectPartner>[] = [];
    const requests: Row<ISupportRequest>[] = [];
    for (const project of projects) {
      const { template } = project;
      const candidates: Omit<Row<IProjectPartner>, 'project' | 'position'>[] = [
        ...template.cities
          .filter((c) => !excluded.has(c) && this.reg.cities.has(c))
          .map((c) => ({ partnerCity: this.reg.cities.get(c)?.id ?? null })),
        ...template.organisations
          .filter((o) => this.reg.organisations.has(o))
          .map((o) => ({ organisation: this.reg.organisations.get(o)?.id ?? null })),
        ...template.others.map((name) => ({ name })),
      ];
      const chosen = this.rng.sample(candidates, this.rng.int(1, Math.min(4, candidates.length)));
      chosen.forEach((partner, position) => {
        partners.push({ project: project.id, position, ...partner });
      });
      requests.push(...this.supportRequests(project));
    }
    await insertRows(this.em, ProjectPartner, partners);
    await insertRows(this.em, SupportRequest, requests);
    this.count('projectPartners', partners.length);
    this.count('supportRequests', requests.length);
    this.done('projects');
  }

  private supportRequests(project: DemoProject): Row<ISupportRequest>[] {
    const A = this.asOf;
    const { row } = project;
    const deadline = row.applicationDeadline ?? null;
    const wanted: [SupportKind, string | null, number][] = [
      ['partner_search', addDays(project.ideaOn, this.rng.int(5, 40)), 0.6],
      ['background_material', deadline ? addDays(deadline, -this.rng.int(40, 80)) : null, 0.5],
      ['application_review', deadline ? addDays(deadline, -this.rng.int(8, 20)) : null, 0.7],
      ['advice', row.startOn ? addDays(row.startOn, this.rng.int(30, 120)) : null, 0.5],
    ];
    const out: Row<ISupportRequest>[] = [];
    for (const [kind, requestedOn, p] of wanted) {
      if (!this.rng.chance(p) || requestedOn == null || requestedOn > A) continue;
      if (requestedOn < `${this.first}-01-02`) continue;
      let state: SupportState;
      let closedOn: string | null = null;
      if (daysBetween(requestedOn, A) > 21) {
        const declined = this.rng.chance(0.1);
        state = declined ? 'declined' : 'done';
        closedOn = addDays(requestedOn, declined ? this.rng.int(2, 7) : this.rng.int(3, 20));
      } else {
        state = this.rng.chance(0.5) ? 'requested' : 'in_progress';
      }
      out.push({
        project: project.id,
        kind,
        state,
        requestedOn,
        closedOn,
        note: this.rng.pick(SUPPORT_NOTES[kind] ?? ['']),
        demo: true,
      });
    }
    return out;
  }

  // --- seats and agreements ------------------------------------------------------------------

  async generateSeatsAndAgreements() {
    const { first, last } = this;
    const forum = (key: string) => need(this.reg.forums, key, 'forum');
    const seat = (
      key: string,
      forumKey: string,
      holder: { unit: string; person: string } | null,
      fromYear: number,
      listedAs: string,
      themes: string[],
    ) => ({
      key,
      forum: forum(forumKey).id,
      unit: holder ? this.unit(holder.unit).id : null,
      person: holder ? this.person(holder.person).id : null,
      project: null,
      fromYear,
      toYear: null,
      listedAs,
      orientations: ['strategic_influence'],
      priorityAreas: [],
      themes,
      demo: true,
    });
    const seats = [
      seat(
        'demo-seat-eurocities-economical-forum-vakant',
        'eurocities-economical-forum',
        null,
        last,
        `Economical Forum – vakant sedan ${last}, ny representant utses`,
        ['business_growth'],
      ),
      seat(
        'demo-seat-eurocities-cooperation-government-johan-bergqvist',
        'eurocities-cooperation-government',
        { unit: 'stadskontoret', person: 'demo-johan-bergqvist' },
        first,
        'Cooperation Government, ersättare – Stadskontoret, Johan Bergqvist',
        ['democracy_governance'],
      ),
      seat(
        'demo-seat-eurocities-culture-forum-maria-lindgren',
        'eurocities-culture-forum',
        { unit: 'kulturforvaltningen', person: 'demo-maria-lindgren' },
        Math.max(first, last - 1),
        'Culture Forum, ersättare – Kulturförvaltningen, Maria Lindgren',
        ['culture'],
      ),
      seat(
        'demo-seat-eurocities-environment-forum-sara-holm',
        'eurocities-environment-forum',
        { unit: 'miljoforvaltningen', person: 'demo-sara-holm' },
        first,
        'Environment Forum, ersättare – Miljöförvaltningen, Sara Holm',
        ['environment', 'climate_energy'],
      ),
    ];
    await insertRows(this.em, Seat, seats);
    this.count('seats', seats.length);

    const city = (key: string) => need(this.reg.cities, key, 'partner city').id;
    const signed = Math.max(first, last - 1);
    const agreements: Row<IAgreement>[] = [
      {
        key: `demo-kaliningrad-samarbetsavtal-${signed}`,
        partnerCity: city('kaliningrad'),
        type: 'cooperation',
        signedYear: signed,
        text: 'Tidsbegränsat samarbetsavtal om socialt arbete med unga och kommunal förvaltning.',
        cooperationAreas: ['socialt arbete', 'ungdomsfrågor', 'kommunal förvaltning'],
        validUntil: `${last + 1}-03-31`,
        status: 'active',
        orientations: ['operational_development'],
        priorityAreas: ['safety', 'education'],
        themes: ['youth', 'social_inclusion', 'democracy_governance'],
        demo: true,
      },
      {
        key: `demo-varna-samarbetsavtal-${first}`,
        partnerCity: city('varna'),
        type: 'cooperation',
        signedYear: first,
        text: 'Samarbetsavtal om ungdomsutbyte; avtalet har löpt ut men kontakterna upprätthålls.',
        cooperationAreas: ['ungdomsfrågor', 'utbildning'],
        validUntil: `${Math.max(first, last - 1)}-12-31`,
        status: 'expired_contacts_kept',
        orientations: ['operational_development'],
        priorityAreas: ['education'],
        themes: ['youth', 'education'],
        demo: true,
      },
    ];
    if (last > first) {
      agreements.push(
        {
          key: `demo-florens-overenskommelse-${first}`,
          partnerCity: city('florens'),
          type: 'memorandum',
          signedYear: first,
          text: 'Överenskommelse om design och kulturnäringar för ett år.',
          cooperationAreas: ['design', 'kultur', 'näringsliv'],
          validUntil: `${first}-12-31`,
          status: 'active',
          orientations: ['profiling'],
          priorityAreas: ['growth'],
          themes: ['culture', 'business_growth'],
          demo: true,
        },
        {
          key: `demo-florens-overenskommelse-${first + 1}`,
          partnerCity: city('florens'),
          type: 'memorandum',
          signedYear: first + 1,
          text: 'Förnyad överenskommelse om design och kulturnäringar, utan slutdatum.',
          cooperationAreas: ['design', 'kultur', 'näringsliv'],
          validUntil: null,
          status: 'active',
          orientations: ['profiling'],
          priorityAreas: ['growth'],
          themes: ['culture', 'business_growth'],
          demo: true,
        },
      );
    }
    await insertRows(this.em, Agreement, agreements);
    this.count('agreements', agreements.length);
    this.done('seats and agreements');
  }

  // --- operational plans ---------------------------------------------------------------------

  async generatePlans() {
    const A = this.asOf;
    const next = this.last + 1;
    const waivedYear = Math.min(this.first + 1, this.last);
    // The units R5 holds to a plan, exactly as the ledger counts them.
    const units = [...this.reg.units.values()].filter((u) =>
      unitMustPlan({ active: true, hasParent: u.parentId != null, kind: u.kind }),
    );
    const plans: { unit: UnitRef; year: number; adoptedOn: string | null }[] = [];
    for (const unit of units) {
      for (let year = this.first; year <= next; year++) {
        let exists: boolean;
        let adoptedOn: string | null;
        if (year === next) {
          exists = this.rng.chance(0.45);
          adoptedOn = this.between(`${this.last}-09-15`, addDays(A, -1));
        } else {
          exists = this.rng.chance(0.88);
          const roll = this.rng.next();
          adoptedOn =
            roll < 0.72
              ? this.between(`${year - 1}-12-01`, `${year}-01-31`)
              : roll < 0.94
                ? this.between(`${year}-02-01`, `${year}-05-31`)
                : null;
          if (adoptedOn != null && adoptedOn > A) adoptedOn = A;
        }
        // Forced cases: a waived year, an overdue plan, next year's plan done and not yet done.
        if (unit.key === 'stadsrevisionen' && year === waivedYear) exists = false;
        if (unit.key === 'sdf-oxie' && year === this.last) exists = false;
        if (year === next && (unit.key === 'miljoforvaltningen' || unit.key === 'stadskontoret')) {
          exists = true;
        }
        if (year === next && unit.key === 'gatukontoret') exists = false;
        if (exists) plans.push({ unit, year, adoptedOn });
      }
    }
    const ids = await insertRows(
      this.em,
      OperationalPlan,
      plans.map((p) => ({ unit: p.unit.id, year: p.year, adoptedOn: p.adoptedOn, demo: true })),
    );
    this.count('operationalPlans', plans.length);

    const stadsrevisionen = this.reg.units.get('stadsrevisionen');
    if (stadsrevisionen) {
      this.waivers.push({
        obligationKey: `operational_plan:unit:${stadsrevisionen.id}:${waivedYear}`,
        reason: WAIVER_REASONS.plan,
        waivedOn: `${waivedYear}-02-12`,
        waivedBy: WAIVER_BY,
        demo: true,
      });
    }

    const priorities: Row<IPlanPriority>[] = [];
    plans.forEach((plan, i) => {
      const planId = ids[i] as number;
      priorities.push(
        ...this.planPriorities(plan.unit, plan.year).map((p, position) => ({
          ...p,
          plan: planId,
          position,
        })),
      );
    });
    await insertRows(this.em, PlanPriority, priorities);
    this.count('planPriorities', priorities.length);
    this.done('operational plans');
  }

  private planPriorities(
    unit: UnitRef,
    year: number,
  ): Omit<Row<IPlanPriority>, 'plan' | 'position'>[] {
    const out: Omit<Row<IPlanPriority>, 'plan' | 'position'>[] = [];
    const area = (a: PriorityArea) => labels.sv.priorityArea[a].toLowerCase();
    const theme = (t: Theme) => labels.sv.theme[t].toLowerCase();
    const target = (kind: PriorityTargetKind) => ({ targetKind: kind });

    const own = this.projects.filter((p) => {
      if (p.unitId !== unit.id) return false;
      if (p.planYear === year) return true;
      const { startOn, endOn } = p.row;
      return (
        startOn != null && endOn != null && startOn <= `${year}-12-31` && endOn >= `${year}-01-01`
      );
    });
    for (const p of this.rng.sample(own, 5)) {
      const areas = p.template.priorityAreas.map(area).join(' och ');
      out.push({
        ...target('project'),
        project: p.id,
        reason: `Projektet ${p.row.title} bidrar till ${areas} inom Välfärd för alla; medfinansiering söks från ${p.row.programme ?? 'EU'}.`,
        euFundingSought: p.state !== 'idea',
      });
    }
    for (const p of this.reg.projects) {
      if (p.unitId === unit.id && year <= 2008) {
        out.push({
          ...target('project'),
          project: p.id,
          reason: `${p.name} fortsätter enligt plan; erfarenheterna återrapporteras i Eurocities.`,
          euFundingSought: true,
        });
      }
    }
    const forums = new Map<number, Ref>();
    for (const s of this.reg.seats) {
      if (s.unitId === unit.id || s.person?.unitId === unit.id) forums.set(s.forum.id, s.forum);
    }
    for (const forum of this.rng.sample([...forums.values()], 2)) {
      const topic = this.rng.pick(FORUM_TOPICS[forum.key] ?? ['stadens prioriterade frågor']);
      out.push({
        ...target('forum'),
        forum: forum.id,
        reason: `Malmö har plats i ${forum.name}; förvaltningen bevakar ${topic} och återrapporterar till stadskontoret.`,
        euFundingSought: false,
      });
    }
    const series = SERIES_PROFILES.filter((s) => s.units.slice(0, s.base + 1).includes(unit.key));
    for (const profile of this.rng.sample(series, 2)) {
      const ref = this.reg.series.get(profile.series);
      if (!ref) continue;
      const themes = profile.themes.map(theme).join(' och ');
      out.push({
        ...target('event_series'),
        eventSeries: ref.id,
        reason: `${ref.name} är en viktig arena för att profilera Malmö inom ${themes}.`,
        euFundingSought: false,
      });
    }
    if (out.length === 0 || this.rng.chance(0.7)) {
      const key = this.rng.pick(
        UNIT_MEMBERSHIPS[unit.key] ?? ['eurocities', 'union-of-baltic-cities'],
      );
      const membership = this.reg.memberships.get(key);
      if (membership) {
        out.push({
          ...target('membership'),
          membership: membership.id,
          reason: `Medlemskapet i ${membership.name} ger ${unit.name} erfarenhetsutbyte och tidig kunskap om EU:s politik på området.`,
          euFundingSought: false,
        });
      }
    }
    return out;
  }

  // --- meetings ------------------------------------------------------------------------------

  async generateMeetings() {
    const A = this.asOf;
    interface Draft {
      row: Row<IMeeting>;
      attendees: number[];
      topic: string;
      name: string;
      report: 'normal' | 'none' | string;
      waived?: boolean;
    }
    const drafts: Draft[] = [];
    const coordinator = this.reg.people.get('kristina-ohlsson');

    const colleague = (person: PersonRef): number[] => {
      if (!this.rng.chance(0.25)) return [];
      const same = [...this.reg.people.values()].filter(
        (p) => p.unitId === person.unitId && p.id !== person.id,
      );
      const other = same.length > 0 ? this.rng.pick(same) : coordinator;
      return other && other.id !== person.id ? [other.id] : [];
    };
    const draft = (
      base: Omit<Row<IMeeting>, 'unit' | 'date' | 'demo'>,
      person: PersonRef,
      date: string,
      topic: string,
      name: string,
      report: Draft['report'] = 'normal',
    ): Draft => ({
      row: {
        ...base,
        unit: person.unitId ?? this.unit('stadskontoret').id,
        date,
        attendeeNote: this.rng.chance(0.1) ? 'Även en förtroendevald från nämnden deltog.' : null,
        demo: true,
      },
      attendees: [person.id, ...colleague(person)],
      topic,
      name,
      report,
    });

    const seatSources = this.reg.seats.flatMap((seat) => {
      const person =
        seat.person ??
        (seat.projectKey
          ? this.reg.people.get(PROJECT_SEAT_ATTENDEES[seat.projectKey] ?? '')
          : null);
      return person ? [{ seat, person }] : [];
    });
    const forumMeeting = (source: (typeof seatSources)[number], date: string, report?: string) =>
      draft(
        {
          // A meeting belongs to one body: the forum (which belongs to Eurocities).
          forum: source.seat.forum.id,
          organisation: null,
          place: this.rng.pick(MEETING_CITIES),
        },
        source.person,
        date,
        this.rng.pick(FORUM_TOPICS[source.seat.forum.key] ?? ['aktuella EU-frågor']),
        `Eurocities ${source.seat.forum.name}`,
        report,
      );

    for (const year of this.years()) {
      const { from, to } = this.window(year);
      for (const source of seatSources) {
        const n = this.perYear(1.2, year);
        for (let i = 0; i < n; i++) drafts.push(forumMeeting(source, this.meetingDay(from, to)));
      }
      for (const source of NETWORK_MEETINGS) {
        const organisation = this.reg.organisations.get(source.organisation);
        const person = this.reg.people.get(source.person);
        if (!organisation || !person) continue;
        const n = this.perYear(source.rate, year);
        for (let i = 0; i < n; i++) {
          drafts.push(
            draft(
              { organisation: organisation.id, place: this.rng.pick(source.places) },
              person,
              this.meetingDay(from, to),
              this.rng.pick(source.topics),
              source.name,
            ),
          );
        }
      }
      for (const source of CITY_MEETINGS) {
        const city = this.reg.cities.get(source.city);
        if (!city) continue;
        const n = this.perYear(source.rate, year);
        for (let i = 0; i < n; i++) {
          const people = this.rng
            .sample(source.people, this.rng.int(1, 2))
            .flatMap((key) => this.reg.people.get(key) ?? []);
          const lead = people[0];
          if (!lead) continue;
          const visit = this.rng.chance(0.3);
          const meeting = draft(
            { partnerCity: city.id, place: visit ? 'Malmö' : city.name },
            lead,
            this.meetingDay(from, to),
            this.rng.pick(source.topics),
            visit ? `Besök från ${city.name}` : `Möte i ${city.name}`,
          );
          meeting.attendees = [...new Set(people.map((p) => p.id))];
          drafts.push(meeting);
        }
      }
    }
    // Stralsund: contacts in the strategy's first spring, then silence (R3 overdue later).
    const stralsund = this.reg.cities.get(FADING_CITY);
    const ola = this.reg.people.get('ola-nord');
    if (stralsund && ola) {
      drafts.push(
        draft(
          { partnerCity: stralsund.id, place: stralsund.name },
          ola,
          this.between(`${this.first}-03-01`, `${this.first}-04-30`),
          'hamnsamarbete och Östersjöfrågor',
          `Möte i ${stralsund.name}`,
        ),
      );
    }
    // Anchors on asOf: reports not yet due, overdue, waived, and one handed in late.
    if (seatSources.length > 0) {
      const pick = () => this.rng.pick(seatSources);
      drafts.push(forumMeeting(pick(), addDays(A, -2), 'none'));
      drafts.push(forumMeeting(pick(), addDays(A, -8), 'none'));
      drafts.push(forumMeeting(pick(), addDays(A, -30), 'none'));
      const waived = forumMeeting(pick(), addDays(A, -45), 'none');
      waived.waived = true;
      drafts.push(waived);
      drafts.push(forumMeeting(pick(), addDays(A, -20), addDays(A, -1)));
    }

    // Stored in date order (a stable sort keeps the draw order for equal dates).
    const order = drafts.map((d, i) => ({ d, i }));
    order.sort((a, b) =>
      a.d.row.date < b.d.row.date ? -1 : a.d.row.date > b.d.row.date ? 1 : a.i - b.i,
    );
    const sorted = order.map((o) => o.d);
    const ids = await insertRows(
      this.em,
      Meeting,
      sorted.map((d) => d.row),
    );
    const pairs: [number, number][] = [];
    const reports: Row<IMeetingReport>[] = [];
    sorted.forEach((d, i) => {
      const id = ids[i] as number;
      for (const person of d.attendees) pairs.push([id, person]);
      if (d.waived) {
        this.waivers.push({
          obligationKey: `meeting_report:meeting:${id}`,
          reason: WAIVER_REASONS.meeting,
          waivedOn: addDays(A, -20),
          waivedBy: WAIVER_BY,
          demo: true,
        });
      }
      const date = d.row.date;
      let submittedOn: string | null;
      if (d.report === 'none') submittedOn = null;
      else if (d.report !== 'normal') submittedOn = d.report;
      else {
        const roll = this.rng.next();
        submittedOn =
          roll < 0.65
            ? addDays(date, this.rng.int(2, 14))
            : roll < 0.85
              ? addDays(date, this.rng.int(15, 60))
              : null;
      }
      if (submittedOn == null || submittedOn > A) return;
      const city = d.row.partnerCity != null;
      const templates = city ? CITY_REPORT_SUMMARIES : REPORT_SUMMARIES;
      const summary = this.rng.pick(templates).replace('{topic}', d.topic);
      reports.push({
        meeting: id,
        submittedOn,
        summary: `${d.name}: ${summary}`,
        followUps: this.rng.chance(0.6) ? this.rng.pick(city ? CITY_FOLLOW_UPS : FOLLOW_UPS) : null,
        demo: true,
      });
    });
    this.count('meetings', sorted.length);
    this.count(
      'meetingAttendees',
      await insertPairs(this.em, 'meeting_attendee', ['meeting_id', 'person_id'], pairs),
    );
    await insertRows(this.em, MeetingReport, reports);
    this.count('meetingReports', reports.length);
    this.done('meetings');
  }

  // --- secondments ---------------------------------------------------------------------------

  async generateSecondments() {
    const A = this.asOf;
    const pool = [...this.people.values()].filter(
      (p) => p.unitId != null && !this.leavingPeople.has(p.key),
    );
    const purposes: SecondmentPurpose[] = [
      'eu_institutions',
      'eu_institutions',
      'special_assignment',
      'study',
    ];
    type SecondmentRow = Row<ISecondment>;
    const rows: { row: SecondmentRow; waived?: boolean }[] = [];
    const official = (startOn: string, endOn: string, report: 'normal' | 'none'): SecondmentRow => {
      const person = this.rng.pick(pool);
      let reportSubmittedOn: string | null = null;
      if (report === 'normal' && endOn <= A) {
        const roll = this.rng.next();
        reportSubmittedOn =
          roll < 0.6
            ? addDays(endOn, this.rng.int(5, 30))
            : roll < 0.75
              ? addDays(endOn, this.rng.int(35, 90))
              : null;
        if (reportSubmittedOn != null && reportSubmittedOn > A) reportSubmittedOn = null;
      }
      return {
        person: person.id,
        unit: person.unitId,
        startOn,
        endOn,
        purpose: this.rng.pick(purposes),
        reportSubmittedOn,
        demo: true,
      };
    };
    for (const year of this.years()) {
      const { from, to } = this.window(year);
      const n = this.perYear(1.5, year);
      for (let i = 0; i < n; i++) {
        const startOn = this.meetingDay(from, to);
        rows.push({ row: official(startOn, addDays(startOn, this.rng.int(14, 90)), 'normal') });
      }
    }
    const earliest = `${this.first}-01-10`;
    rows.push({ row: official(this.clamp(addDays(A, -52), earliest), addDays(A, -10), 'none') });
    rows.push({ row: official(this.clamp(addDays(A, -160), earliest), addDays(A, -100), 'none') });
    const shortStart = this.clamp(addDays(A, -200), earliest);
    rows.push({ row: official(shortStart, addDays(shortStart, 4), 'none'), waived: true });
    const externalStart = `${Math.max(this.first, this.last - 1)}-04-14`;
    rows.push({
      row: {
        person: null,
        unit: null,
        externalOrganisation: SECONDMENT_NOTES.externalOrganisation,
        externalTerms: SECONDMENT_NOTES.externalTerms,
        startOn: externalStart,
        endOn: addDays(externalStart, 13),
        purpose: 'study',
        reportSubmittedOn: addDays(externalStart, 33),
        demo: true,
      },
    });
    rows.sort((a, b) =>
      a.row.startOn < b.row.startOn ? -1 : a.row.startOn > b.row.startOn ? 1 : 0,
    );
    const ids = await insertRows(
      this.em,
      Secondment,
      rows.map((r) => r.row),
    );
    rows.forEach((r, i) => {
      if (!r.waived) return;
      this.waivers.push({
        obligationKey: `secondment_report:secondment:${ids[i] as number}`,
        reason: WAIVER_REASONS.secondment,
        waivedOn: addDays(r.row.endOn ?? A, 10),
        waivedBy: WAIVER_BY,
        demo: true,
      });
    });
    this.count('secondments', rows.length);
    this.done('secondments');
  }

  // --- membership assessments ----------------------------------------------------------------

  async generateAssessments() {
    const A = this.asOf;
    const yearAgo = addMonths(A, -12);
    const assessors = ASSESSORS.flatMap((key) => this.reg.people.get(key) ?? []);
    const rows: Row<IMembershipAssessment>[] = [];
    for (const profile of MEMBERSHIP_PROFILES) {
      const membership = this.reg.memberships.get(profile.organisation);
      if (!membership) continue;
      const dates: string[] = [];
      for (const year of this.years()) {
        const { from, to } = this.window(year);
        const n = this.perYear(0.8, year);
        for (let i = 0; i < n; i++) dates.push(this.between(addDays(from, 20), to));
      }
      // ECAD has not been assessed for a year on asOf (overdue); Eurocities recently (due next).
      const kept =
        profile.organisation === 'european-cities-against-drugs'
          ? dates.filter((d) => d <= yearAgo)
          : dates;
      if (profile.organisation === 'eurocities' && !kept.some((d) => d > yearAgo)) {
        kept.push(addDays(A, -40));
      }
      kept.sort();
      for (const assessedOn of kept) {
        const year = Number(assessedOn.slice(0, 4));
        const score = (base: number) =>
          Math.min(5, Math.max(1, base + (this.rng.chance(0.4) ? this.rng.int(-1, 1) : 0)));
        const [q, i, p, u] = profile.scores;
        rows.push({
          membership: membership.id,
          assessedOn,
          assessor: assessors.length > 0 ? this.rng.pick(assessors).id : null,
          exchangeQuality: score(q),
          influence: score(i),
          participation: score(p),
          informationUse: score(u),
          feeSek: Math.round((profile.fee * 1.03 ** (year - 2006)) / 1_000) * 1_000,
          staffHours: Math.round((profile.hours * (0.8 + 0.4 * this.rng.next())) / 10) * 10,
          comment: this.rng.chance(0.7) ? this.rng.pick(profile.comments) : null,
          demo: true,
        });
      }
    }
    await insertRows(this.em, MembershipAssessment, rows);
    this.count('membershipAssessments', rows.length);
    this.done('membership assessments');
  }

  // --- events --------------------------------------------------------------------------------

  private editionDates(
    series: string,
    year: number,
  ): { startsOn: string; endsOn: string; place: string } {
    const on = (monthDay: string, weekday: number) => {
      const date = `${year}-${monthDay}`;
      const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
      return addDays(date, (weekday - dow + 7) % 7);
    };
    switch (series) {
      case 'mipim': {
        const startsOn = on('03-08', 2);
        return { startsOn, endsOn: addDays(startsOn, 3), place: 'Cannes' };
      }
      case 'green-week': {
        const startsOn = on('05-30', 2);
        return { startsOn, endsOn: addDays(startsOn, 3), place: 'Bryssel' };
      }
      case 'open-days': {
        const startsOn = on('10-06', 1);
        return { startsOn, endsOn: addDays(startsOn, 3), place: 'Bryssel' };
      }
      case 'employment-week': {
        const startsOn = on('11-21', 3);
        return { startsOn, endsOn: addDays(startsOn, 1), place: 'Bryssel' };
      }
      default: {
        const startsOn = on('11-05', 3);
        const index = (((year - 2006) % AGM_CITIES.length) + AGM_CITIES.length) % AGM_CITIES.length;
        return { startsOn, endsOn: addDays(startsOn, 2), place: AGM_CITIES[index] ?? 'Bryssel' };
      }
    }
  }

  async generateEvents() {
    const A = this.asOf;
    const editions: { row: Row<IEventEdition>; profile: (typeof SERIES_PROFILES)[number] }[] = [];
    for (const year of this.years()) {
      for (const profile of SERIES_PROFILES) {
        const series = this.reg.series.get(profile.series);
        if (!series) continue;
        editions.push({
          row: { series: series.id, year, ...this.editionDates(profile.series, year), demo: true },
          profile,
        });
      }
    }
    const ids = await insertRows(
      this.em,
      EventEdition,
      editions.map((e) => e.row),
    );
    this.count('eventEditions', editions.length);

    const allUnits = [...this.reg.units.values()];
    const participations: Row<IParticipation>[] = [];
    editions.forEach(({ row, profile }, index) => {
      const editionId = ids[index] as number;
      const planned = row.startsOn > A;
      const preferred = this.rng
        .shuffle(profile.units.slice(0, profile.base + 1))
        .concat(profile.units.slice(profile.base + 1))
        .flatMap((key) => this.reg.units.get(key) ?? []);
      const others = this.rng.shuffle(allUnits.filter((u) => !preferred.includes(u)));
      const candidates = [...preferred, ...others];
      const expected = profile.base * this.scale * (0.75 + 0.5 * this.rng.next());
      const n = Math.min(candidates.length, Math.max(1, this.rng.count(expected)));
      candidates.slice(0, n).forEach((unit, i) => {
        const core = i < preferred.length;
        const [dMin, dMax] = profile.delegates;
        const [cMin, cMax] = profile.cost;
        const [kMin, kMax] = profile.contacts;
        participations.push({
          edition: editionId,
          unit: unit.id,
          delegates: core ? this.rng.int(dMin, dMax) : 1,
          purpose: core ? this.rng.pick(profile.purposes) : FILLER_PURPOSE,
          costSek: core
            ? this.rng.amount(cMin, cMax, 1_000)
            : this.rng.amount(8_000, 25_000, 1_000),
          contactsGained: planned ? 0 : core ? this.rng.int(kMin, kMax) : this.rng.int(0, 6),
          outcome: planned
            ? null
            : core
              ? this.rng.pick(profile.outcomes)
              : 'Nyttig omvärldsbevakning; några nya kontakter.',
          orientations: core ? [...profile.orientations] : ['strategic_influence'],
          priorityAreas: core ? [...profile.priorityAreas] : [],
          themes: core ? [...profile.themes] : [],
          demo: true,
        });
      });
    });
    await insertRows(this.em, Participation, participations);
    this.count('participations', participations.length);
    this.done('events');
  }

  // --- legislation and training --------------------------------------------------------------

  async generateWatchesAndTraining() {
    const A = this.asOf;
    const watches = LEGISLATION.flatMap((template) => {
      const status = template.timeline.filter(([date]) => date <= A).at(-1)?.[1];
      if (!status) return [];
      const owner = this.reg.units.get(template.owner);
      if (!owner) return [];
      const row: Row<ILegislationWatch> = {
        title: template.title,
        reference: template.reference,
        status,
        ownerUnit: owner.id,
        priorityAreas: [...template.priorityAreas],
        themes: [...template.themes],
        analysis: template.analysis,
        nextReviewOn: addMonths(A, this.rng.int(-1, 6)),
        demo: true,
      };
      const affected = template.affected.flatMap((key) => this.reg.units.get(key)?.id ?? []);
      return [{ row, affected }];
    });
    const watchIds = await insertRows(
      this.em,
      LegislationWatch,
      watches.map((w) => w.row),
    );
    this.count('legislationWatches', watches.length);
    this.count(
      'legislationWatchUnits',
      await insertPairs(
        this.em,
        'legislation_watch_unit',
        ['legislation_watch_id', 'unit_id'],
        watches.flatMap((w, i) => w.affected.map((unit) => [watchIds[i] as number, unit] as const)),
      ),
    );

    const participants = [...this.people.values()].filter((p) => !this.leavingPeople.has(p.key));
    const sessions: { row: Row<ITrainingSession>; people: number[] }[] = [];
    for (const year of this.years()) {
      const terms: [TrainingTopic, string, string][] = [
        ['project_management', `${year}-02-01`, `${year}-05-31`],
        ['project_finance', `${year}-09-01`, `${year}-11-30`],
      ];
      for (const [topic, from, to] of terms) {
        const n = this.rng.count(this.scale);
        for (let i = 0; i < n; i++) {
          const heldOn = this.between(from, to);
          const people = this.rng.sample(participants, this.rng.int(4, 12)).map((p) => p.id);
          if (heldOn > A) continue;
          sessions.push({
            row: {
              topic,
              title: this.rng.pick(TRAINING_TITLES[topic]),
              heldOn,
              place: this.rng.pick(TRAINING_PLACES),
              demo: true,
            },
            people,
          });
        }
      }
    }
    const sessionIds = await insertRows(
      this.em,
      TrainingSession,
      sessions.map((s) => s.row),
    );
    this.count('trainingSessions', sessions.length);
    this.count(
      'trainingParticipants',
      await insertPairs(
        this.em,
        'training_participant',
        ['training_session_id', 'person_id'],
        sessions.flatMap((s, i) => s.people.map((p) => [sessionIds[i] as number, p] as const)),
      ),
    );
    this.done('legislation and training');
  }

  async writeWaivers() {
    await insertRows(this.em, ObligationWaiver, this.waivers);
    this.count('obligationWaivers', this.waivers.length);
    this.done('waivers');
  }
}

function resolveOptions(options: DemoOptions): Required<DemoOptions> {
  const resolved = { ...DEMO_DEFAULTS, ...options };
  const { seed, scale, fromYear, toYear } = resolved;
  if (!Number.isInteger(seed)) throw new RangeError('demo: seed must be a whole number');
  if (!Number.isInteger(scale) || scale < 1) {
    throw new RangeError('demo: scale must be a whole number ≥ 1');
  }
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || fromYear < 2006) {
    throw new RangeError('demo: years must be whole numbers from 2006');
  }
  if (toYear < fromYear || toYear > 2100) {
    throw new RangeError('demo: toYear must be from fromYear to 2100');
  }
  return resolved;
}

/**
 * Adds a deterministic demo history to the registry (after the annex import): plans, projects,
 * meetings, secondments, assessments, events, legislation and training, plus a few demo people,
 * seats and agreements, every row marked demo. Annex rows are never changed. All in one
 * transaction; refuses to run when a demo run is already recorded.
 */
export async function generateDemoActivity(
  em: EntityManager,
  options: DemoOptions = {},
  onProgress?: DemoProgress,
): Promise<{ asOf: string; counts: Record<string, number> }> {
  const resolved = resolveOptions(options);
  return em.transactional(async (tx) => {
    if ((await tx.count(DemoRun, {})) > 0) {
      throw new Error('demo: demo activity already exists; remove it first (--replace)');
    }
    const registry = await loadRegistry(tx);
    if (registry.units.size === 0)
      throw new Error('demo: the registry is empty; import the annex first');
    const generator = new DemoGenerator(tx, registry, resolved, onProgress);
    await generator.generatePeople();
    await generator.generateProjects();
    await generator.generateSeatsAndAgreements();
    await generator.generatePlans();
    await generator.generateMeetings();
    await generator.generateSecondments();
    await generator.generateAssessments();
    await generator.generateEvents();
    await generator.generateWatchesAndTraining();
    await generator.writeWaivers();
    const counts = generator.counts;
    await insertRows(tx, DemoRun, [
      {
        seed: resolved.seed,
        scale: resolved.scale,
        fromYear: resolved.fromYear,
        toYear: resolved.toYear,
        asOf: generator.asOf,
        counts,
      },
    ]);
    return { asOf: generator.asOf, counts };
  });
}

/** Deletes run in this order: children before the rows they point at. */
const REMOVALS: readonly string[] = [
  'delete from "obligation_waiver" where "demo"',
  'delete from "training_participant" where "training_session_id" in (select "id" from "training_session" where "demo")',
  'delete from "training_session" where "demo"',
  'delete from "legislation_watch_unit" where "legislation_watch_id" in (select "id" from "legislation_watch" where "demo")',
  'delete from "legislation_watch" where "demo"',
  'delete from "participation" where "demo"',
  'delete from "event_edition" where "demo"',
  'delete from "membership_assessment" where "demo"',
  'delete from "secondment" where "demo"',
  'delete from "meeting_report" where "demo"',
  'delete from "meeting_attendee" where "meeting_id" in (select "id" from "meeting" where "demo")',
  'delete from "meeting" where "demo"',
  'delete from "plan_priority" where "plan_id" in (select "id" from "operational_plan" where "demo")',
  'delete from "operational_plan" where "demo"',
  'delete from "support_request" where "demo"',
  'delete from "seat" where "demo"',
  'delete from "project_partner" where "project_id" in (select "id" from "project" where "demo")',
  'delete from "project" where "demo"',
  'delete from "agreement" where "demo"',
  'delete from "person" where "demo"',
  'delete from "demo_run"',
];

/** Removes every demo row (children first) and the demo run records; returns how many rows. */
export async function removeDemoActivity(em: EntityManager): Promise<number> {
  return em.transactional(async (tx) => {
    let removed = 0;
    for (const sql of REMOVALS) {
      const result = await tx.execute<{ affectedRows: number }>(sql, [], 'run');
      removed += result.affectedRows;
    }
    return removed;
  });
}
