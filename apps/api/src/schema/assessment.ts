import {
  type AssessmentInput,
  assessmentCost,
  assessmentInputSchema,
  assessmentScore,
  type MembershipValuePoint,
  membershipValue,
  valueForMoney,
} from '@malmo/domain';
import { builder, recordFields } from '../builder';
import { type IMembershipAssessment, MembershipAssessment } from '../db/assessment';
import { Membership } from '../db/organisation';
import { Person } from '../db/person';
import {
  allOf,
  childrenBy,
  dateBetween,
  findPage,
  idOf,
  includeArchivedArg,
  orderInput,
  related,
} from './list';
import { recordMutations } from './mutation';
import { MembershipAssessmentRef, MembershipRef, PersonRef } from './refs';
import { demoField } from './tags';

function scoresOf(a: IMembershipAssessment) {
  return {
    exchange_quality: a.exchangeQuality,
    influence: a.influence,
    participation: a.participation,
    information_use: a.informationUse,
  };
}

MembershipAssessmentRef.implement({
  authScopes: { followUp: true },
  description: "A dated assessment of a membership on the strategy's four criteria (R8).",
  fields: (t) => ({
    assessedOn: t.expose('assessedOn', { type: 'Date' }),
    exchangeQuality: t.exposeInt('exchangeQuality', {
      description: 'Quality of the exchange of experience, 1–5.',
    }),
    influence: t.exposeInt('influence', { description: 'Possibility of influence, 1–5.' }),
    participation: t.exposeInt('participation', {
      description: "Malmö's own level of participation, 1–5.",
    }),
    informationUse: t.exposeInt('informationUse', { description: 'Use of the information, 1–5.' }),
    feeSek: t.exposeFloat('feeSek'),
    staffHours: t.exposeInt('staffHours'),
    costSek: t.float({
      description: 'The year’s cost: the fee plus staff time (R8).',
      resolve: (a) => assessmentCost(a),
    }),
    score: t.float({
      description: 'Value index 0–100 (R8).',
      resolve: (a) => assessmentScore(scoresOf(a)),
    }),
    valueForMoney: t.float({
      nullable: true,
      description: 'Index points per 100 000 SEK.',
      resolve: (a) => valueForMoney(assessmentScore(scoresOf(a)), assessmentCost(a)),
    }),
    comment: t.exposeString('comment', { nullable: true }),
    demo: demoField(t),
    ...recordFields(t),
    membership: t.field({ type: MembershipRef, resolve: (a) => a.membership.id }),
    assessor: t.field({ type: PersonRef, nullable: true, resolve: (a) => related(a.assessor) }),
  }),
});

const ValuePoint = builder.objectRef<MembershipValuePoint>('MembershipValuePoint').implement({
  authScopes: { followUp: true },
  description: "A membership's value at one point in time (R8).",
  fields: (t) => ({
    year: t.exposeInt('year'),
    assessedOn: t.expose('assessedOn', { type: 'Date' }),
    score: t.exposeFloat('score'),
    costSek: t.exposeFloat('costSek'),
    valueForMoney: t.exposeFloat('valueForMoney', { nullable: true }),
    change: t.exposeFloat('change', { nullable: true }),
  }),
});

const MembershipValueType = builder
  .objectRef<ReturnType<typeof membershipValue>>('MembershipValue')
  .implement({
    authScopes: { followUp: true },
    description: 'A membership’s value now and over time, comparable across memberships (R8).',
    fields: (t) => ({
      latest: t.field({ type: ValuePoint, nullable: true, resolve: (v) => v.latest }),
      change: t.exposeFloat('change', { nullable: true }),
      trend: t.field({ type: [ValuePoint], resolve: (v) => v.trend }),
    }),
  });

builder.objectFields(MembershipRef, (t) => ({
  assessments: t.loadableGroup({
    type: MembershipAssessmentRef,
    authScopes: { followUp: true },
    description: 'Assessments, oldest first (R8).',
    ...childrenBy(MembershipAssessment, 'membership', { assessedOn: 'asc' }),
    resolve: (membership) => membership.id,
  }),
  value: t.loadable({
    type: MembershipValueType,
    authScopes: { followUp: true },
    description: 'The value index from the assessments and their cost (R8).',
    load: async (ids: number[], ctx) => {
      const rows = await ctx.em.find(
        MembershipAssessment,
        // Archived assessments are out of the value, as they are out of the assessments list.
        { membership: { $in: ids }, archivedAt: null },
        { orderBy: { assessedOn: 'asc', id: 'asc' } },
      );
      return ids.map((id) =>
        membershipValue(
          rows
            .filter((a) => a.membership.id === id)
            .map((a) => ({
              assessedOn: a.assessedOn,
              scores: scoresOf(a),
              feeSek: a.feeSek,
              staffHours: a.staffHours,
            })),
        ),
      );
    },
    resolve: (membership) => membership.id,
  }),
}));

const AssessmentFilter = builder.inputType('MembershipAssessmentFilter', {
  fields: (t) => ({
    membershipId: t.globalID({ for: MembershipRef }),
    assessedFrom: t.field({ type: 'Date' }),
    assessedTo: t.field({ type: 'Date' }),
    demo: t.boolean({ description: 'false: leave out demo records.' }),
  }),
});
const AssessmentOrder = orderInput(
  'MembershipAssessment',
  { ASSESSED_ON: 'assessedOn', MEMBERSHIP: 'membership.organisation.name', FEE: 'feeSek' },
  'Order of membership assessments.',
);

builder.queryField('membershipAssessments', (t) =>
  t.connection({
    authScopes: { followUp: true },
    type: MembershipAssessmentRef,
    description: 'Assessments of memberships (R8).',
    args: {
      filter: t.arg({ type: AssessmentFilter }),
      orderBy: t.arg({ type: AssessmentOrder }),
      ...includeArchivedArg(t.arg),
    },
    resolve: (_root, args, ctx) => {
      const f = args.filter;
      const where = allOf(
        f?.membershipId && { membership: idOf(f.membershipId) },
        dateBetween('assessedOn', f?.assessedFrom, f?.assessedTo),
        f?.demo != null && { demo: f.demo },
      );
      return findPage(ctx.em, MembershipAssessment, args, where, args.orderBy, 'assessedOn');
    },
  }),
);

const ScoresInput = builder.inputType('AssessmentScoresInput', {
  description: 'Each criterion scored 1–5.',
  fields: (t) => ({
    exchangeQuality: t.int({ required: true }),
    influence: t.int({ required: true }),
    participation: t.int({ required: true }),
    informationUse: t.int({ required: true }),
  }),
});
const AssessmentInputType = builder.inputType('MembershipAssessmentInput', {
  fields: (t) => ({
    membershipId: t.id({ required: true }),
    assessedOn: t.field({ type: 'Date', required: true }),
    assessorId: t.id(),
    scores: t.field({ type: ScoresInput, required: true }),
    feeSek: t.float({ required: true }),
    staffHours: t.int({ required: true }),
    comment: t.string(),
  }),
});

recordMutations<IMembershipAssessment, AssessmentInput>({
  typeName: 'MembershipAssessment',
  ref: MembershipAssessmentRef,
  entity: MembershipAssessment,
  input: AssessmentInputType,
  schema: assessmentInputSchema,
  description: 'an assessment of a membership',
  writers: 'analyst',
  fields: async (value, refs) => ({
    data: {
      membership: await refs.one(Membership, 'Membership', value.membershipId, 'membershipId'),
      assessor: await refs.optional(Person, 'Person', value.assessorId, 'assessorId'),
      assessedOn: value.assessedOn,
      ...value.scores,
      feeSek: value.feeSek,
      staffHours: value.staffHours,
      comment: value.comment,
    },
  }),
});
