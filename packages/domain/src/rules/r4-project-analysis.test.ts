import { describe, expect, it } from 'vitest';
import { PROJECT_STATES, type ProjectState } from '../enums';
import { testFacts } from '../obligations/test-facts';
import {
  canTransition,
  checkProjectSubmission,
  isAnalysisComplete,
  PROJECT_TRANSITIONS,
  type ProjectSubmissionInput,
  projectAnalysisObligations,
} from './r4-project-analysis';

const complete = {
  benefit: 'Fler i arbete genom gemensamma metoder.',
  resources: '0,5 tjänst i två år, 400 000 kr egen insats.',
  longTermEffects: 'Metoden blir ordinarie verksamhet i SDF Fosie.',
};

const submission = (over: Partial<ProjectSubmissionInput['project']> = {}) => ({
  project: { id: 42, ownerUnitId: 7, year: 2007, ...complete, ...over },
  ownerUnitName: 'SDF Fosie',
  ownerPlans: [{ year: 2007, priorityProjectIds: [42] }],
});

describe('R4 plan before project', () => {
  it('R4: a project in the plan with a complete analysis may be submitted', () => {
    expect(checkProjectSubmission(submission())).toEqual([]);
  });

  it("R4: a project missing from the year's plan is refused, in Swedish with the unit's name", () => {
    const input = { ...submission(), ownerPlans: [{ year: 2007, priorityProjectIds: [1, 2] }] };
    expect(checkProjectSubmission(input)).toEqual([
      {
        field: 'ownerUnitId',
        code: 'NOT_IN_PLAN',
        message: 'Projektet finns inte i SDF Fosies verksamhetsplan för 2007.',
      },
    ]);
  });

  it("R4: last year's plan does not count for this year's submission", () => {
    const input = { ...submission(), ownerPlans: [{ year: 2006, priorityProjectIds: [42] }] };
    expect(checkProjectSubmission(input)).toMatchObject([
      {
        field: 'ownerUnitId',
        code: 'NO_PLAN',
        message: 'SDF Fosie har ingen verksamhetsplan för 2007.',
      },
    ]);
  });

  it('R4: a project without an owner unit is refused', () => {
    expect(checkProjectSubmission(submission({ ownerUnitId: null }))).toMatchObject([
      { field: 'ownerUnitId', code: 'NO_OWNER' },
    ]);
  });

  it('R4: each blank part of the analysis is its own violation; whitespace is blank', () => {
    const input = submission({ benefit: '  ', resources: null, longTermEffects: '' });
    expect(checkProjectSubmission(input)).toEqual([
      {
        field: 'benefit',
        code: 'ANALYSIS_INCOMPLETE',
        message: 'Beskriv projektets nytta innan ansökan lämnas in.',
      },
      expect.objectContaining({ field: 'resources', code: 'ANALYSIS_INCOMPLETE' }),
      expect.objectContaining({ field: 'longTermEffects', code: 'ANALYSIS_INCOMPLETE' }),
    ]);
    expect(isAnalysisComplete(complete)).toBe(true);
    expect(isAnalysisComplete({ ...complete, longTermEffects: ' \n' })).toBe(false);
  });

  it('R4: the lifecycle allows only its transitions; closed is final', () => {
    expect(canTransition('idea', 'preparing_application')).toBe(true);
    expect(canTransition('idea', 'submitted')).toBe(false);
    expect(canTransition('preparing_application', 'submitted')).toBe(true);
    expect(canTransition('submitted', 'running')).toBe(false);
    expect(canTransition('rejected', 'preparing_application')).toBe(true);
    expect(canTransition('granted', 'running')).toBe(true);
    expect(PROJECT_TRANSITIONS.closed).toEqual([]);
    expect(Object.keys(PROJECT_TRANSITIONS).sort()).toEqual([...PROJECT_STATES].sort());
    for (const from of PROJECT_STATES) expect(canTransition(from, from)).toBe(false);
  });
});

const project = (
  id: number,
  state: ProjectState,
  more: Partial<Record<string, string | null>>,
) => ({
  id,
  unitId: 7,
  state,
  analysisCompletedOn: more.analysisCompletedOn ?? null,
  applicationDeadline: more.applicationDeadline ?? null,
  startOn: more.startOn ?? null,
  submittedOn: more.submittedOn ?? null,
});

describe('R4 the benefit analysis comes before the application', () => {
  it('R4: the analysis is due by the application deadline, else the start', () => {
    const facts = testFacts({
      asOf: '2007-06-15',
      projects: [
        project(1, 'idea', { applicationDeadline: '2007-06-15', startOn: '2007-01-01' }),
        project(2, 'preparing_application', { startOn: '2007-06-14' }),
        project(3, 'idea', {}),
      ],
    });
    expect(projectAnalysisObligations(facts)).toMatchObject([
      { key: 'project_analysis:project:1', rule: 'R4', dueOn: '2007-06-15', state: 'due' },
      { dueOn: '2007-06-14', state: 'overdue' },
      { dueOn: null, year: null, state: 'due' },
    ]);
  });

  it('R4: a project past the application stage without analysis is overdue whatever its dates', () => {
    const facts = testFacts({
      asOf: '2007-06-15',
      projects: [
        project(1, 'submitted', { applicationDeadline: '2007-09-01' }),
        project(2, 'running', { analysisCompletedOn: '2007-06-16' }),
        project(3, 'granted', { analysisCompletedOn: '2007-02-01' }),
      ],
    });
    expect(projectAnalysisObligations(facts).map((o) => [o.state, o.fulfilledOn])).toEqual([
      ['overdue', null],
      ['overdue', null],
      ['fulfilled', '2007-02-01'],
    ]);
  });

  it('R4: an idea closed without ever being applied for owes nothing; one closed after applying does', () => {
    const facts = testFacts({
      asOf: '2008-01-15',
      projects: [
        project(1, 'closed', { applicationDeadline: '2007-06-01' }),
        project(2, 'closed', { submittedOn: '2007-05-20' }),
        project(3, 'closed', { submittedOn: '2008-02-01' }),
      ],
    });
    expect(projectAnalysisObligations(facts).map((o) => [o.subjectId, o.state])).toEqual([
      [2, 'overdue'],
    ]);
  });
});
