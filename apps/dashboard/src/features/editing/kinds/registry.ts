import {
  agreementInputSchema,
  euNetworkContactInputSchema,
  eventSeriesInputSchema,
  forumInputSchema,
  membershipInputSchema,
  ORGANISATION_KINDS,
  organisationInputSchema,
  partnerCityInputSchema,
  personInputSchema,
  seatInputSchema,
  unitInputSchema,
} from '@malmo/domain';
import { graphql } from '../../../gql';
import { documents, type RecordKind } from '../kind';
import { idOf, type Node, str, tagFields } from './common';
import {
  agreementLinks,
  euNetworkContactLinks,
  eventSeriesLinks,
  forumLinks,
  membershipLinks,
  organisationLinks,
  partnerCityLinks,
  personLinks,
  seatLinks,
  unitLinks,
} from './links';

/**
 * The registry's own records: kept by administrators (the API's writers for all of them).
 * Each kind: its fields, how a loaded record reads, and its load, create and update documents.
 */

export const unitKind: RecordKind = {
  ...unitLinks,
  typename: 'Unit',
  schema: unitInputSchema,
  fields: (t) => [
    { kind: 'text', name: 'name', label: t('editing.f.name'), required: true, maxLength: 200 },
    {
      kind: 'enum',
      name: 'kind',
      label: t('editing.f.unitKind'),
      group: 'unitKind',
      required: true,
    },
    { kind: 'reference', name: 'parentId', label: t('editing.f.parentUnit'), source: 'unit' },
    { kind: 'checkbox', name: 'active', label: t('editing.f.active') },
  ],
  read: (n) => ({ title: str(n, 'name'), values: { ...n, parentId: idOf(n.parent) } }),
  ...documents({
    load: graphql(`
      query EditUnit($id: ID!) {
        node(id: $id) {
          __typename
          ... on Unit {
            id
            version
            archivedAt
            name kind active parent { id }
          }
        }
      }
    `),
    create: graphql(`
      mutation CreateUnitRecord($input: UnitInput!) {
        result: createUnit(input: $input) {
          __typename
          ... on MutationCreateUnitSuccess {
            data {
              id
              version
            }
          }
          ...InputProblem
          ...RuleProblem
          ...StaleProblem
        }
      }
    `),
    update: graphql(`
      mutation UpdateUnitRecord($id: ID!, $version: Int!, $input: UnitInput!) {
        result: updateUnit(id: $id, version: $version, input: $input) {
          __typename
          ... on MutationUpdateUnitSuccess {
            data {
              id
              version
            }
          }
          ...InputProblem
          ...RuleProblem
          ...StaleProblem
        }
      }
    `),
  }),
};

export const personKind: RecordKind = {
  ...personLinks,
  typename: 'Person',
  schema: personInputSchema,
  fields: (t) => [
    { kind: 'text', name: 'name', label: t('editing.f.name'), required: true, maxLength: 200 },
    { kind: 'text', name: 'email', label: t('editing.f.email'), maxLength: 320 },
    { kind: 'reference', name: 'unitId', label: t('editing.f.unit'), source: 'unit' },
    { kind: 'checkbox', name: 'active', label: t('editing.f.active') },
    { kind: 'date', name: 'leftOn', label: t('editing.f.leftOn') },
  ],
  read: (n) => ({ title: str(n, 'name'), values: { ...n, unitId: idOf(n.unit) } }),
  ...documents({
    load: graphql(`
      query EditPerson($id: ID!) {
        node(id: $id) {
          __typename
          ... on Person {
            id
            version
            archivedAt
            name email active leftOn unit { id }
          }
        }
      }
    `),
    create: graphql(`
      mutation CreatePersonRecord($input: PersonInput!) {
        result: createPerson(input: $input) {
          __typename
          ... on MutationCreatePersonSuccess {
            data {
              id
              version
            }
          }
          ...InputProblem
          ...RuleProblem
          ...StaleProblem
        }
      }
    `),
    update: graphql(`
      mutation UpdatePersonRecord($id: ID!, $version: Int!, $input: PersonInput!) {
        result: updatePerson(id: $id, version: $version, input: $input) {
          __typename
          ... on MutationUpdatePersonSuccess {
            data {
              id
              version
            }
          }
          ...InputProblem
          ...RuleProblem
          ...StaleProblem
        }
      }
    `),
  }),
};

export const euNetworkContactKind: RecordKind = {
  ...euNetworkContactLinks,
  typename: 'EuNetworkContact',
  schema: euNetworkContactInputSchema,
  fields: (t) => [
    {
      kind: 'reference',
      name: 'unitId',
      label: t('editing.f.unit'),
      source: 'unit',
      required: true,
    },
    {
      kind: 'reference',
      name: 'personId',
      label: t('editing.f.person'),
      source: 'person',
      required: true,
    },
    {
      kind: 'number',
      name: 'year',
      label: t('editing.f.year'),
      required: true,
      min: 1900,
      max: 2100,
    },
    {
      kind: 'text',
      name: 'listedAs',
      label: t('editing.f.listedAs'),
      required: true,
      maxLength: 200,
    },
  ],
  read: (n) => ({
    title: `${(n.person as Node).name} ${n.year}`,
    values: { ...n, unitId: idOf(n.unit), personId: idOf(n.person) },
  }),
  ...documents({
    load: graphql(`
      query EditEuNetworkContact($id: ID!) {
        node(id: $id) {
          __typename
          ... on EuNetworkContact {
            id
            version
            archivedAt
            year listedAs unit { id } person { id name }
          }
        }
      }
    `),
    create: graphql(`
      mutation CreateEuNetworkContactRecord($input: EuNetworkContactInput!) {
        result: createEuNetworkContact(input: $input) {
          __typename
          ... on MutationCreateEuNetworkContactSuccess {
            data {
              id
              version
            }
          }
          ...InputProblem
          ...RuleProblem
          ...StaleProblem
        }
      }
    `),
    update: graphql(`
      mutation UpdateEuNetworkContactRecord($id: ID!, $version: Int!, $input: EuNetworkContactInput!) {
        result: updateEuNetworkContact(id: $id, version: $version, input: $input) {
          __typename
          ... on MutationUpdateEuNetworkContactSuccess {
            data {
              id
              version
            }
          }
          ...InputProblem
          ...RuleProblem
          ...StaleProblem
        }
      }
    `),
  }),
};

export const organisationKind: RecordKind = {
  ...organisationLinks,
  typename: 'Organisation',
  schema: organisationInputSchema,
  // From a list narrowed to one kind (`?kind=regional_actor`), a new one starts as that kind.
  defaults: (_grant, params) => ({
    kind: ORGANISATION_KINDS.find((k) => k === params.get('kind')) ?? null,
  }),
  fields: (t) => [
    { kind: 'text', name: 'name', label: t('editing.f.name'), required: true, maxLength: 200 },
    { kind: 'text', name: 'abbreviation', label: t('editing.f.abbreviation'), maxLength: 40 },
    {
      kind: 'enum',
      name: 'kind',
      label: t('editing.f.organisationKind'),
      group: 'organisationKind',
      required: true,
    },
    {
      kind: 'enum',
      name: 'regionFocus',
      label: t('editing.f.regionFocus'),
      group: 'regionFocus',
      required: true,
    },
  ],
  read: (n) => ({ title: str(n, 'name'), values: n }),
  ...documents({
    load: graphql(`
      query EditOrganisation($id: ID!) {
        node(id: $id) {
          __typename
          ... on Organisation {
            id
            version
            archivedAt
            name abbreviation kind regionFocus
          }
        }
      }
    `),
    create: graphql(`
      mutation CreateOrganisationRecord($input: OrganisationInput!) {
        result: createOrganisation(input: $input) {
          __typename
          ... on MutationCreateOrganisationSuccess {
            data {
              id
              version
            }
          }
          ...InputProblem
          ...RuleProblem
          ...StaleProblem
        }
      }
    `),
    update: graphql(`
      mutation UpdateOrganisationRecord($id: ID!, $version: Int!, $input: OrganisationInput!) {
        result: updateOrganisation(id: $id, version: $version, input: $input) {
          __typename
          ... on MutationUpdateOrganisationSuccess {
            data {
              id
              version
            }
          }
          ...InputProblem
          ...RuleProblem
          ...StaleProblem
        }
      }
    `),
  }),
};

export const membershipKind: RecordKind = {
  ...membershipLinks,
  typename: 'Membership',
  schema: membershipInputSchema,
  fields: (t) => [
    {
      kind: 'reference',
      name: 'organisationId',
      label: t('editing.f.organisation'),
      source: 'organisation',
      required: true,
    },
    { kind: 'reference', name: 'ownerUnitId', label: t('editing.f.ownerUnit'), source: 'unit' },
    { kind: 'number', name: 'since', label: t('editing.f.since'), min: 1900, max: 2100 },
    { kind: 'number', name: 'endedYear', label: t('editing.f.endedYear'), min: 1900, max: 2100 },
    { kind: 'money', name: 'annualFee', label: t('editing.f.annualFee'), min: 0 },
    { kind: 'number', name: 'staffHoursPerYear', label: t('editing.f.staffHoursPerYear'), min: 0 },
    ...tagFields(t),
  ],
  read: (n) => ({
    title: str(n.organisation as Node, 'name'),
    values: { ...n, organisationId: idOf(n.organisation), ownerUnitId: idOf(n.ownerUnit) },
  }),
  ...documents({
    load: graphql(`
      query EditMembership($id: ID!) {
        node(id: $id) {
          __typename
          ... on Membership {
            id
            version
            archivedAt
            since endedYear annualFee staffHoursPerYear orientations priorityAreas themes organisation { id name } ownerUnit { id }
          }
        }
      }
    `),
    create: graphql(`
      mutation CreateMembershipRecord($input: MembershipInput!) {
        result: createMembership(input: $input) {
          __typename
          ... on MutationCreateMembershipSuccess {
            data {
              id
              version
            }
          }
          ...InputProblem
          ...RuleProblem
          ...StaleProblem
        }
      }
    `),
    update: graphql(`
      mutation UpdateMembershipRecord($id: ID!, $version: Int!, $input: MembershipInput!) {
        result: updateMembership(id: $id, version: $version, input: $input) {
          __typename
          ... on MutationUpdateMembershipSuccess {
            data {
              id
              version
            }
          }
          ...InputProblem
          ...RuleProblem
          ...StaleProblem
        }
      }
    `),
  }),
};

export const forumKind: RecordKind = {
  ...forumLinks,
  typename: 'Forum',
  schema: forumInputSchema,
  fields: (t) => [
    { kind: 'text', name: 'name', label: t('editing.f.name'), required: true, maxLength: 200 },
    {
      kind: 'reference',
      name: 'organisationId',
      label: t('editing.f.organisation'),
      source: 'organisation',
      required: true,
    },
    { kind: 'reference', name: 'parentId', label: t('editing.f.parentForum'), source: 'forum' },
    ...tagFields(t),
  ],
  read: (n) => ({
    title: str(n, 'name'),
    values: { ...n, organisationId: idOf(n.organisation), parentId: idOf(n.parent) },
  }),
  ...documents({
    load: graphql(`
      query EditForum($id: ID!) {
        node(id: $id) {
          __typename
          ... on Forum {
            id
            version
            archivedAt
            name orientations priorityAreas themes organisation { id } parent { id }
          }
        }
      }
    `),
    create: graphql(`
      mutation CreateForumRecord($input: ForumInput!) {
        result: createForum(input: $input) {
          __typename
          ... on MutationCreateForumSuccess {
            data {
              id
              version
            }
          }
          ...InputProblem
          ...RuleProblem
          ...StaleProblem
        }
      }
    `),
    update: graphql(`
      mutation UpdateForumRecord($id: ID!, $version: Int!, $input: ForumInput!) {
        result: updateForum(id: $id, version: $version, input: $input) {
          __typename
          ... on MutationUpdateForumSuccess {
            data {
              id
              version
            }
          }
          ...InputProblem
          ...RuleProblem
          ...StaleProblem
        }
      }
    `),
  }),
};

export const seatKind: RecordKind = {
  ...seatLinks,
  typename: 'Seat',
  schema: seatInputSchema,
  fields: (t) => [
    {
      kind: 'reference',
      name: 'forumId',
      label: t('editing.f.forum'),
      source: 'forum',
      required: true,
    },
    {
      kind: 'reference',
      name: 'unitId',
      label: t('editing.f.unit'),
      source: 'unit',
      hint: t('editing.f.holderHint'),
    },
    { kind: 'reference', name: 'personId', label: t('editing.f.person'), source: 'person' },
    { kind: 'reference', name: 'projectId', label: t('editing.f.project'), source: 'project' },
    { kind: 'number', name: 'fromYear', label: t('editing.f.fromYear'), min: 1900, max: 2100 },
    { kind: 'number', name: 'toYear', label: t('editing.f.toYear'), min: 1900, max: 2100 },
    { kind: 'text', name: 'listedAs', label: t('editing.f.listedAs'), maxLength: 300 },
    ...tagFields(t),
  ],
  read: (n) => ({
    title: str(n.forum as Node, 'name'),
    values: {
      ...n,
      forumId: idOf(n.forum),
      unitId: idOf(n.unit),
      personId: idOf(n.person),
      projectId: idOf(n.project),
    },
  }),
  ...documents({
    load: graphql(`
      query EditSeat($id: ID!) {
        node(id: $id) {
          __typename
          ... on Seat {
            id
            version
            archivedAt
            fromYear toYear listedAs orientations priorityAreas themes forum { id name } unit { id } person { id } project { id }
          }
        }
      }
    `),
    create: graphql(`
      mutation CreateSeatRecord($input: SeatInput!) {
        result: createSeat(input: $input) {
          __typename
          ... on MutationCreateSeatSuccess {
            data {
              id
              version
            }
          }
          ...InputProblem
          ...RuleProblem
          ...StaleProblem
        }
      }
    `),
    update: graphql(`
      mutation UpdateSeatRecord($id: ID!, $version: Int!, $input: SeatInput!) {
        result: updateSeat(id: $id, version: $version, input: $input) {
          __typename
          ... on MutationUpdateSeatSuccess {
            data {
              id
              version
            }
          }
          ...InputProblem
          ...RuleProblem
          ...StaleProblem
        }
      }
    `),
  }),
};

export const partnerCityKind: RecordKind = {
  ...partnerCityLinks,
  typename: 'PartnerCity',
  schema: partnerCityInputSchema,
  fields: (t) => [
    { kind: 'text', name: 'name', label: t('editing.f.name'), required: true, maxLength: 200 },
    {
      kind: 'text',
      name: 'country',
      label: t('editing.f.country'),
      hint: t('editing.f.countryHint'),
      required: true,
      maxLength: 2,
    },
  ],
  read: (n) => ({ title: str(n, 'name'), values: n }),
  ...documents({
    load: graphql(`
      query EditPartnerCity($id: ID!) {
        node(id: $id) {
          __typename
          ... on PartnerCity {
            id
            version
            archivedAt
            name country
          }
        }
      }
    `),
    create: graphql(`
      mutation CreatePartnerCityRecord($input: PartnerCityInput!) {
        result: createPartnerCity(input: $input) {
          __typename
          ... on MutationCreatePartnerCitySuccess {
            data {
              id
              version
            }
          }
          ...InputProblem
          ...RuleProblem
          ...StaleProblem
        }
      }
    `),
    update: graphql(`
      mutation UpdatePartnerCityRecord($id: ID!, $version: Int!, $input: PartnerCityInput!) {
        result: updatePartnerCity(id: $id, version: $version, input: $input) {
          __typename
          ... on MutationUpdatePartnerCitySuccess {
            data {
              id
              version
            }
          }
          ...InputProblem
          ...RuleProblem
          ...StaleProblem
        }
      }
    `),
  }),
};

export const agreementKind: RecordKind = {
  ...agreementLinks,
  typename: 'Agreement',
  schema: agreementInputSchema,
  fields: (t) => [
    {
      kind: 'reference',
      name: 'partnerCityId',
      label: t('editing.f.partnerCity'),
      source: 'partnerCity',
      required: true,
    },
    {
      kind: 'enum',
      name: 'type',
      label: t('editing.f.agreementType'),
      group: 'agreementType',
      required: true,
    },
    {
      kind: 'enum',
      name: 'status',
      label: t('editing.f.status'),
      group: 'agreementStatus',
      required: true,
    },
    { kind: 'number', name: 'signedYear', label: t('editing.f.signedYear'), min: 1900, max: 2100 },
    { kind: 'date', name: 'validUntil', label: t('editing.f.validUntil') },
    {
      kind: 'textarea',
      name: 'text',
      label: t('editing.f.agreementText'),
      required: true,
      maxLength: 5000,
    },
    {
      kind: 'lines',
      name: 'cooperationAreas',
      label: t('editing.f.cooperationAreas'),
      hint: t('editing.f.linesHint'),
    },
    ...tagFields(t),
  ],
  read: (n) => ({
    title: `${(n.partnerCity as Node).name}: ${n.type}`,
    values: { ...n, partnerCityId: idOf(n.partnerCity) },
  }),
  ...documents({
    load: graphql(`
      query EditAgreement($id: ID!) {
        node(id: $id) {
          __typename
          ... on Agreement {
            id
            version
            archivedAt
            type status signedYear validUntil text cooperationAreas orientations priorityAreas themes partnerCity { id name }
          }
        }
      }
    `),
    create: graphql(`
      mutation CreateAgreementRecord($input: AgreementInput!) {
        result: createAgreement(input: $input) {
          __typename
          ... on MutationCreateAgreementSuccess {
            data {
              id
              version
            }
          }
          ...InputProblem
          ...RuleProblem
          ...StaleProblem
        }
      }
    `),
    update: graphql(`
      mutation UpdateAgreementRecord($id: ID!, $version: Int!, $input: AgreementInput!) {
        result: updateAgreement(id: $id, version: $version, input: $input) {
          __typename
          ... on MutationUpdateAgreementSuccess {
            data {
              id
              version
            }
          }
          ...InputProblem
          ...RuleProblem
          ...StaleProblem
        }
      }
    `),
  }),
};

export const eventSeriesKind: RecordKind = {
  ...eventSeriesLinks,
  typename: 'EventSeries',
  schema: eventSeriesInputSchema,
  fields: (t) => [
    { kind: 'text', name: 'name', label: t('editing.f.name'), required: true, maxLength: 300 },
    {
      kind: 'text',
      name: 'shortName',
      label: t('editing.f.shortName'),
      required: true,
      maxLength: 100,
    },
    { kind: 'text', name: 'place', label: t('editing.f.place'), maxLength: 100 },
    { kind: 'text', name: 'listedAs', label: t('editing.f.listedAs'), maxLength: 300 },
  ],
  read: (n) => ({ title: str(n, 'name'), values: n }),
  ...documents({
    load: graphql(`
      query EditEventSeries($id: ID!) {
        node(id: $id) {
          __typename
          ... on EventSeries {
            id
            version
            archivedAt
            name shortName place listedAs
          }
        }
      }
    `),
    create: graphql(`
      mutation CreateEventSeriesRecord($input: EventSeriesInput!) {
        result: createEventSeries(input: $input) {
          __typename
          ... on MutationCreateEventSeriesSuccess {
            data {
              id
              version
            }
          }
          ...InputProblem
          ...RuleProblem
          ...StaleProblem
        }
      }
    `),
    update: graphql(`
      mutation UpdateEventSeriesRecord($id: ID!, $version: Int!, $input: EventSeriesInput!) {
        result: updateEventSeries(id: $id, version: $version, input: $input) {
          __typename
          ... on MutationUpdateEventSeriesSuccess {
            data {
              id
              version
            }
          }
          ...InputProblem
          ...RuleProblem
          ...StaleProblem
        }
      }
    `),
  }),
};

/** The registry kinds with a form. */
export const REGISTRY_KINDS = [
  unitKind,
  personKind,
  euNetworkContactKind,
  organisationKind,
  membershipKind,
  forumKind,
  seatKind,
  partnerCityKind,
  agreementKind,
  eventSeriesKind,
] as const;
