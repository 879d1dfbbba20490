import { GraphQLError } from 'graphql';
import { builder } from '../builder';
import { type ProfilingYear, profilingYears } from '../services/dashboards/profiling';
import { dashboardYears } from '../services/dashboards/sql-params';
import { idOf } from './list';
import { EventSeriesRef } from './refs';

/* The profiling events dashboard (R10): participation per event series and year, one statement. */

const MAX_SERIES = 50;

const ProfilingYearType = builder.objectRef<ProfilingYear>('ProfilingYear').implement({
  description: 'Participation in one event series in one year, summed over the units (R10).',
  fields: (t) => ({
    seriesId: t.globalID({ resolve: (r) => ({ type: 'EventSeries', id: String(r.seriesId) }) }),
    seriesName: t.exposeString('seriesName', { description: 'The series’ short name.' }),
    year: t.exposeInt('year'),
    units: t.exposeInt('units', { description: 'Units that took part (one participation each).' }),
    delegates: t.exposeInt('delegates'),
    costSek: t.exposeFloat('costSek'),
    contactsGained: t.exposeInt('contactsGained'),
    withOutcome: t.exposeInt('withOutcome', {
      description: 'Participations with an outcome recorded.',
    }),
    demo: t.exposeBoolean('demo', { description: 'Some of the participations are demo data.' }),
  }),
});

builder.queryField('profilingYears', (t) =>
  t.field({
    type: [ProfilingYearType],
    authScopes: { followUp: true },
    description:
      'Participation per event series and year: units, delegates, cost, contacts gained and outcomes (R10). One SQL statement.',
    args: {
      from: t.arg.int({ description: 'First year (inclusive).' }),
      to: t.arg.int({ description: 'Last year (inclusive).' }),
      seriesIds: t.arg.globalIDList({
        for: EventSeriesRef,
        description: `Only these series (at most ${MAX_SERIES}); all when absent.`,
      }),
    },
    resolve: (_root, args, ctx) => {
      const years = dashboardYears(args.from, args.to);
      if ((args.seriesIds?.length ?? 0) > MAX_SERIES) {
        throw new GraphQLError(`seriesIds: at most ${MAX_SERIES} series`, {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
      const seriesIds = args.seriesIds?.map((id) => idOf(id) as number) ?? null;
      if (seriesIds?.length === 0) return [];
      const filter = { ...years, seriesIds };
      return ctx.cache.get(ctx.em, 'profiling', JSON.stringify(filter), () =>
        profilingYears(ctx.em, filter),
      );
    },
  }),
);
