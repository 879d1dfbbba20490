import { PROJECT_STATES, SUPPORT_KINDS, SUPPORT_STATES } from '@malmo/domain';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { archivedProperty, baseProperties, keyProperty, nameProperty } from './base';
import { Seat } from './forum';
import { Organisation } from './organisation';
import { PartnerCity } from './partner-city';
import { demoProperty, moneyProperty, tagProperties } from './tags';
import { Unit } from './unit';

/** A transnational project; the owner unit answers for it (R4). */
export const Project = defineEntity({
  name: 'Project',
  tableName: 'project',
  properties: {
    ...baseProperties,
    ...archivedProperty,
    key: keyProperty,
    title: nameProperty(300),
    ownerUnit: () => p.manyToOne(Unit).nullable().index(),
    programme: p.string().length(200).nullable(),
    state: p.enum(PROJECT_STATES).default('idea').index(),
    stateChangedOn: p.date().nullable(),
    /** The day the application went out, once the R4 gate let it. */
    submittedOn: p.date().nullable(),
    ...tagProperties,
    budgetSek: moneyProperty(),
    ownContributionSek: moneyProperty(),
    euFundingSoughtSek: moneyProperty(),
    euFundingGrantedSek: moneyProperty(),
    /** The benefit analysis (R4): benefit against resources, and the expected long-term effects. */
    benefit: p.text().nullable(),
    resources: p.text().nullable(),
    longTermEffects: p.text().nullable(),
    analysisCompletedOn: p.date().nullable(),
    applicationDeadline: p.date().nullable(),
    startOn: p.date().nullable(),
    endOn: p.date().nullable(),
    demo: demoProperty,
    seats: () => p.oneToMany(Seat).mappedBy('project'),
    partners: () => p.oneToMany(ProjectPartner).mappedBy('project').orphanRemoval(),
    supportRequests: () => p.oneToMany(SupportRequest).mappedBy('project'),
  },
});
export type IProject = InferEntity<typeof Project>;

/** A partner in a project: a partner city, an organisation (or regional actor), or named freely. */
export const ProjectPartner = defineEntity({
  name: 'ProjectPartner',
  tableName: 'project_partner',
  properties: {
    ...baseProperties,
    project: () => p.manyToOne(Project).index().deleteRule('cascade'),
    position: p.integer().default(0),
    partnerCity: () => p.manyToOne(PartnerCity).nullable().index(),
    organisation: () => p.manyToOne(Organisation).nullable().index(),
    name: p.string().length(200).nullable(),
  },
});
export type IProjectPartner = InferEntity<typeof ProjectPartner>;

/** A request to Stadskontoret for support with a project (R6). */
export const SupportRequest = defineEntity({
  name: 'SupportRequest',
  tableName: 'support_request',
  properties: {
    ...baseProperties,
    ...archivedProperty,
    project: () => p.manyToOne(Project).index(),
    kind: p.enum(SUPPORT_KINDS),
    state: p.enum(SUPPORT_STATES).default('requested').index(),
    requestedOn: p.date(),
    closedOn: p.date().nullable(),
    note: p.text().nullable(),
    demo: demoProperty,
  },
});
export type ISupportRequest = InferEntity<typeof SupportRequest>;
