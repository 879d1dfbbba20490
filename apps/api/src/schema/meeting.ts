import { type MeetingInput, meetingInputSchema, meetingReportInputSchema } from '@malmo/domain';
import { builder, recordFields } from '../builder';
import { Forum } from '../db/forum';
import { type IMeeting, Meeting, MeetingReport } from '../db/meeting';
import { Organisation } from '../db/organisation';
import { PartnerCity } from '../db/partner-city';
import { Person } from '../db/person';
import { Unit } from '../db/unit';
import { recordChange, snapshot } from '../services/audit';
import { MUTATION_ERRORS } from './errors';
import {
  allOf,
  dateBetween,
  findPage,
  idOf,
  includeArchivedArg,
  membersOf,
  orderInput,
  related,
  withinUnit,
} from './list';
import { assertUnitWriter, References, recordMutations, unitOf, validate } from './mutation';
import {
  ForumRef,
  MeetingRef,
  MeetingReportRef,
  OrganisationRef,
  PartnerCityRef,
  PersonRef,
  UnitRef,
} from './refs';
import { demoField } from './tags';

MeetingRef.implement({
  authScopes: { followUp: true },
  description:
    'A meeting of a forum or network, or with a partner city, attended for Malmö; it is reported ' +
    'back to the coordinator at Stadskontoret (R7).',
  fields: (t) => ({
    date: t.expose('date', { type: 'Date' }),
    place: t.exposeString('place'),
    attendeeNote: t.exposeString('attendeeNote', { nullable: true }),
    demo: demoField(t),
    ...recordFields(t),
    forum: t.field({ type: ForumRef, nullable: true, resolve: (m) => related(m.forum) }),
    organisation: t.field({
      type: OrganisationRef,
      nullable: true,
      resolve: (m) => related(m.organisation),
    }),
    partnerCity: t.field({
      type: PartnerCityRef,
      nullable: true,
      resolve: (m) => related(m.partnerCity),
    }),
    unit: t.field({
      type: UnitRef,
      description: 'The unit that answers for the report.',
      resolve: (m) => related(m.unit),
    }),
    attendees: t.loadableList({
      type: PersonRef,
      description: 'Who attended for Malmö.',
      load: membersOf(Meeting, 'attendees', Person),
      resolve: (m) => m.id,
    }),
    report: t.field({
      type: MeetingReportRef,
      nullable: true,
      // A meeting is always read with its report's id (the report owns the relation).
      resolve: (m) => related(m.report),
    }),
  }),
});

MeetingReportRef.implement({
  authScopes: { followUp: true },
  description: 'The report back after a meeting (R7).',
  fields: (t) => ({
    submittedOn: t.expose('submittedOn', { type: 'Date' }),
    summary: t.exposeString('summary'),
    followUps: t.exposeString('followUps', { nullable: true }),
    demo: demoField(t),
    ...recordFields(t),
    meeting: t.field({ type: MeetingRef, resolve: (r) => r.meeting.id }),
  }),
});

const MeetingFilter = builder.inputType('MeetingFilter', {
  fields: (t) => ({
    unitId: t.globalID({ for: UnitRef }),
    withinUnitId: t.globalID({ for: UnitRef, description: 'This unit or a unit under it.' }),
    forumId: t.globalID({ for: ForumRef }),
    organisationId: t.globalID({ for: OrganisationRef }),
    partnerCityId: t.globalID({ for: PartnerCityRef }),
    dateFrom: t.field({ type: 'Date' }),
    dateTo: t.field({ type: 'Date' }),
    reported: t.boolean({ description: 'true: only reported meetings; false: only unreported.' }),
    demo: t.boolean({ description: 'false: leave out demo records.' }),
  }),
});
const MeetingOrder = orderInput(
  'Meeting',
  { DATE: 'date', UNIT: 'unit.name', PLACE: 'place' },
  'Order of meetings.',
);

builder.queryField('meetings', (t) =>
  t.connection({
    authScopes: { followUp: true },
    type: MeetingRef,
    description: 'Meetings of forums and networks, and with partner cities (R7).',
    args: {
      filter: t.arg({ type: MeetingFilter }),
      orderBy: t.arg({ type: MeetingOrder }),
      ...includeArchivedArg(t.arg),
    },
    resolve: async (_root, args, ctx) => {
      const f = args.filter;
      const where = allOf(
        f?.unitId && { unit: idOf(f.unitId) },
        await withinUnit(ctx.em, 'unit', f?.withinUnitId),
        f?.forumId && { forum: idOf(f.forumId) },
        f?.organisationId && { organisation: idOf(f.organisationId) },
        f?.partnerCityId && { partnerCity: idOf(f.partnerCityId) },
        dateBetween('date', f?.dateFrom, f?.dateTo),
        f?.reported === true && { report: { $ne: null } },
        f?.reported === false && { report: null },
        f?.demo != null && { demo: f.demo },
      );
      return findPage(ctx.em, Meeting, args, where, args.orderBy, 'date');
    },
  }),
);

const MeetingInputType = builder.inputType('MeetingInput', {
  description: 'Exactly one of forumId, organisationId and partnerCityId.',
  fields: (t) => ({
    forumId: t.id(),
    organisationId: t.id(),
    partnerCityId: t.id(),
    unitId: t.id({ required: true }),
    date: t.field({ type: 'Date', required: true }),
    place: t.string({ required: true }),
    attendeeIds: t.idList(),
    attendeeNote: t.string(),
  }),
});

recordMutations<IMeeting, MeetingInput>({
  typeName: 'Meeting',
  ref: MeetingRef,
  entity: Meeting,
  input: MeetingInputType,
  schema: meetingInputSchema,
  description: 'a meeting',
  writers: { units: (value, existing) => [unitOf(value.unitId), existing?.unit.id] },
  fields: async (value, refs, tx, existing) => {
    const data = {
      forum: await refs.optional(Forum, 'Forum', value.forumId, 'forumId'),
      organisation: await refs.optional(
        Organisation,
        'Organisation',
        value.organisationId,
        'organisationId',
      ),
      partnerCity: await refs.optional(
        PartnerCity,
        'PartnerCity',
        value.partnerCityId,
        'partnerCityId',
      ),
      unit: await refs.one(Unit, 'Unit', value.unitId, 'unitId'),
      date: value.date,
      place: value.place,
      attendeeNote: value.attendeeNote,
    };
    const attendees = await refs.many(Person, 'Person', value.attendeeIds, 'attendeeIds');
    if (existing) await tx.populate(existing, ['attendees']);
    return { data: { ...data, attendees } };
  },
});

const MeetingReportInputType = builder.inputType('MeetingReportInput', {
  fields: (t) => ({
    meetingId: t.id({ required: true }),
    submittedOn: t.field({ type: 'Date', required: true }),
    summary: t.string({ required: true }),
    followUps: t.string(),
  }),
});

builder.mutationField('submitMeetingReport', (t) =>
  t.field({
    type: MeetingReportRef,
    description: "Files (or corrects) a meeting's report back to the coordinator (R7).",
    errors: { types: MUTATION_ERRORS },
    authScopes: { followUp: true },
    args: { input: t.arg({ type: MeetingReportInputType, required: true }) },
    resolve: (_root, args, ctx) =>
      ctx.em.transactional(async (tx) => {
        const value = validate(meetingReportInputSchema, args.input);
        const refs = new References(tx);
        const meeting = await refs.one(Meeting, 'Meeting', value.meetingId, 'meetingId');
        if (meeting && value.submittedOn < meeting.date) {
          refs.problems.push({
            field: 'submittedOn',
            code: 'BEFORE_MEETING',
            message: 'Rapporten kan inte vara inlämnad före mötet.',
          });
        }
        refs.check();
        assertUnitWriter(ctx, [meeting.unit.id]);
        const fields = {
          submittedOn: value.submittedOn,
          summary: value.summary,
          followUps: value.followUps,
        };
        const existing = await tx.findOne(MeetingReport, { meeting });
        const before = existing ? await snapshot(tx, existing) : null;
        const report = existing ?? tx.create(MeetingReport, { meeting, ...fields } as never);
        if (existing) tx.assign(existing, fields);
        await tx.flush();
        await recordChange(tx, ctx, existing ? 'UPDATE' : 'CREATE', report, before);
        return report;
      }),
  }),
);
