import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { archivedProperty, baseProperties } from './base';
import { Membership } from './organisation';
import { Person } from './person';
import { demoProperty } from './tags';

/** A dated assessment of one membership on the strategy's four criteria, with its cost (R8). */
export const MembershipAssessment = defineEntity({
  name: 'MembershipAssessment',
  tableName: 'membership_assessment',
  // A membership's latest assessment up to a day, read through the index (R8 costs and trends).
  indexes: [
    { properties: ['membership', 'assessedOn'] },
    // The assessments list opens newest first (ties by id, as findPage orders).
    {
      name: 'membership_assessment_assessed_on_id_desc_index',
      properties: ['assessedOn', 'id'],
      columns: [
        { name: 'assessed_on', sort: 'DESC', nulls: 'LAST' },
        { name: 'id', sort: 'DESC', nulls: 'LAST' },
      ],
    },
  ],
  properties: {
    ...baseProperties,
    ...archivedProperty,
    membership: () => p.manyToOne(Membership).index(),
    assessedOn: p.date().index(),
    assessor: () => p.manyToOne(Person).nullable().index(),
    exchangeQuality: p.smallint(),
    influence: p.smallint(),
    participation: p.smallint(),
    informationUse: p.smallint(),
    feeSek: p.bigint('number'),
    staffHours: p.integer(),
    comment: p.text().nullable(),
    demo: demoProperty,
  },
});
export type IMembershipAssessment = InferEntity<typeof MembershipAssessment>;
