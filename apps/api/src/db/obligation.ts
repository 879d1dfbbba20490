import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { baseProperties } from './base';
import { demoProperty } from './tags';

/**
 * A recorded decision not to fulfil one duty of the ledger, with its reason. Waivers are never
 * deleted: revoking one stamps it, so the ledger's history stays readable.
 */
export const ObligationWaiver = defineEntity({
  name: 'ObligationWaiver',
  tableName: 'obligation_waiver',
  properties: {
    ...baseProperties,
    obligationKey: p.string().length(200).index(),
    reason: p.text(),
    waivedOn: p.date(),
    waivedBy: p.string().length(200).nullable(),
    revokedOn: p.date().nullable(),
    revokedBy: p.string().length(200).nullable(),
    demo: demoProperty,
  },
});
export type IObligationWaiver = InferEntity<typeof ObligationWaiver>;

/** What the demo generator added, and the day its activity is read on. */
export const DemoRun = defineEntity({
  name: 'DemoRun',
  tableName: 'demo_run',
  properties: {
    ...baseProperties,
    seed: p.integer(),
    scale: p.integer(),
    fromYear: p.integer(),
    toYear: p.integer(),
    asOf: p.date(),
    counts: p.json<Record<string, number>>(),
  },
});
export type IDemoRun = InferEntity<typeof DemoRun>;
