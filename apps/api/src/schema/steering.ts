import { STEERING_OVERVIEW, steeringDefaults, todayInMalmo } from '@malmo/domain';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { builder } from '../builder';
import { dashboardYear } from '../services/dashboards/sql-params';
import {
  type ChangeCount,
  changesSince,
  type ExpiringAgreement,
  expiringAgreements,
  type SteeringHeadline,
  steeringHeadline,
  steeringLedger,
} from '../services/dashboards/steering';
import { AuditActionEnum } from './audit';
import { AgreementStatusEnum, AgreementTypeEnum } from './enums';
import { calendarDate } from './list';
import { ObligationType, UnitSummaryType } from './obligation';

/*
 * The steering group's overview (issue "Dashboards", page Overview): the year's headline figures,
 * the obligations ledger per unit, agreements about to end, the next deadlines and the changes
 * since the group last met. Follow-up roles only; every figure is computed where it is asked for,
 * so a query pays only for the sections it selects.
 */

interface Overview {
  asOf: string;
  year: number;
  since: string;
  expiresBy: string;
  ledger: ReturnType<typeof steeringLedger>;
}

const FOLLOW_UP = { followUp: true } as const;

const HeadlineType = builder.objectRef<SteeringHeadline>('SteeringHeadline').implement({
  authScopes: FOLLOW_UP,
  description: "The chosen year's figures; money in SEK. Archived records are left out.",
  fields: (t) => ({
    memberships: t.exposeInt('memberships', {
      description: 'Memberships running in the year (joined by then, not ended before it).',
    }),
    membershipFeesSek: t.exposeFloat('membershipFeesSek', {
      description:
        'Their yearly fees together: each its own, else what its latest assessment by the ' +
        'end of the year recorded (R8).',
    }),
    membershipStaffHours: t.exposeInt('membershipStaffHours', {
      description: 'Their staff time per year together, in hours (own, else as last assessed).',
    }),
    projectsRunning: t.exposeInt('projectsRunning', {
      description:
        'Projects running or closed since, running some time in the year (from their start or ' +
        'application deadline to their end), as the project list’s years filter them.',
    }),
    runningBudgetSek: t.exposeFloat('runningBudgetSek'),
    runningEuGrantedSek: t.exposeFloat('runningEuGrantedSek'),
    projectsSubmitted: t.exposeInt('projectsSubmitted', {
      description: 'Applications sent in the year.',
    }),
    submittedEuSoughtSek: t.exposeFloat('submittedEuSoughtSek'),
    projectsGranted: t.exposeInt('projectsGranted', {
      description: 'Of the applications sent in the year, those granted since.',
    }),
    meetings: t.exposeInt('meetings', { description: 'Meetings dated in the year.' }),
    meetingsReported: t.exposeInt('meetingsReported', { description: 'Of those, reported.' }),
    participations: t.exposeInt('participations', {
      description: "Units' participations in the year's event editions.",
    }),
    delegates: t.exposeInt('delegates'),
    participationCostSek: t.exposeFloat('participationCostSek'),
    contactsGained: t.exposeInt('contactsGained'),
    secondments: t.exposeInt('secondments', {
      description: 'Secondments to the Brussels office that span part of the year.',
    }),
  }),
});

const ExpiringAgreementType = builder.objectRef<ExpiringAgreement>('ExpiringAgreement').implement({
  authScopes: FOLLOW_UP,
  description: 'An agreement that ends soon, or has ended but is still recorded as in force.',
  fields: (t) => ({
    agreementId: t.id({ resolve: (a) => encodeGlobalID('Agreement', a.id) }),
    partnerCityId: t.id({ resolve: (a) => encodeGlobalID('PartnerCity', a.partnerCityId) }),
    partnerCityName: t.exposeString('partnerCityName'),
    type: t.field({ type: AgreementTypeEnum, resolve: (a) => a.type as never }),
    status: t.field({ type: AgreementStatusEnum, resolve: (a) => a.status as never }),
    validUntil: t.expose('validUntil', { type: 'Date' }),
    daysLeft: t.exposeInt('daysLeft', {
      description: 'Days from the day read to the end date; negative once it has passed.',
    }),
  }),
});

const ChangeCountType = builder.objectRef<ChangeCount>('ChangeCount').implement({
  authScopes: FOLLOW_UP,
  description: 'How many changes of one kind of record and one action; counts only.',
  fields: (t) => ({
    recordKind: t.exposeString('recordKind', { description: 'GraphQL type name of the record.' }),
    action: t.field({ type: AuditActionEnum, resolve: (c) => c.action as never }),
    count: t.exposeInt('count'),
  }),
});

const OverviewType = builder.objectRef<Overview>('SteeringOverview').implement({
  authScopes: FOLLOW_UP,
  description: "The steering group's overview on a day; each field is computed when selected.",
  fields: (t) => ({
    asOf: t.expose('asOf', { type: 'Date', description: 'The day the ledger is read on.' }),
    year: t.exposeInt('year', { description: 'The year of the headline figures.' }),
    since: t.expose('since', {
      type: 'Date',
      description: 'The last steering-group date: changes are counted from it.',
    }),
    expiresBy: t.expose('expiresBy', {
      type: 'Date',
      description: 'Agreements ending on or before this day are listed.',
    }),
    headline: t.field({
      type: HeadlineType,
      description: 'One SQL statement.',
      resolve: (o, _args, ctx) =>
        ctx.cache.get(ctx.em, 'steeringHeadline', String(o.year), () =>
          steeringHeadline(ctx.em, o.year),
        ),
    }),
    ledgerByUnit: t.field({
      type: [UnitSummaryType],
      description: 'The obligations ledger on asOf per owner unit, the most overdue first.',
      resolve: (o) => o.ledger.byUnit(),
    }),
    upcomingDeadlines: t.field({
      type: [ObligationType],
      description: 'The next open deadlines after asOf, the soonest first.',
      args: {
        first: t.arg.int({ defaultValue: STEERING_OVERVIEW.upcomingDeadlines }),
      },
      resolve: (o, args) => {
        const first = args.first ?? STEERING_OVERVIEW.upcomingDeadlines;
        if (!Number.isInteger(first) || first < 1 || first > 50) {
          throw badInput('first: between 1 and 50');
        }
        return o.ledger.upcoming(first);
      },
    }),
    expiringAgreements: t.field({
      type: [ExpiringAgreementType],
      description:
        'Agreements ending between asOf and expiresBy, and those ended but still in force, ' +
        'the soonest first. One SQL statement.',
      resolve: (o, _args, ctx) => expiringAgreements(ctx.em, o.asOf, o.expiresBy),
    }),
    changesSince: t.field({
      type: [ChangeCountType],
      description:
        'Changes since the start of `since` in Malmö, per kind of record and action, the most ' +
        'frequent first. One SQL statement.',
      resolve: (o, _args, ctx) => changesSince(ctx.em, o.since),
    }),
  }),
});

function badInput(message: string) {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

builder.queryField('steeringOverview', (t) =>
  t.field({
    authScopes: FOLLOW_UP,
    type: OverviewType,
    description: "The steering group's overview (follow-up roles).",
    args: {
      asOf: t.arg({ type: 'Date', description: 'The ledger’s day (default: today in Malmö).' }),
      year: t.arg.int({ description: "The headline figures' year (default: asOf's year)." }),
      since: t.arg({
        type: 'Date',
        description: `The last steering-group date (default: ${STEERING_OVERVIEW.lookBackMonths} months before asOf).`,
      }),
    },
    resolve: (_root, args, ctx) => {
      const asOf = calendarDate(args.asOf, 'asOf') ?? todayInMalmo();
      const chosen = {
        year: dashboardYear(args.year, 'year'),
        since: calendarDate(args.since, 'since'),
      };
      return {
        asOf,
        ...steeringDefaults(asOf, chosen),
        ledger: steeringLedger(
          ctx.em,
          { asOf, meetingReportDays: ctx.settings.meetingReportDays },
          ctx.cache,
        ),
      };
    },
  }),
);
