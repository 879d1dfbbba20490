import type { ProjectState, SupportState } from '../enums';
import { obligation } from '../obligations/state';
import type { LedgerFacts, Obligation } from '../obligations/types';

/** A project's lifecycle (R4): the states each state may move to. */
export const PROJECT_TRANSITIONS: { readonly [S in ProjectState]: readonly ProjectState[] } = {
  idea: ['preparing_application', 'closed'],
  preparing_application: ['idea', 'submitted', 'closed'],
  submitted: ['granted', 'rejected'],
  granted: ['running', 'closed'],
  rejected: ['preparing_application', 'closed'],
  running: ['closed'],
  closed: [],
};

/** A support request's states (R6) and the states each may move to. */
export const SUPPORT_TRANSITIONS: { readonly [S in SupportState]: readonly SupportState[] } = {
  requested: ['in_progress', 'done', 'declined'],
  in_progress: ['done', 'declined'],
  done: [],
  declined: ['requested'],
};

/** Whether a project may move from one state to another. */
export function canTransition(from: ProjectState, to: ProjectState): boolean {
  return PROJECT_TRANSITIONS[from].includes(to);
}

/** States that mean the application went out, whether or not its day was recorded. */
const APPLIED: readonly ProjectState[] = ['submitted', 'granted', 'rejected', 'running'];

/** The benefit analysis R4 (and R2) asks for before a project is taken on. */
export interface BenefitAnalysis {
  benefit: string | null;
  resources: string | null;
  longTermEffects: string | null;
}

function isBlank(text: string | null | undefined): boolean {
  return text == null || text.trim() === '';
}

/** R4/R2: the analysis is complete when benefit, resources and long-term effects are described. */
export function isAnalysisComplete(analysis: BenefitAnalysis): boolean {
  return (
    !isBlank(analysis.benefit) && !isBlank(analysis.resources) && !isBlank(analysis.longTermEffects)
  );
}

/** One reason a project may not be submitted; `field` names the input to correct. */
export interface SubmissionViolation {
  field: string;
  code: 'NO_OWNER' | 'NO_PLAN' | 'NOT_IN_PLAN' | 'ANALYSIS_INCOMPLETE';
  message: string;
}

/** What the R4 gate needs to know about a project about to be submitted. */
export interface ProjectSubmissionInput {
  project: BenefitAnalysis & {
    id: number;
    ownerUnitId: number | null;
    /** The year the application is submitted in. */
    year: number;
  };
  /** The owner unit's name as shown to users, e.g. "SDF Fosie". */
  ownerUnitName: string | null;
  /** The owner unit's operational plans (any years) with the projects each lists as a priority. */
  ownerPlans: readonly { year: number; priorityProjectIds: readonly number[] }[];
}

/** Swedish genitive: "SDF Fosie" → "SDF Fosies"; a name ending in s, x or z takes no extra s. */
function genitive(name: string): string {
  return /[sxz]$/i.test(name) ? name : `${name}s`;
}

const ANALYSIS_MESSAGES: { readonly [F in keyof BenefitAnalysis]: string } = {
  benefit: 'Beskriv projektets nytta innan ansökan lämnas in.',
  resources: 'Beskriv vilka resurser projektet kräver innan ansökan lämnas in.',
  longTermEffects: 'Beskriv projektets förväntade långsiktiga effekter innan ansökan lämnas in.',
};

/**
 * R4 Plan before project: a project may reach `submitted` only when its owner unit's operational
 * plan for the year of submission lists it as a priority, and the analysis of benefit versus
 * resources and of long-term effects is complete. Returns every violation; empty when allowed.
 */
export function checkProjectSubmission(input: ProjectSubmissionInput): SubmissionViolation[] {
  const { project, ownerUnitName, ownerPlans } = input;
  const violations: SubmissionViolation[] = [];
  if (project.ownerUnitId == null) {
    violations.push({
      field: 'ownerUnitId',
      code: 'NO_OWNER',
      message: 'Ange vilken förvaltning som äger projektet innan ansökan lämnas in.',
    });
  } else {
    const plans = ownerPlans.filter((p) => p.year === project.year);
    const owner = ownerUnitName?.trim() || 'Förvaltningen';
    if (plans.length === 0) {
      violations.push({
        field: 'ownerUnitId',
        code: 'NO_PLAN',
        message: `${owner} har ingen verksamhetsplan för ${project.year}.`,
      });
    } else if (!plans.some((p) => p.priorityProjectIds.includes(project.id))) {
      const whose = ownerUnitName?.trim() ? genitive(ownerUnitName.trim()) : 'förvaltningens';
      violations.push({
        field: 'ownerUnitId',
        code: 'NOT_IN_PLAN',
        message: `Projektet finns inte i ${whose} verksamhetsplan för ${project.year}.`,
      });
    }
  }
  for (const field of ['benefit', 'resources', 'longTermEffects'] as const) {
    if (isBlank(project[field])) {
      violations.push({ field, code: 'ANALYSIS_INCOMPLETE', message: ANALYSIS_MESSAGES[field] });
    }
  }
  return violations;
}

/**
 * R4/R2 Need steers: each project needs its benefit analysis by the application deadline (or the
 * start, when there is no deadline). A project whose application has gone out without one is
 * overdue whatever its dates say. An idea closed before it was ever applied for owes nothing.
 */
export function projectAnalysisObligations(facts: LedgerFacts): Obligation[] {
  const applied = (p: LedgerFacts['projects'][number]) =>
    (p.submittedOn != null && p.submittedOn <= facts.asOf) || APPLIED.includes(p.state);
  return facts.projects.flatMap((p) => {
    if (p.state === 'closed' && !applied(p)) return [];
    const fulfilled = p.analysisCompletedOn != null && p.analysisCompletedOn <= facts.asOf;
    return obligation(facts, {
      key: `project_analysis:project:${p.id}`,
      kind: 'project_analysis',
      rule: 'R4',
      subject: 'project',
      subjectId: p.id,
      ownerUnitId: p.unitId,
      dueOn: p.applicationDeadline ?? p.startOn ?? null,
      fulfilledOn: p.analysisCompletedOn,
      overdueAnyway: !fulfilled && applied(p),
    });
  });
}
