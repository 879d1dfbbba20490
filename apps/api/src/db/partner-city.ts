import { AGREEMENT_STATUSES, AGREEMENT_TYPES } from '@malmo/domain';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { archivedProperty, baseProperties, keyProperty, nameProperty } from './base';
import { demoProperty, tagProperties } from './tags';

export const PartnerCity = defineEntity({
  name: 'PartnerCity',
  tableName: 'partner_city',
  properties: {
    ...baseProperties,
    ...archivedProperty,
    key: keyProperty,
    name: nameProperty(),
    /** ISO 3166-1 alpha-2. */
    country: p.string().length(2).index(),
    agreements: () => p.oneToMany(Agreement).mappedBy('partnerCity'),
  },
});
export type IPartnerCity = InferEntity<typeof PartnerCity>;

/** An agreement (or the lack of one) between Malmö and a partner city (R13: may expire). */
export const Agreement = defineEntity({
  name: 'Agreement',
  tableName: 'agreement',
  properties: {
    ...baseProperties,
    ...archivedProperty,
    key: keyProperty,
    partnerCity: () => p.manyToOne(PartnerCity).index(),
    type: p.enum(AGREEMENT_TYPES).index(),
    signedYear: p.integer().nullable().index(),
    text: p.text(),
    cooperationAreas: p.array().default([]),
    validUntil: p.date().nullable(),
    status: p.enum(AGREEMENT_STATUSES).index(),
    ...tagProperties,
    demo: demoProperty,
  },
});
export type IAgreement = InferEntity<typeof Agreement>;
