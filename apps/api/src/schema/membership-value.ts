import type { MembershipValuePoint } from '@malmo/domain';
import { GraphQLError } from 'graphql';
import { builder } from '../builder';
import {
  type MembershipComparison,
  type MembershipTrend,
  membershipComparison,
  membershipTrends,
} from '../services/dashboards/membership-value';
import { dashboardYear } from '../services/dashboards/sql-params';
import { idOf } from './list';
import { MembershipRef } from './refs';

/*
 * The analysts' membership value dashboard (R8): each field is one SQL statement, whatever the
 * number of assessments; the index and cost come from the domain's rules.
 */

const MAX_COMPARED = 50;

const ComparisonPoint = builder
  .objectRef<MembershipValuePoint>('MembershipComparisonPoint')
  .implement({
    description: 'A membership’s value from one assessment (R8).',
    fields: (t) => ({
      year: t.exposeInt('year'),
      assessedOn: t.expose('assessedOn', { type: 'Date' }),
      score: t.exposeFloat('score', { description: 'Value index 0–100.' }),
      costSek: t.exposeFloat('costSek', { description: 'Fee plus staff time, SEK.' }),
      valueForMoney: t.exposeFloat('valueForMoney', {
        nullable: true,
        description: 'Index points per 100 000 SEK; null when it cost nothing.',
      }),
      change: t.exposeFloat('change', {
        nullable: true,
        description: 'Index change since the previous point; null for the first.',
      }),
    }),
  });

const ComparisonRow = builder.objectRef<MembershipComparison>('MembershipComparisonRow').implement({
  description: 'A membership with its latest assessment as of a year (R8).',
  fields: (t) => ({
    membershipId: t.globalID({
      resolve: (row) => ({ type: 'Membership', id: String(row.membershipId) }),
    }),
    name: t.exposeString('name', { description: 'The organisation’s name.' }),
    ownerUnit: t.exposeString('ownerUnit', { nullable: true }),
    since: t.exposeInt('since', { nullable: true }),
    assessments: t.exposeInt('assessments', { description: 'Assessments up to the year’s end.' }),
    exchangeQuality: t.int({ nullable: true, resolve: (r) => r.scores?.exchange_quality }),
    influence: t.int({ nullable: true, resolve: (r) => r.scores?.influence }),
    participation: t.int({ nullable: true, resolve: (r) => r.scores?.participation }),
    informationUse: t.int({ nullable: true, resolve: (r) => r.scores?.information_use }),
    latest: t.field({
      type: ComparisonPoint,
      nullable: true,
      description: 'The latest assessment; null: not assessed yet.',
      resolve: (r) => r.latest,
    }),
    demo: t.exposeBoolean('demo', { description: 'The latest assessment is demo data.' }),
  }),
});

const TrendRow = builder.objectRef<MembershipTrend>('MembershipValueTrend').implement({
  description: 'A membership’s value index per year, from each year’s latest assessment (R8).',
  fields: (t) => ({
    membershipId: t.globalID({
      resolve: (row) => ({ type: 'Membership', id: String(row.membershipId) }),
    }),
    points: t.field({ type: [ComparisonPoint], resolve: (r) => r.points }),
  }),
});

builder.queryFields((t) => ({
  membershipComparison: t.field({
    type: [ComparisonRow],
    authScopes: { followUp: true },
    description:
      'Every membership current in the year, with its latest assessment up to the year’s end: the four criteria, index, cost and value for money (R8). One SQL statement.',
    args: { year: t.arg.int({ required: true, description: 'As of the end of this year.' }) },
    resolve: (_root, args, ctx) => {
      const year = dashboardYear(args.year, 'year');
      return ctx.cache.get(ctx.em, 'membershipComparison', String(year), () =>
        membershipComparison(ctx.em, year),
      );
    },
  }),
  membershipValueTrends: t.field({
    type: [TrendRow],
    authScopes: { followUp: true },
    description:
      'The value index per year of the given memberships (all when none are given), up to the year’s end (R8). One SQL statement.',
    args: {
      ids: t.arg.globalIDList({ for: MembershipRef, description: `At most ${MAX_COMPARED}.` }),
      toYear: t.arg.int({ required: true }),
    },
    resolve: (_root, args, ctx) => {
      if ((args.ids?.length ?? 0) > MAX_COMPARED) {
        throw new GraphQLError(`ids: at most ${MAX_COMPARED} memberships`, {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
      const toYear = dashboardYear(args.toYear, 'toYear');
      const ids = args.ids ? args.ids.map((id) => idOf(id) as number) : null;
      if (ids?.length === 0) return [];
      return ctx.cache.get(ctx.em, 'membershipTrends', JSON.stringify([ids, toYear]), () =>
        membershipTrends(ctx.em, ids, toYear),
      );
    },
  }),
}));
