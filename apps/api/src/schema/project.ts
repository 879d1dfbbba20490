import {
  canTransition,
  checkProjectSubmission,
  isAnalysisComplete,
  label,
  type ProjectInput,
  projectInputSchema,
  projectTransitionInputSchema,
  SUPPORT_TRANSITIONS,
  type SupportState,
  supportRequestInputSchema,
  supportRequestTransitionInputSchema,
  todayInMalmo,
} from '@malmo/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { builder, recordFields } from '../builder';
import { Seat } from '../db/forum';
import { Organisation } from '../db/organisation';
import { PartnerCity } from '../db/partner-city';
import { OperationalPlan, PlanPriority } from '../db/plan';
import {
  type IProject,
  type IProjectPartner,
  Project,
  ProjectPartner,
  SupportRequest,
} from '../db/project';
import { Unit } from '../db/unit';
import { recordChange, snapshot } from '../services/audit';
import { ProjectStateEnum, SupportKindEnum, SupportStateEnum } from './enums';
import { MUTATION_ERRORS, RuleViolation } from './errors';
import {
  allOf,
  checkYear,
  childrenBy,
  dateBetween,
  findPage,
  idOf,
  includeArchivedArg,
  oneOf,
  orderInput,
  related,
  textSearch,
  withinUnit,
} from './list';
import {
  assertUnitWriter,
  checkVersion,
  findForUpdate,
  References,
  recordMutations,
  unitOf,
  validate,
} from './mutation';
import {
  OrganisationRef,
  PartnerCityRef,
  ProjectRef,
  SeatRef,
  SupportRequestRef,
  UnitRef,
} from './refs';
import { demoField, scopeFilterFields, tagConditions, tagFields, tagInputFields } from './tags';

const ProjectPartnerType = builder.objectRef<IProjectPartner>('ProjectPartner').implement({
  description: 'A partner in a project: a partner city, an organisation, or another party by name.',
  fields: (t) => ({
    partnerCity: t.field({
      type: PartnerCityRef,
      nullable: true,
      resolve: (p) => related(p.partnerCity),
    }),
    organisation: t.field({
      type: OrganisationRef,
      nullable: true,
      resolve: (p) => related(p.organisation),
    }),
    name: t.exposeString('name', {
      nullable: true,
      description: 'A partner outside the registry.',
    }),
  }),
});

ProjectRef.implement({
  description: 'A transnational project; its owner unit answers for it (R4).',
  fields: (t) => ({
    key: t.exposeString('key'),
    title: t.exposeString('title'),
    programme: t.exposeString('programme', { nullable: true }),
    state: t.expose('state', { type: ProjectStateEnum }),
    stateChangedOn: t.expose('stateChangedOn', { type: 'Date', nullable: true }),
    submittedOn: t.expose('submittedOn', {
      type: 'Date',
      nullable: true,
      description: 'The day the application went out (R4).',
    }),
    ...tagFields(t),
    budgetSek: t.exposeFloat('budgetSek', { nullable: true }),
    ownContributionSek: t.exposeFloat('ownContributionSek', { nullable: true }),
    euFundingSoughtSek: t.exposeFloat('euFundingSoughtSek', { nullable: true }),
    euFundingGrantedSek: t.exposeFloat('euFundingGrantedSek', { nullable: true }),
    benefit: t.exposeString('benefit', { nullable: true }),
    resources: t.exposeString('resources', { nullable: true }),
    longTermEffects: t.exposeString('longTermEffects', { nullable: true }),
    analysisComplete: t.boolean({
      description: 'R4: benefit, resources and long-term effects are all described.',
      resolve: (project) =>
        isAnalysisComplete({
          benefit: project.benefit ?? null,
          resources: project.resources ?? null,
          longTermEffects: project.longTermEffects ?? null,
        }),
    }),
    analysisCompletedOn: t.expose('analysisCompletedOn', { type: 'Date', nullable: true }),
    applicationDeadline: t.expose('applicationDeadline', { type: 'Date', nullable: true }),
    startOn: t.expose('startOn', { type: 'Date', nullable: true }),
    endOn: t.expose('endOn', { type: 'Date', nullable: true }),
    demo: demoField(t),
    ...recordFields(t),
    ownerUnit: t.field({
      type: UnitRef,
      nullable: true,
      resolve: (project) => related(project.ownerUnit),
    }),
    partners: t.loadableGroup({
      type: ProjectPartnerType,
      ...childrenBy(ProjectPartner, 'project', { position: 'asc' }),
      resolve: (project) => project.id,
    }),
    supportRequests: t.loadableGroup({
      type: SupportRequestRef,
      authScopes: { followUp: true },
      description: 'Requests to Stadskontoret for support (R6).',
      ...childrenBy(SupportRequest, 'project', { requestedOn: 'asc' }),
      resolve: (project) => project.id,
    }),
    seats: t.loadableGroup({
      type: SeatRef,
      description: 'Forum seats held through this project.',
      ...childrenBy(Seat, 'project', { forum: { name: 'asc' } }),
      resolve: (project) => project.id,
    }),
  }),
});

SupportRequestRef.implement({
  authScopes: { followUp: true },
  description: 'A request to Stadskontoret for support with a project (R6).',
  fields: (t) => ({
    kind: t.expose('kind', { type: SupportKindEnum }),
    state: t.expose('state', { type: SupportStateEnum }),
    requestedOn: t.expose('requestedOn', { type: 'Date' }),
    closedOn: t.expose('closedOn', { type: 'Date', nullable: true }),
    note: t.exposeString('note', { nullable: true }),
    demo: demoField(t),
    ...recordFields(t),
    project: t.field({ type: ProjectRef, resolve: (request) => request.project.id }),
  }),
});

const ProjectFilter = builder.inputType('ProjectFilter', {
  fields: (t) => ({
    search: t.string({ description: 'Text in the title or programme.' }),
    ownerUnitId: t.globalID({ for: UnitRef }),
    states: t.field({ type: [ProjectStateEnum] }),
    analysisComplete: t.boolean(),
    startFrom: t.field({ type: 'Date', description: 'Starts on or after this day.' }),
    startTo: t.field({ type: 'Date' }),
    // Running: see projectActiveIn.
    ...scopeFilterFields(t, 'Running'),
    demo: t.boolean({ description: 'false: leave out demo records.' }),
  }),
});
const ProjectOrder = orderInput(
  'Project',
  {
    TITLE: 'title',
    OWNER_UNIT: 'ownerUnit.name',
    STATE: 'state',
    BUDGET: 'budgetSek',
    START: 'startOn',
    APPLICATION_DEADLINE: 'applicationDeadline',
  },
  'Order of projects.',
);

/**
 * Running at some time in the years from–to: from its start (or, before it has one, its
 * application deadline) to its end (or that start or deadline). An undated idea is in any range.
 * The engagement dashboard dates projects the same way.
 */
function projectActiveIn(from: number | null | undefined, to: number | null | undefined) {
  const last = checkYear(to, 'activeTo') != null ? `${to}-12-31` : null;
  const first = checkYear(from, 'activeFrom') != null ? `${from}-01-01` : null;
  return allOf(
    last != null && {
      $or: [
        { startOn: { $lte: last } },
        { startOn: null, applicationDeadline: { $lte: last } },
        { startOn: null, applicationDeadline: null },
      ],
    },
    first != null && {
      $or: [
        { endOn: { $gte: first } },
        { endOn: null, startOn: { $gte: first } },
        { endOn: null, startOn: null, applicationDeadline: { $gte: first } },
        { endOn: null, startOn: null, applicationDeadline: null },
      ],
    },
  );
}

/** An analysis counts as complete when all three texts are set (blank ones are stored as null). */
const ANALYSIS_COMPLETE = {
  benefit: { $ne: null },
  resources: { $ne: null },
  longTermEffects: { $ne: null },
};

builder.queryField('projects', (t) =>
  t.connection({
    type: ProjectRef,
    args: {
      filter: t.arg({ type: ProjectFilter }),
      orderBy: t.arg({ type: ProjectOrder }),
      ...includeArchivedArg(t.arg),
    },
    resolve: async (_root, args, ctx) => {
      const f = args.filter;
      const where = allOf(
        textSearch(f?.search, ['title', 'programme']),
        f?.ownerUnitId && { ownerUnit: idOf(f.ownerUnitId) },
        f?.unitless === true && { ownerUnit: null },
        f?.unitless === false && { ownerUnit: { $ne: null } },
        await withinUnit(ctx.em, 'ownerUnit', f?.withinUnitId),
        projectActiveIn(f?.activeFrom, f?.activeTo),
        oneOf('state', f?.states),
        ...tagConditions(f?.tags),
        f?.analysisComplete === true && ANALYSIS_COMPLETE,
        f?.analysisComplete === false && {
          $or: [{ benefit: null }, { resources: null }, { longTermEffects: null }],
        },
        dateBetween('startOn', f?.startFrom, f?.startTo),
        f?.demo != null && { demo: f.demo },
      );
      return findPage(ctx.em, Project, args, where, args.orderBy, 'title');
    },
  }),
);

const ProjectPartnerInput = builder.inputType('ProjectPartnerInput', {
  description: 'Exactly one of the three.',
  fields: (t) => ({
    partnerCityId: t.id(),
    organisationId: t.id(),
    name: t.string(),
  }),
});
const ProjectInputType = builder.inputType('ProjectInput', {
  fields: (t) => ({
    title: t.string({ required: true }),
    ownerUnitId: t.id({ required: true }),
    programme: t.string(),
    partners: t.field({ type: [ProjectPartnerInput] }),
    ...tagInputFields(t),
    budgetSek: t.float(),
    ownContributionSek: t.float(),
    euFundingSoughtSek: t.float(),
    euFundingGrantedSek: t.float(),
    benefit: t.string(),
    resources: t.string(),
    longTermEffects: t.string(),
    applicationDeadline: t.field({ type: 'Date' }),
    startOn: t.field({ type: 'Date' }),
    endOn: t.field({ type: 'Date' }),
  }),
});

/** States before the application goes out, in which the owner unit may still change. */
const OPEN_STATES = ['idea', 'preparing_application'];

recordMutations<IProject, ProjectInput>({
  typeName: 'Project',
  ref: ProjectRef,
  entity: Project,
  input: ProjectInputType,
  schema: projectInputSchema,
  description: 'a project',
  writers: {
    units: (value, existing) => [
      unitOf(value.ownerUnitId),
      ...(existing ? [existing.ownerUnit?.id ?? null] : []),
    ],
  },
  key: { from: (value) => value.title, fallback: 'projekt' },
  fields: async (value, refs, tx, existing) => {
    const ownerUnit = await refs.one(Unit, 'Unit', value.ownerUnitId, 'ownerUnitId');
    if (
      existing &&
      ownerUnit &&
      existing.ownerUnit?.id !== ownerUnit.id &&
      !OPEN_STATES.includes(existing.state)
    ) {
      // The R4 gate checked the owner's plan; moving the project afterwards would undo that.
      throw new RuleViolation(
        'R4',
        [
          {
            field: 'ownerUnitId',
            code: 'OWNER_LOCKED',
            message: 'Ägaren kan inte bytas efter att ansökan har lämnats in.',
          },
        ],
        'Projektets ägare kan inte bytas efter att ansökan har lämnats in.',
      );
    }
    const partners = await Promise.all(
      value.partners.map(async (partner, index) => ({
        partnerCity: await refs.optional(
          PartnerCity,
          'PartnerCity',
          partner.partnerCityId,
          `partners.${index}.partnerCityId`,
        ),
        organisation: await refs.optional(
          Organisation,
          'Organisation',
          partner.organisationId,
          `partners.${index}.organisationId`,
        ),
        name: partner.name ?? null,
      })),
    );
    const complete = isAnalysisComplete(value);
    const { ownerUnitId: _owner, partners: _partners, ...plain } = value;
    return {
      data: {
        ...plain,
        ownerUnit,
        ...(existing ? {} : { state: 'idea' }),
        // The day the analysis became complete is kept; it goes if the analysis is emptied again.
        analysisCompletedOn: complete ? (existing?.analysisCompletedOn ?? todayInMalmo()) : null,
      },
      attach: async (project) => {
        if (existing) await tx.nativeDelete(ProjectPartner, { project: project.id });
        partners.forEach((partner, position) => {
          tx.create(ProjectPartner, { project, position, ...partner } as never);
        });
      },
    };
  },
});

const ProjectTransitionInput = builder.inputType('ProjectTransitionInput', {
  fields: (t) => ({
    projectId: t.id({ required: true }),
    version: t.int({ required: true }),
    to: t.field({ type: ProjectStateEnum, required: true }),
    on: t.field({ type: 'Date', required: true, description: 'The day of the change.' }),
  }),
});

/** R4: the owner unit's plans, with the projects each lists, for the gate. */
async function ownerPlans(tx: EntityManager, unitId: number) {
  const priorities = await tx.find(
    PlanPriority,
    { plan: { unit: unitId }, project: { $ne: null } },
    { populate: ['plan'] },
  );
  const plans = await tx.find(OperationalPlan, { unit: unitId });
  return plans.map((plan) => ({
    year: plan.year,
    priorityProjectIds: priorities
      .filter((p) => p.plan.id === plan.id && p.project)
      .map((p) => (p.project as { id: number }).id),
  }));
}

builder.mutationField('transitionProject', (t) =>
  t.field({
    type: ProjectRef,
    description:
      'Moves a project along its lifecycle. Reaching SUBMITTED needs the project in the owner ' +
      "unit's plan for that year and a complete benefit analysis (R4).",
    errors: { types: MUTATION_ERRORS },
    authScopes: { followUp: true },
    args: { input: t.arg({ type: ProjectTransitionInput, required: true }) },
    resolve: (_root, args, ctx) =>
      ctx.em.transactional(async (tx) => {
        const { version, ...raw } = args.input;
        const value = validate(projectTransitionInputSchema, raw);
        const refs = new References(tx);
        const found = await refs.one(Project, 'Project', value.projectId, 'projectId');
        refs.check();
        const project = await findForUpdate(tx, Project, found.id);
        assertUnitWriter(ctx, [project.ownerUnit?.id ?? null]);
        await checkVersion(tx, project, version, { state: value.to });
        const before = await snapshot(tx, project);
        if (!canTransition(project.state, value.to)) {
          throw new RuleViolation(
            'R4',
            [
              {
                field: 'to',
                code: 'TRANSITION_NOT_ALLOWED',
                message: `Ett projekt kan inte gå från ”${label('sv', 'projectState', project.state)}” till ”${label('sv', 'projectState', value.to)}”.`,
              },
            ],
            'Projektets status kan inte ändras så.',
          );
        }
        if (value.to === 'submitted') {
          const owner = project.ownerUnit
            ? await tx.findOne(Unit, { id: project.ownerUnit.id })
            : null;
          const violations = checkProjectSubmission({
            project: {
              id: project.id,
              ownerUnitId: owner?.id ?? null,
              year: Number(value.on.slice(0, 4)),
              benefit: project.benefit ?? null,
              resources: project.resources ?? null,
              longTermEffects: project.longTermEffects ?? null,
            },
            ownerUnitName: owner?.name ?? null,
            ownerPlans: owner ? await ownerPlans(tx, owner.id) : [],
          });
          if (violations.length) {
            throw new RuleViolation(
              'R4',
              violations,
              'Ansökan kan inte lämnas in förrän projektet finns i verksamhetsplanen och nyttoanalysen är klar.',
            );
          }
        }
        tx.assign(project, {
          state: value.to,
          stateChangedOn: value.on,
          ...(value.to === 'submitted' ? { submittedOn: value.on } : {}),
          // The gate has just seen the analysis complete, so it existed on the day of
          // submission: a save stamped later (today's date) must not make R4 overdue.
          ...(value.to === 'submitted' &&
          (project.analysisCompletedOn == null || project.analysisCompletedOn > value.on)
            ? { analysisCompletedOn: value.on }
            : {}),
        });
        await tx.flush();
        await recordChange(tx, ctx, 'TRANSITION', project, before);
        return project;
      }),
  }),
);

const SupportRequestInputType = builder.inputType('SupportRequestInput', {
  fields: (t) => ({
    projectId: t.id({ required: true }),
    kind: t.field({ type: SupportKindEnum, required: true }),
    requestedOn: t.field({ type: 'Date', required: true }),
    note: t.string(),
  }),
});

builder.mutationField('createSupportRequest', (t) =>
  t.field({
    type: SupportRequestRef,
    description: 'Asks Stadskontoret for support with a project (R6).',
    errors: { types: MUTATION_ERRORS },
    authScopes: { followUp: true },
    args: { input: t.arg({ type: SupportRequestInputType, required: true }) },
    resolve: (_root, args, ctx) =>
      ctx.em.transactional(async (tx) => {
        const value = validate(supportRequestInputSchema, args.input);
        const refs = new References(tx);
        const project = await refs.one(Project, 'Project', value.projectId, 'projectId');
        refs.check();
        assertUnitWriter(ctx, [project.ownerUnit?.id ?? null]);
        const request = tx.create(SupportRequest, {
          project,
          kind: value.kind,
          requestedOn: value.requestedOn,
          note: value.note,
        } as never);
        await tx.flush();
        await recordChange(tx, ctx, 'CREATE', request, null);
        return request;
      }),
  }),
);

const SupportRequestTransitionInput = builder.inputType('SupportRequestTransitionInput', {
  fields: (t) => ({
    supportRequestId: t.id({ required: true }),
    version: t.int({ required: true }),
    to: t.field({ type: SupportStateEnum, required: true }),
    on: t.field({ type: 'Date', required: true }),
  }),
});

builder.mutationField('transitionSupportRequest', (t) =>
  t.field({
    type: SupportRequestRef,
    description: 'Moves a support request on: in progress, done or declined.',
    errors: { types: MUTATION_ERRORS },
    // Stadskontoret handles the requests.
    authScopes: { admin: true },
    args: { input: t.arg({ type: SupportRequestTransitionInput, required: true }) },
    resolve: (_root, args, ctx) =>
      ctx.em.transactional(async (tx) => {
        const { version, ...raw } = args.input;
        const value = validate(supportRequestTransitionInputSchema, raw);
        const refs = new References(tx);
        const found = await refs.one(
          SupportRequest,
          'SupportRequest',
          value.supportRequestId,
          'supportRequestId',
        );
        refs.check();
        const request = await findForUpdate(tx, SupportRequest, found.id);
        await checkVersion(tx, request, version, { state: value.to });
        const before = await snapshot(tx, request);
        if (!SUPPORT_TRANSITIONS[request.state as SupportState].includes(value.to)) {
          throw new RuleViolation(
            'R6',
            [
              {
                field: 'to',
                code: 'TRANSITION_NOT_ALLOWED',
                message: `En begäran kan inte gå från ”${label('sv', 'supportState', request.state)}” till ”${label('sv', 'supportState', value.to)}”.`,
              },
            ],
            'Begärans status kan inte ändras så.',
          );
        }
        const closed = value.to === 'done' || value.to === 'declined';
        tx.assign(request, { state: value.to, closedOn: closed ? value.on : null });
        await tx.flush();
        await recordChange(tx, ctx, 'TRANSITION', request, before);
        return request;
      }),
  }),
);
