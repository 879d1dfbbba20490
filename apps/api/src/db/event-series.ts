import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { baseProperties, keyProperty, nameProperty } from './base';

/** A recurring profiling arena (R10): MIPIM, Open Days, Green Week … */
export const EventSeries = defineEntity({
  name: 'EventSeries',
  tableName: 'event_series',
  properties: {
    ...baseProperties,
    key: keyProperty,
    name: p.string().length(300),
    shortName: nameProperty(100),
    place: p.string().length(100).nullable(),
    listedAs: p.string().length(300).nullable(),
  },
});
export type IEventSeries = InferEntity<typeof EventSeries>;
