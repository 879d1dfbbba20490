import { builder, recordFields } from '../builder';
import { EventSeries } from '../db/event-series';
import { findPage, orderInput, textSearch } from './list';
import { EventSeriesRef } from './refs';

EventSeriesRef.implement({
  description: 'A recurring profiling arena: a fair or an event Malmö takes part in (R10).',
  fields: (t) => ({
    key: t.exposeString('key'),
    name: t.exposeString('name'),
    shortName: t.exposeString('shortName'),
    place: t.exposeString('place', { nullable: true }),
    listedAs: t.exposeString('listedAs', { nullable: true }),
    ...recordFields(t),
  }),
});

const EventSeriesFilter = builder.inputType('EventSeriesFilter', {
  fields: (t) => ({ search: t.string({ description: 'Text in the name, short name or place.' }) }),
});
const EventSeriesOrder = orderInput(
  'EventSeries',
  { NAME: 'shortName', PLACE: 'place' },
  'Order of event series.',
);

builder.queryField('eventSeries', (t) =>
  t.connection({
    type: EventSeriesRef,
    description:
      'Profiling arenas: Employment Week, Eurocities AGM, Green Week, MIPIM, Open Days …',
    args: {
      filter: t.arg({ type: EventSeriesFilter }),
      orderBy: t.arg({ type: EventSeriesOrder }),
    },
    resolve: (_root, args, ctx) =>
      findPage(
        ctx.em,
        EventSeries,
        args,
        textSearch(args.filter?.search, ['name', 'shortName', 'place']) ?? {},
        args.orderBy,
        'shortName',
      ),
  }),
);
