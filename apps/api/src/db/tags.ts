import { p } from '@mikro-orm/core';

/**
 * R1 and R3 tags every engagement carries: the orientations it serves, the priority areas of
 * "Välfärd för alla", and themes from the one shared taxonomy. Values are checked by the domain's
 * input schemas before they are stored.
 */
export const tagProperties = {
  orientations: p.array().default([]),
  priorityAreas: p.array().default([]),
  themes: p.array().default([]),
};

/** Records made by the demo generator say so, everywhere they show. */
export const demoProperty = p.boolean().default(false).index();

/** An amount in whole Swedish kronor. */
export const moneyProperty = () => p.bigint('number').nullable();
