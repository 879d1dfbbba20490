import { todayInMalmo } from '@malmo/domain';
import { GraphQLError } from 'graphql';
import { builder } from '../builder';
import {
  costPerYear,
  type EvaluationPeriod,
  evidenceByOrientation,
  evidenceByRule,
  type OrientationEvidence,
  type RuleEvidence,
  type YearCost,
} from '../services/dashboards/evaluation';
import { ObligationKindEnum, OrientationEnum } from './enums';
import { calendarDate, idOf } from './list';
import { UnitRef } from './refs';

/** The strategy was adopted in 2006 and is evaluated from then (R12). */
const FIRST_YEAR = 2006;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

interface Evaluation extends EvaluationPeriod {
  asOf: string;
}

const OrientationEvidenceType = builder
  .objectRef<OrientationEvidence>('EvaluationOrientation')
  .implement({
    authScopes: { followUp: true },
    description:
      'The engagements of the period tagged with one orientation (R1), or with none (null); ' +
      'an engagement with several orientations counts under each.',
    fields: (t) => ({
      orientation: t.field({
        type: OrientationEnum,
        nullable: true,
        resolve: (r) => r.orientation,
      }),
      projects: t.exposeInt('projects'),
      memberships: t.exposeInt('memberships'),
      seats: t.exposeInt('seats'),
      agreements: t.exposeInt('agreements', {
        description: "The city's, not a unit's: 0 when a unit is chosen.",
      }),
      participations: t.exposeInt('participations'),
      projectBudgetSek: t.exposeFloat('projectBudgetSek'),
      euFundingGrantedSek: t.exposeFloat('euFundingGrantedSek'),
      membershipFeesSek: t.exposeFloat('membershipFeesSek', {
        description:
          'For each year of the period the membership ran: its annual fee, else the fee its ' +
          'latest assessment up to that year recorded (R8).',
      }),
      participationCostSek: t.exposeFloat('participationCostSek'),
    }),
  });

const RuleEvidenceType = builder.objectRef<RuleEvidence>('EvaluationRule').implement({
  authScopes: { followUp: true },
  description: 'The duties of one kind due in the period, per state on the ledger day.',
  fields: (t) => ({
    rule: t.exposeString('rule'),
    kind: t.expose('kind', { type: ObligationKindEnum }),
    total: t.exposeInt('total'),
    fulfilled: t.int({ resolve: (r) => r.byState.fulfilled }),
    overdue: t.int({ resolve: (r) => r.byState.overdue }),
    due: t.int({ resolve: (r) => r.byState.due }),
    waived: t.int({ resolve: (r) => r.byState.waived }),
  }),
});

const YearCostType = builder.objectRef<YearCost>('EvaluationYearCost').implement({
  authScopes: { followUp: true },
  fields: (t) => ({
    year: t.exposeInt('year'),
    membershipFeesSek: t.exposeFloat('membershipFeesSek'),
    membershipStaffHours: t.exposeFloat('membershipStaffHours'),
    participationCostSek: t.exposeFloat('participationCostSek'),
    delegates: t.exposeInt('delegates'),
    projectOwnContributionSek: t.exposeFloat('projectOwnContributionSek', {
      description: "Counted in the project's first year.",
    }),
    euFundingGrantedSek: t.exposeFloat('euFundingGrantedSek', {
      description: "Counted in the project's first year.",
    }),
    totalCostSek: t.exposeFloat('totalCostSek', {
      description: 'Membership fees, participation costs and projects’ own contribution.',
    }),
  }),
});

const EvaluationType = builder.objectRef<Evaluation>('StrategyEvaluation').implement({
  authScopes: { followUp: true },
  description:
    "R12: the evidence for the strategy's evaluation over a period of whole years; each part " +
    'is one aggregate, read only when asked for.',
  fields: (t) => ({
    from: t.exposeInt('from'),
    to: t.exposeInt('to'),
    asOf: t.expose('asOf', {
      type: 'Date',
      description: 'The day the ledger is read on: the ledger day, or the period’s end if earlier.',
    }),
    unit: t.field({ type: UnitRef, nullable: true, resolve: (e) => e.unitId }),
    byOrientation: t.field({
      type: [OrientationEvidenceType],
      description: 'Per orientation, untagged engagements last: one SQL statement.',
      resolve: (e, _args, ctx) =>
        ctx.cache.get(ctx.em, 'evidenceByOrientation', JSON.stringify(e), () =>
          evidenceByOrientation(ctx.em, e),
        ),
    }),
    byRule: t.field({
      type: [RuleEvidenceType],
      description:
        'Per rule and kind of duty, the obligations ledger’s duties due in the period, by state ' +
        'on `asOf`: the ledger is computed by the domain from a fixed number of statements.',
      resolve: (e, _args, ctx) => {
        const days = ctx.settings.meetingReportDays;
        return ctx.cache.get(ctx.em, 'evidenceByRule', JSON.stringify([e, days]), () =>
          evidenceByRule(ctx.em, e, e.asOf, days, ctx.cache),
        );
      },
    }),
    costPerYear: t.field({
      type: [YearCostType],
      description: 'Per year of the period: one SQL statement.',
      resolve: (e, _args, ctx) =>
        ctx.cache.get(ctx.em, 'costPerYear', JSON.stringify(e), () => costPerYear(ctx.em, e)),
    }),
  }),
});

function year(value: number | null | undefined, arg: string, fallback: number): number {
  const y = value ?? fallback;
  if (!Number.isInteger(y) || y < MIN_YEAR || y > MAX_YEAR) {
    throw new GraphQLError(`${arg}: a year from ${MIN_YEAR} to ${MAX_YEAR}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return y;
}

builder.queryField('strategyEvaluation', (t) =>
  t.field({
    authScopes: { followUp: true },
    type: EvaluationType,
    description:
      "R12 Plan, budget, document, evaluate: the evidence for the strategy's evaluation, per " +
      'orientation, per rule and per year.',
    args: {
      from: t.arg.int({ description: `First year (default ${FIRST_YEAR}).` }),
      to: t.arg.int({ description: "Last year (default the ledger day's year)." }),
      unit: t.arg.globalID({ for: UnitRef, description: 'Only this unit’s engagements.' }),
      asOf: t.arg({
        type: 'Date',
        description: 'The ledger day (default: today in Malmö).',
      }),
    },
    resolve: (_root, args) => {
      const day = calendarDate(args.asOf, 'asOf') ?? todayInMalmo();
      const from = year(args.from, 'from', FIRST_YEAR);
      const to = year(args.to, 'to', Number(day.slice(0, 4)));
      if (to < from) {
        throw new GraphQLError('to: the last year comes before the first', {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
      const end = `${to}-12-31`;
      return { from, to, unitId: idOf(args.unit) ?? null, asOf: day < end ? day : end };
    },
  }),
);
