import { SECONDMENT_PURPOSES } from '@malmo/domain';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { archivedProperty, baseProperties } from './base';
import { Person } from './person';
import { demoProperty } from './tags';
import { Unit } from './unit';

/**
 * A stay at the Brussels office (R11): a city official from a unit, or an external user such as
 * Malmö högskola on its own terms. The report is due one month after the return.
 */
export const Secondment = defineEntity({
  name: 'Secondment',
  tableName: 'secondment',
  properties: {
    ...baseProperties,
    ...archivedProperty,
    person: () => p.manyToOne(Person).nullable().index(),
    unit: () => p.manyToOne(Unit).nullable().index(),
    externalOrganisation: p.string().length(200).nullable(),
    externalTerms: p.text().nullable(),
    startOn: p.date().index(),
    endOn: p.date().nullable(),
    purpose: p.enum(SECONDMENT_PURPOSES),
    reportSubmittedOn: p.date().nullable(),
    demo: demoProperty,
  },
});
export type ISecondment = InferEntity<typeof Secondment>;
