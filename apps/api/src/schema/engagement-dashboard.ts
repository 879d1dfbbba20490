import type { Orientation, PriorityArea, ProjectState } from '@malmo/domain';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { builder } from '../builder';
import {
  ENGAGEMENT_KINDS,
  type EngagementRow,
  engagementByUnit,
} from '../services/dashboards/engagement';
import { OrientationEnum, PriorityAreaEnum, ProjectStateEnum } from './enums';
import { checkYear } from './list';

const EngagementKindEnum = builder.enumType('EngagementKind', {
  description: 'What a row of the engagement dashboard counts.',
  values: ENGAGEMENT_KINDS,
});

const EngagementRowRef = builder.objectRef<EngagementRow>('EngagementRow');
EngagementRowRef.implement({
  description:
    "One unit's engagement of one kind: a top-level unit, with the units under it counted in it.",
  fields: (t) => ({
    unitId: t.id({
      nullable: true,
      description: 'Null: the seats, memberships and projects no unit holds.',
      resolve: (row) => (row.unitId == null ? null : encodeGlobalID('Unit', row.unitId)),
    }),
    unitName: t.exposeString('unitName', { nullable: true }),
    kind: t.field({ type: EngagementKindEnum, resolve: (row) => row.kind }),
    projectState: t.field({
      type: ProjectStateEnum,
      nullable: true,
      resolve: (row) => row.projectState as ProjectState | null,
    }),
    count: t.exposeInt('count'),
    budgetSek: t.exposeFloat('budgetSek', { nullable: true, description: 'Projects: budget.' }),
    euFundingSek: t.exposeFloat('euFundingSek', {
      nullable: true,
      description: 'Projects: EU funding granted.',
    }),
    costSek: t.exposeFloat('costSek', {
      nullable: true,
      description:
        'Memberships: the cost their assessments dated in the range record (fee and staff time); participations: their cost.',
    }),
  }),
});

const EngagementFilterInput = builder.inputType('EngagementFilter', {
  fields: (t) => ({
    yearFrom: t.int({ description: 'From this year (each kind by its own date).' }),
    yearTo: t.int({ description: 'Up to and including this year.' }),
    orientations: t.field({
      type: [OrientationEnum],
      description: 'Tagged with any of these (seats, memberships, projects, participations only).',
    }),
    priorityAreas: t.field({
      type: [PriorityAreaEnum],
      description: 'Tagged with any of these (seats, memberships, projects, participations only).',
    }),
  }),
});

builder.queryField('engagementByUnit', (t) =>
  t.field({
    type: [EngagementRowRef],
    authScopes: { followUp: true },
    description:
      'Engagement per top-level unit and kind, counts and money, for the steering group (one statement).',
    args: { filter: t.arg({ type: EngagementFilterInput }) },
    resolve: (_root, args, ctx) => {
      const f = args.filter;
      checkYear(f?.yearFrom, 'yearFrom');
      checkYear(f?.yearTo, 'yearTo');
      if (f?.yearFrom != null && f.yearTo != null && f.yearFrom > f.yearTo) {
        throw new GraphQLError('yearFrom is after yearTo', {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
      const filter = {
        yearFrom: f?.yearFrom ?? null,
        yearTo: f?.yearTo ?? null,
        orientations: (f?.orientations as Orientation[] | null | undefined) ?? null,
        priorityAreas: (f?.priorityAreas as PriorityArea[] | null | undefined) ?? null,
      };
      return ctx.cache.get(ctx.em, 'engagement', JSON.stringify(filter), () =>
        engagementByUnit(ctx.em, filter),
      );
    },
  }),
);
