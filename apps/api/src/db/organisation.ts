import { ORGANISATION_KINDS, REGION_FOCUSES } from '@malmo/domain';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { archivedProperty, baseProperties, keyProperty, nameProperty } from './base';
import { Forum } from './forum';
import { tagProperties } from './tags';
import { Unit } from './unit';

/** An international organisation, a Brussels network or a regional actor. */
export const Organisation = defineEntity({
  name: 'Organisation',
  tableName: 'organisation',
  properties: {
    ...baseProperties,
    ...archivedProperty,
    key: keyProperty,
    name: nameProperty(),
    abbreviation: p.string().length(40).nullable(),
    kind: p.enum(ORGANISATION_KINDS).index(),
    regionFocus: p.enum(REGION_FOCUSES),
    memberships: () => p.oneToMany(Membership).mappedBy('organisation'),
    forums: () => p.oneToMany(Forum).mappedBy('organisation'),
  },
});
export type IOrganisation = InferEntity<typeof Organisation>;

/** Malmö stad's membership in an organisation. */
export const Membership = defineEntity({
  name: 'Membership',
  tableName: 'membership',
  properties: {
    ...baseProperties,
    ...archivedProperty,
    organisation: () => p.manyToOne(Organisation).unique(),
    since: p.integer().nullable().index(),
    ownerUnit: () => p.manyToOne(Unit).nullable().index(),
    /** The year Malmö left; null while the membership runs. */
    endedYear: p.integer().nullable(),
    /** The resources (R8): yearly fee in SEK and staff time in hours. */
    annualFee: p.integer().nullable(),
    staffHoursPerYear: p.integer().nullable(),
    ...tagProperties,
  },
});
export type IMembership = InferEntity<typeof Membership>;
