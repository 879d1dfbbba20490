import {
  assessmentInputSchema,
  eventEditionInputSchema,
  legislationWatchInputSchema,
  meetingInputSchema,
  meetingReportInputSchema,
  operationalPlanInputSchema,
  participationInputSchema,
  projectInputSchema,
  secondmentInputSchema,
  supportRequestInputSchema,
  trainingSessionInputSchema,
} from '@malmo/domain';
import { graphql } from '../../../gql';
import { paths } from '../../../paths';
import { documents, type RecordKind } from '../kind';
import type { FormValues, Source } from '../spec';
import { idOf, idsOf, type Node, ownUnit, str, tagFields } from './common';
import {
  assessmentLinks,
  eventEditionLinks,
  legislationLinks,
  meetingLinks,
  meetingReportLinks,
  participationLinks,
  planLinks,
  projectLinks,
  secondmentLinks,
  supportRequestLinks,
  trainingLinks,
} from './links';

// --- projects (R4) ---------------------------------------------------------------------------

export const projectKind: RecordKind = {
  ...projectLinks,
  typename: 'Project',
  schema: projectInputSchema,
  defaults: ownUnit('ownerUnitId'),
  fields: (t) => [
    { kind: 'text', name: 'title', label: t('editing.f.title'), required: true, maxLength: 300 },
    {
      kind: 'reference',
      name: 'ownerUnitId',
      label: t('editing.f.ownerUnit'),
      source: 'unit',
      required: true,
    },
    { kind: 'text', name: 'programme', label: t('editing.f.programme'), maxLength: 200 },
    { kind: 'date', name: 'applicationDeadline', label: t('editing.f.applicationDeadline') },
    { kind: 'date', name: 'startOn', label: t('editing.f.startOn') },
    { kind: 'date', name: 'endOn', label: t('editing.f.endOn') },
    { kind: 'money', name: 'budgetSek', label: t('editing.f.budget'), min: 0 },
    { kind: 'money', name: 'ownContributionSek', label: t('editing.f.ownContribution'), min: 0 },
    { kind: 'money', name: 'euFundingSoughtSek', label: t('editing.f.euSought'), min: 0 },
    { kind: 'money', name: 'euFundingGrantedSek', label: t('editing.f.euGranted'), min: 0 },
    {
      kind: 'textarea',
      name: 'benefit',
      label: t('editing.f.benefit'),
      hint: t('editing.f.analysisHint'),
      maxLength: 5000,
    },
    { kind: 'textarea', name: 'resources', label: t('editing.f.resources'), maxLength: 5000 },
    {
      kind: 'textarea',
      name: 'longTermEffects',
      label: t('editing.f.longTermEffects'),
      maxLength: 5000,
    },
    {
      kind: 'list',
      name: 'partners',
      label: t('editing.f.partners'),
      itemLabel: (i) => t('editing.f.partnerN', { n: i + 1 }),
      addLabel: t('editing.f.addPartner'),
      removeLabel: (i) => t('editing.f.removePartnerN', { n: i + 1 }),
      fields: [
        {
          kind: 'reference',
          name: 'partnerCityId',
          label: t('editing.f.partnerCity'),
          source: 'partnerCity',
        },
        {
          kind: 'reference',
          name: 'organisationId',
          label: t('editing.f.organisation'),
          source: 'organisation',
        },
        {
          kind: 'text',
          name: 'name',
          label: t('editing.f.partnerName'),
          hint: t('editing.f.partnerHint'),
          maxLength: 300,
        },
      ],
    },
    ...tagFields(t),
  ],
  read: (n) => ({
    title: str(n, 'title'),
    values: {
      ...n,
      ownerUnitId: idOf(n.ownerUnit),
      partners: (n.partners as Node[]).map((p) => ({
        partnerCityId: idOf(p.partnerCity),
        organisationId: idOf(p.organisation),
        name: p.name,
      })),
    },
  }),
  ...documents({
    load: graphql(`
      query EditProject($id: ID!) {
        node(id: $id) {
          __typename
          ... on Project {
            id
            version
            archivedAt
            title
            ownerUnit {
              id
            }
            programme
            applicationDeadline
            startOn
            endOn
            budgetSek
            ownContributionSek
            euFundingSoughtSek
            euFundingGrantedSek
            benefit
            resources
            longTermEffects
            partners {
              name
              organisation {
                id
              }
              partnerCity {
                id
              }
            }
            orientations
            priorityAreas
            themes
          }
        }
      }
    `),
    create: graphql(`
      mutation CreateProjectRecord($input: ProjectInput!) {
        result: createProject(input: $input) {
          __typename
          ... on MutationCreateProjectSuccess {
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
      mutation UpdateProjectRecord($id: ID!, $version: Int!, $input: ProjectInput!) {
        result: updateProject(id: $id, version: $version, input: $input) {
          __typename
          ... on MutationUpdateProjectSuccess {
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

// --- operational plans (R5) ------------------------------------------------------------------

const PRIORITY_SOURCES: Record<string, Source> = {
  membership: 'membership',
  project: 'project',
  event_series: 'eventSeries',
  forum: 'forum',
};

export const planKind: RecordKind = {
  ...planLinks,
  typename: 'OperationalPlan',
  schema: operationalPlanInputSchema,
  defaults: ownUnit('unitId'),
  fields: (t) => [
    {
      kind: 'reference',
      name: 'unitId',
      label: t('editing.f.unit'),
      source: 'unit',
      required: true,
    },
    {
      kind: 'number',
      name: 'year',
      label: t('editing.f.year'),
      required: true,
      min: 2000,
      max: 2100,
    },
    { kind: 'date', name: 'adoptedOn', label: t('editing.f.adoptedOn') },
    {
      kind: 'list',
      name: 'priorities',
      label: t('editing.f.priorities'),
      itemLabel: (i) => t('editing.f.priorityN', { n: i + 1 }),
      addLabel: t('editing.f.addPriority'),
      removeLabel: (i) => t('editing.f.removePriorityN', { n: i + 1 }),
      fields: [
        {
          kind: 'enum',
          name: 'targetKind',
          label: t('editing.f.targetKind'),
          group: 'priorityTargetKind',
          required: true,
        },
        {
          kind: 'reference',
          name: 'targetId',
          label: t('editing.f.target'),
          required: true,
          source: (item: FormValues) => PRIORITY_SOURCES[String(item.targetKind)] ?? null,
        },
        {
          kind: 'textarea',
          name: 'reason',
          label: t('editing.f.reason'),
          required: true,
          maxLength: 2000,
        },
        { kind: 'checkbox', name: 'euFundingSought', label: t('editing.f.euFundingSought') },
      ],
    },
  ],
  read: (n) => ({
    title: `${(n.unit as Node).name} ${n.year}`,
    values: {
      ...n,
      unitId: idOf(n.unit),
      priorities: (n.priorities as Node[]).map((p) => ({
        targetKind: p.targetKind,
        targetId: idOf(p.membership ?? p.project ?? p.eventSeries ?? p.forum),
        reason: p.reason,
        euFundingSought: p.euFundingSought,
      })),
    },
  }),
  ...documents({
    load: graphql(`
      query EditOperationalPlan($id: ID!) {
        node(id: $id) {
          __typename
          ... on OperationalPlan {
            id
            version
            archivedAt
            year
            adoptedOn
            unit {
              id
              name
            }
            priorities {
              targetKind
              reason
              euFundingSought
              membership {
                id
              }
              project {
                id
              }
              eventSeries {
                id
              }
              forum {
                id
              }
            }
          }
        }
      }
    `),
    create: graphql(`
      mutation CreateOperationalPlanRecord($input: OperationalPlanInput!) {
        result: createOperationalPlan(input: $input) {
          __typename
          ... on MutationCreateOperationalPlanSuccess {
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
      mutation UpdateOperationalPlanRecord($id: ID!, $version: Int!, $input: OperationalPlanInput!) {
        result: updateOperationalPlan(id: $id, version: $version, input: $input) {
          __typename
          ... on MutationUpdateOperationalPlanSuccess {
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

// --- meetings (R7) ---------------------------------------------------------------------------

export const meetingKind: RecordKind = {
  ...meetingLinks,
  typename: 'Meeting',
  schema: meetingInputSchema,
  defaults: ownUnit('unitId'),
  fields: (t) => [
    {
      kind: 'reference',
      name: 'unitId',
      label: t('editing.f.reportingUnit'),
      source: 'unit',
      required: true,
    },
    { kind: 'date', name: 'date', label: t('editing.f.date'), required: true },
    { kind: 'text', name: 'place', label: t('editing.f.place'), required: true, maxLength: 200 },
    {
      kind: 'reference',
      name: 'forumId',
      label: t('editing.f.forum'),
      source: 'forum',
      hint: t('editing.f.counterpartHint'),
    },
    {
      kind: 'reference',
      name: 'organisationId',
      label: t('editing.f.organisation'),
      source: 'organisation',
    },
    {
      kind: 'reference',
      name: 'partnerCityId',
      label: t('editing.f.partnerCity'),
      source: 'partnerCity',
    },
    {
      kind: 'referenceMulti',
      name: 'attendeeIds',
      label: t('editing.f.attendees'),
      source: 'person',
    },
    { kind: 'text', name: 'attendeeNote', label: t('editing.f.attendeeNote'), maxLength: 500 },
  ],
  read: (n) => ({
    title: `${n.date} ${n.place}`,
    values: {
      ...n,
      unitId: idOf(n.unit),
      forumId: idOf(n.forum),
      organisationId: idOf(n.organisation),
      partnerCityId: idOf(n.partnerCity),
      attendeeIds: idsOf(n.attendees),
    },
  }),
  ...documents({
    load: graphql(`
      query EditMeeting($id: ID!) {
        node(id: $id) {
          __typename
          ... on Meeting {
            id
            version
            archivedAt
            date
            place
            attendeeNote
            unit {
              id
            }
            forum {
              id
            }
            organisation {
              id
            }
            partnerCity {
              id
            }
            attendees {
              id
            }
          }
        }
      }
    `),
    create: graphql(`
      mutation CreateMeetingRecord($input: MeetingInput!) {
        result: createMeeting(input: $input) {
          __typename
          ... on MutationCreateMeetingSuccess {
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
      mutation UpdateMeetingRecord($id: ID!, $version: Int!, $input: MeetingInput!) {
        result: updateMeeting(id: $id, version: $version, input: $input) {
          __typename
          ... on MutationUpdateMeetingSuccess {
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

// --- support requests (R6) -------------------------------------------------------------------

/**
 * A unit asks Stadskontoret for support with a project (R6). The API creates requests and moves
 * them on; it has no update, so the form only creates one and leads back to the project.
 */
export const supportRequestKind: RecordKind = {
  ...supportRequestLinks,
  typename: 'SupportRequest',
  schema: supportRequestInputSchema,
  defaults: (_grant, params) => ({ projectId: params.get('project') }),
  afterCreate: (values) => paths.project(String(values.projectId)),
  fields: (t) => [
    {
      kind: 'reference',
      name: 'projectId',
      label: t('editing.f.project'),
      source: 'project',
      required: true,
    },
    {
      kind: 'enum',
      name: 'kind',
      label: t('editing.f.supportKind'),
      group: 'supportKind',
      required: true,
    },
    { kind: 'date', name: 'requestedOn', label: t('editing.f.requestedOn'), required: true },
    { kind: 'textarea', name: 'note', label: t('editing.f.note'), maxLength: 2000 },
  ],
  read: (n) => ({
    title: str(n.project as Node, 'title'),
    values: { ...n, projectId: idOf(n.project) },
  }),
  ...documents({
    load: graphql(`
      query EditSupportRequest($id: ID!) {
        node(id: $id) {
          __typename
          ... on SupportRequest {
            id
            version
            kind
            requestedOn
            note
            project {
              id
              title
              ownerUnit {
                id
              }
            }
          }
        }
      }
    `),
    create: graphql(`
      mutation CreateSupportRequestRecord($input: SupportRequestInput!) {
        result: createSupportRequest(input: $input) {
          __typename
          ... on MutationCreateSupportRequestSuccess {
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

// --- meeting reports (R7) --------------------------------------------------------------------

export const meetingReportKind: RecordKind = {
  ...meetingReportLinks,
  typename: 'MeetingReport',
  schema: meetingReportInputSchema,
  // A new report starts on the meeting it reports from (`?meeting=<id>`).
  defaults: (_grant, params) => ({ meetingId: params.get('meeting') }),
  fields: (t) => [
    {
      kind: 'reference',
      name: 'meetingId',
      label: t('editing.f.meeting'),
      source: 'meeting',
      required: true,
    },
    { kind: 'date', name: 'submittedOn', label: t('editing.f.submittedOn'), required: true },
    {
      kind: 'textarea',
      name: 'summary',
      label: t('editing.f.summary'),
      required: true,
      maxLength: 5000,
    },
    { kind: 'textarea', name: 'followUps', label: t('editing.f.followUps'), maxLength: 5000 },
  ],
  read: (n) => {
    const meeting = n.meeting as Node;
    return {
      title: `${meeting.date} ${meeting.place}`,
      values: { ...n, meetingId: idOf(meeting) },
    };
  },
  ...documents({
    load: graphql(`
      query EditMeetingReport($id: ID!) {
        node(id: $id) {
          __typename
          ... on MeetingReport {
            id
            version
            archivedAt
            submittedOn
            summary
            followUps
            meeting {
              id
              date
              place
              unit {
                id
              }
            }
          }
        }
      }
    `),
    // The API files a report or corrects the meeting's existing one: there is no update.
    create: graphql(`
      mutation SubmitMeetingReportRecord($input: MeetingReportInput!) {
        result: submitMeetingReport(input: $input) {
          __typename
          ... on MutationSubmitMeetingReportSuccess {
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

// --- secondments (R11) -----------------------------------------------------------------------

export const secondmentKind: RecordKind = {
  ...secondmentLinks,
  typename: 'Secondment',
  schema: secondmentInputSchema,
  defaults: ownUnit('unitId'),
  fields: (t) => [
    {
      kind: 'reference',
      name: 'unitId',
      label: t('editing.f.unit'),
      source: 'unit',
      hint: t('editing.f.hostHint'),
    },
    { kind: 'reference', name: 'personId', label: t('editing.f.person'), source: 'person' },
    {
      kind: 'text',
      name: 'externalOrganisation',
      label: t('editing.f.externalOrganisation'),
      maxLength: 200,
    },
    {
      kind: 'textarea',
      name: 'externalTerms',
      label: t('editing.f.externalTerms'),
      maxLength: 2000,
    },
    {
      kind: 'enum',
      name: 'purpose',
      label: t('editing.f.purpose'),
      group: 'secondmentPurpose',
      required: true,
    },
    { kind: 'date', name: 'startOn', label: t('editing.f.startOn'), required: true },
    { kind: 'date', name: 'endOn', label: t('editing.f.endOn') },
    { kind: 'date', name: 'reportSubmittedOn', label: t('editing.f.reportSubmittedOn') },
  ],
  read: (n) => ({
    title: `${(n.person as Node | null)?.name ?? n.externalOrganisation ?? ''} ${n.startOn}`,
    values: { ...n, unitId: idOf(n.unit), personId: idOf(n.person) },
  }),
  ...documents({
    load: graphql(`
      query EditSecondment($id: ID!) {
        node(id: $id) {
          __typename
          ... on Secondment {
            id
            version
            archivedAt
            externalOrganisation
            externalTerms
            purpose
            startOn
            endOn
            reportSubmittedOn
            unit {
              id
            }
            person {
              id
              name
            }
          }
        }
      }
    `),
    create: graphql(`
      mutation CreateSecondmentRecord($input: SecondmentInput!) {
        result: createSecondment(input: $input) {
          __typename
          ... on MutationCreateSecondmentSuccess {
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
      mutation UpdateSecondmentRecord($id: ID!, $version: Int!, $input: SecondmentInput!) {
        result: updateSecondment(id: $id, version: $version, input: $input) {
          __typename
          ... on MutationUpdateSecondmentSuccess {
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

// --- membership assessments (R8) -------------------------------------------------------------

export const assessmentKind: RecordKind = {
  ...assessmentLinks,
  typename: 'MembershipAssessment',
  schema: assessmentInputSchema,
  fields: (t) => [
    {
      kind: 'reference',
      name: 'membershipId',
      label: t('editing.f.membership'),
      source: 'membership',
      required: true,
    },
    { kind: 'date', name: 'assessedOn', label: t('editing.f.assessedOn'), required: true },
    { kind: 'reference', name: 'assessorId', label: t('editing.f.assessor'), source: 'person' },
    ...(['exchangeQuality', 'influence', 'participation', 'informationUse'] as const).map(
      (criterion) =>
        ({
          kind: 'number',
          name: `scores.${criterion}`,
          label: t(`editing.f.${criterion}`),
          hint: t('editing.f.scoreHint'),
          required: true,
          min: 1,
          max: 5,
        }) as const,
    ),
    { kind: 'money', name: 'feeSek', label: t('editing.f.fee'), required: true, min: 0 },
    {
      kind: 'number',
      name: 'staffHours',
      label: t('editing.f.staffHours'),
      required: true,
      min: 0,
    },
    { kind: 'textarea', name: 'comment', label: t('editing.f.comment'), maxLength: 5000 },
  ],
  read: (n) => ({
    title: `${((n.membership as Node).organisation as Node).name} ${n.assessedOn}`,
    values: {
      ...n,
      membershipId: idOf(n.membership),
      assessorId: idOf(n.assessor),
      scores: {
        exchangeQuality: n.exchangeQuality,
        influence: n.influence,
        participation: n.participation,
        informationUse: n.informationUse,
      },
    },
  }),
  ...documents({
    load: graphql(`
      query EditMembershipAssessment($id: ID!) {
        node(id: $id) {
          __typename
          ... on MembershipAssessment {
            id
            version
            archivedAt
            assessedOn
            exchangeQuality
            influence
            participation
            informationUse
            feeSek
            staffHours
            comment
            membership {
              id
              organisation {
                id
                name
              }
            }
            assessor {
              id
            }
          }
        }
      }
    `),
    create: graphql(`
      mutation CreateMembershipAssessmentRecord($input: MembershipAssessmentInput!) {
        result: createMembershipAssessment(input: $input) {
          __typename
          ... on MutationCreateMembershipAssessmentSuccess {
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
      mutation UpdateMembershipAssessmentRecord(
        $id: ID!
        $version: Int!
        $input: MembershipAssessmentInput!
      ) {
        result: updateMembershipAssessment(id: $id, version: $version, input: $input) {
          __typename
          ... on MutationUpdateMembershipAssessmentSuccess {
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

// --- event editions and participations (R10) -------------------------------------------------

export const eventEditionKind: RecordKind = {
  ...eventEditionLinks,
  typename: 'EventEdition',
  schema: eventEditionInputSchema,
  fields: (t) => [
    {
      kind: 'reference',
      name: 'seriesId',
      label: t('editing.f.series'),
      source: 'eventSeries',
      required: true,
    },
    {
      kind: 'number',
      name: 'year',
      label: t('editing.f.year'),
      required: true,
      min: 2000,
      max: 2100,
    },
    { kind: 'date', name: 'startsOn', label: t('editing.f.startsOn'), required: true },
    { kind: 'date', name: 'endsOn', label: t('editing.f.endsOn'), required: true },
    { kind: 'text', name: 'place', label: t('editing.f.place'), required: true, maxLength: 200 },
  ],
  read: (n) => ({
    title: `${(n.series as Node).name} ${n.year}`,
    values: { ...n, seriesId: idOf(n.series) },
  }),
  ...documents({
    load: graphql(`
      query EditEventEdition($id: ID!) {
        node(id: $id) {
          __typename
          ... on EventEdition {
            id
            version
            archivedAt
            year
            startsOn
            endsOn
            place
            series {
              id
              name
            }
          }
        }
      }
    `),
    create: graphql(`
      mutation CreateEventEditionRecord($input: EventEditionInput!) {
        result: createEventEdition(input: $input) {
          __typename
          ... on MutationCreateEventEditionSuccess {
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
      mutation UpdateEventEditionRecord($id: ID!, $version: Int!, $input: EventEditionInput!) {
        result: updateEventEdition(id: $id, version: $version, input: $input) {
          __typename
          ... on MutationUpdateEventEditionSuccess {
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

export const participationKind: RecordKind = {
  ...participationLinks,
  typename: 'Participation',
  schema: participationInputSchema,
  defaults: ownUnit('unitId'),
  fields: (t) => [
    {
      kind: 'reference',
      name: 'editionId',
      label: t('editing.f.edition'),
      source: 'eventEdition',
      required: true,
    },
    {
      kind: 'reference',
      name: 'unitId',
      label: t('editing.f.unit'),
      source: 'unit',
      required: true,
    },
    {
      kind: 'number',
      name: 'delegates',
      label: t('editing.f.delegates'),
      required: true,
      min: 1,
      max: 500,
    },
    {
      kind: 'textarea',
      name: 'purpose',
      label: t('editing.f.purpose'),
      required: true,
      maxLength: 1000,
    },
    { kind: 'money', name: 'costSek', label: t('editing.f.cost'), required: true, min: 0 },
    {
      kind: 'number',
      name: 'contactsGained',
      label: t('editing.f.contactsGained'),
      required: true,
      min: 0,
    },
    { kind: 'textarea', name: 'outcome', label: t('editing.f.outcome'), maxLength: 5000 },
    ...tagFields(t),
  ],
  read: (n) => ({
    title: `${(n.unit as Node).name}, ${((n.edition as Node).series as Node).name} ${(n.edition as Node).year}`,
    values: { ...n, editionId: idOf(n.edition), unitId: idOf(n.unit) },
  }),
  ...documents({
    load: graphql(`
      query EditParticipation($id: ID!) {
        node(id: $id) {
          __typename
          ... on Participation {
            id
            version
            archivedAt
            delegates
            purpose
            costSek
            contactsGained
            outcome
            orientations
            priorityAreas
            themes
            unit {
              id
              name
            }
            edition {
              id
              year
              series {
                id
                name
              }
            }
          }
        }
      }
    `),
    create: graphql(`
      mutation CreateParticipationRecord($input: ParticipationInput!) {
        result: createParticipation(input: $input) {
          __typename
          ... on MutationCreateParticipationSuccess {
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
      mutation UpdateParticipationRecord($id: ID!, $version: Int!, $input: ParticipationInput!) {
        result: updateParticipation(id: $id, version: $version, input: $input) {
          __typename
          ... on MutationUpdateParticipationSuccess {
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

// --- legislation watch (R9) and training (R6) ------------------------------------------------

export const legislationKind: RecordKind = {
  ...legislationLinks,
  typename: 'LegislationWatch',
  schema: legislationWatchInputSchema,
  fields: (t) => [
    { kind: 'text', name: 'title', label: t('editing.f.title'), required: true, maxLength: 300 },
    {
      kind: 'text',
      name: 'reference',
      label: t('editing.f.reference'),
      hint: t('editing.f.referenceHint'),
      maxLength: 100,
    },
    {
      kind: 'enum',
      name: 'status',
      label: t('editing.f.status'),
      group: 'legislationStatus',
      required: true,
    },
    {
      kind: 'reference',
      name: 'ownerUnitId',
      label: t('editing.f.ownerUnit'),
      source: 'unit',
      required: true,
    },
    {
      kind: 'referenceMulti',
      name: 'affectedUnitIds',
      label: t('editing.f.affectedUnits'),
      source: 'unit',
    },
    { kind: 'textarea', name: 'analysis', label: t('editing.f.analysis'), maxLength: 5000 },
    { kind: 'date', name: 'nextReviewOn', label: t('editing.f.nextReviewOn') },
    ...tagFields(t).slice(1),
  ],
  read: (n) => ({
    title: str(n, 'title'),
    values: { ...n, ownerUnitId: idOf(n.ownerUnit), affectedUnitIds: idsOf(n.affectedUnits) },
  }),
  ...documents({
    load: graphql(`
      query EditLegislationWatch($id: ID!) {
        node(id: $id) {
          __typename
          ... on LegislationWatch {
            id
            version
            archivedAt
            title
            reference
            status
            analysis
            nextReviewOn
            priorityAreas
            themes
            ownerUnit {
              id
            }
            affectedUnits {
              id
            }
          }
        }
      }
    `),
    create: graphql(`
      mutation CreateLegislationWatchRecord($input: LegislationWatchInput!) {
        result: createLegislationWatch(input: $input) {
          __typename
          ... on MutationCreateLegislationWatchSuccess {
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
      mutation UpdateLegislationWatchRecord(
        $id: ID!
        $version: Int!
        $input: LegislationWatchInput!
      ) {
        result: updateLegislationWatch(id: $id, version: $version, input: $input) {
          __typename
          ... on MutationUpdateLegislationWatchSuccess {
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

export const trainingKind: RecordKind = {
  ...trainingLinks,
  typename: 'TrainingSession',
  schema: trainingSessionInputSchema,
  fields: (t) => [
    {
      kind: 'enum',
      name: 'topic',
      label: t('editing.f.topic'),
      group: 'trainingTopic',
      required: true,
    },
    { kind: 'text', name: 'title', label: t('editing.f.title'), required: true, maxLength: 300 },
    { kind: 'date', name: 'heldOn', label: t('editing.f.heldOn'), required: true },
    { kind: 'text', name: 'place', label: t('editing.f.place'), maxLength: 200 },
    {
      kind: 'referenceMulti',
      name: 'participantIds',
      label: t('editing.f.participants'),
      source: 'person',
    },
  ],
  read: (n) => ({
    title: str(n, 'title'),
    values: { ...n, participantIds: idsOf(n.participants) },
  }),
  ...documents({
    load: graphql(`
      query EditTrainingSession($id: ID!) {
        node(id: $id) {
          __typename
          ... on TrainingSession {
            id
            version
            archivedAt
            topic
            title
            heldOn
            place
            participants {
              id
            }
          }
        }
      }
    `),
    create: graphql(`
      mutation CreateTrainingSessionRecord($input: TrainingSessionInput!) {
        result: createTrainingSession(input: $input) {
          __typename
          ... on MutationCreateTrainingSessionSuccess {
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
      mutation UpdateTrainingSessionRecord($id: ID!, $version: Int!, $input: TrainingSessionInput!) {
        result: updateTrainingSession(id: $id, version: $version, input: $input) {
          __typename
          ... on MutationUpdateTrainingSessionSuccess {
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

/** Every kind with a form, by its key. */
export const WORKFLOW_KINDS = [
  projectKind,
  planKind,
  meetingKind,
  meetingReportKind,
  supportRequestKind,
  secondmentKind,
  assessmentKind,
  eventEditionKind,
  participationKind,
  legislationKind,
  trainingKind,
] as const;
