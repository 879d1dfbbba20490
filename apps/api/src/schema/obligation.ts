import {
  filterLedger,
  label,
  type Obligation,
  type ObligationSubject,
  type StateCounts,
  summariseLedger,
  todayInMalmo,
  waiveObligationInputSchema,
  worstFirst,
} from '@malmo/domain';
import { resolveArrayConnection } from '@pothos/plugin-relay';
import type { Context } from '../builder';
import { builder, recordFields } from '../builder';
import type { IObligationWaiver } from '../db/obligation';
import { DemoRun, ObligationWaiver } from '../db/obligation';
import { recordChange, snapshot } from '../services/audit';
import { ledgerOn } from '../services/ledger';
import { ObligationKindEnum, ObligationStateEnum } from './enums';
import { InputError, MUTATION_ERRORS } from './errors';
import { calendarDate, idOf } from './list';
import { validate } from './mutation';
import {
  AgreementRef,
  MeetingRef,
  MembershipRef,
  PartnerCityRef,
  ProjectRef,
  SeatRef,
  SecondmentRef,
  UnitRef,
} from './refs';
import { demoField } from './tags';

const SubjectEnum = builder.enumType('ObligationSubject', {
  description: 'What kind of record an obligation is about.',
  values: Object.fromEntries(
    (
      [
        'meeting',
        'secondment',
        'unit',
        'project',
        'agreement',
        'membership',
        'seat',
        'partner_city',
      ] as const
    ).map((value) => [value.toUpperCase(), { value }]),
  ) as Record<Uppercase<ObligationSubject>, { value: ObligationSubject }>,
});

const WaiverInfo = builder
  .objectRef<NonNullable<Obligation['waiver']>>('ObligationWaiverInfo')
  .implement({
    authScopes: { followUp: true },
    fields: (t) => ({
      reason: t.exposeString('reason'),
      waivedOn: t.expose('waivedOn', { type: 'Date' }),
      waivedBy: t.exposeString('waivedBy', { nullable: true }),
    }),
  });

/** The subject's id when the obligation is about that kind of record, else null. */
function subjectOf(kind: ObligationSubject) {
  return (o: Obligation) => (o.subject === kind ? o.subjectId : null);
}

export const ObligationType = builder.objectRef<Obligation>('Obligation').implement({
  authScopes: { followUp: true },
  description:
    'A duty the strategy imposes, with its owner unit, due date and state on the ledger’s day.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable; a waiver refers to it.' }),
    kind: t.expose('kind', { type: ObligationKindEnum }),
    rule: t.exposeString('rule', { description: 'The rule that imposes it, e.g. "R7".' }),
    state: t.expose('state', { type: ObligationStateEnum }),
    year: t.exposeInt('year', { nullable: true }),
    dueOn: t.expose('dueOn', { type: 'Date', nullable: true }),
    fulfilledOn: t.expose('fulfilledOn', { type: 'Date', nullable: true }),
    waiver: t.field({ type: WaiverInfo, nullable: true, resolve: (o) => o.waiver }),
    subject: t.expose('subject', { type: SubjectEnum }),
    ownerUnit: t.field({ type: UnitRef, nullable: true, resolve: (o) => o.ownerUnitId }),
    meeting: t.field({ type: MeetingRef, nullable: true, resolve: subjectOf('meeting') }),
    secondment: t.field({ type: SecondmentRef, nullable: true, resolve: subjectOf('secondment') }),
    unit: t.field({ type: UnitRef, nullable: true, resolve: subjectOf('unit') }),
    project: t.field({ type: ProjectRef, nullable: true, resolve: subjectOf('project') }),
    agreement: t.field({ type: AgreementRef, nullable: true, resolve: subjectOf('agreement') }),
    membership: t.field({ type: MembershipRef, nullable: true, resolve: subjectOf('membership') }),
    seat: t.field({ type: SeatRef, nullable: true, resolve: subjectOf('seat') }),
    partnerCity: t.field({
      type: PartnerCityRef,
      nullable: true,
      resolve: subjectOf('partner_city'),
    }),
  }),
});

const ObligationFilter = builder.inputType('ObligationFilter', {
  fields: (t) => ({
    unitIds: t.globalIDList({ for: UnitRef, description: 'Owner units.' }),
    kinds: t.field({ type: [ObligationKindEnum] }),
    states: t.field({ type: [ObligationStateEnum] }),
    dueFrom: t.field({ type: 'Date' }),
    dueTo: t.field({ type: 'Date' }),
  }),
});

const StateCountsType = builder.objectRef<StateCounts>('ObligationStateCounts').implement({
  authScopes: { followUp: true },
  fields: (t) => ({
    overdue: t.exposeInt('overdue'),
    due: t.exposeInt('due'),
    fulfilled: t.exposeInt('fulfilled'),
    waived: t.exposeInt('waived'),
  }),
});

type UnitSummary = ReturnType<typeof summariseLedger>['byUnit'][number];
export const UnitSummaryType = builder.objectRef<UnitSummary>('ObligationUnitSummary').implement({
  authScopes: { followUp: true },
  fields: (t) => ({
    ownerUnit: t.field({ type: UnitRef, nullable: true, resolve: (u) => u.ownerUnitId }),
    total: t.exposeInt('total'),
    byState: t.field({ type: StateCountsType, resolve: (u) => u.byState }),
  }),
});
const SummaryType = builder
  .objectRef<ReturnType<typeof summariseLedger> & { asOf: string }>('ObligationSummary')
  .implement({
    authScopes: { followUp: true },
    fields: (t) => ({
      asOf: t.expose('asOf', { type: 'Date' }),
      total: t.exposeInt('total'),
      byState: t.field({ type: StateCountsType, resolve: (s) => s.byState }),
      byUnit: t.field({
        type: [UnitSummaryType],
        description: 'Per owner unit, the most overdue first.',
        resolve: (s) => worstFirst(s.byUnit),
      }),
    }),
  });

interface LedgerArgs {
  asOf?: string | null;
  filter?: {
    unitIds?: { id: string | number }[] | null;
    kinds?: readonly Obligation['kind'][] | null;
    states?: readonly Obligation['state'][] | null;
    dueFrom?: string | null;
    dueTo?: string | null;
  } | null;
}

/** The ledger's day and filter the arguments ask for (checked: a bad date is the client's). */
function ledgerQuery(args: LedgerArgs) {
  const f = args.filter;
  return {
    asOf: calendarDate(args.asOf, 'asOf') ?? todayInMalmo(),
    filter: {
      unitIds: f?.unitIds?.map((id) => idOf(id) ?? null) ?? null,
      kinds: f?.kinds ?? null,
      states: f?.states ?? null,
      dueFrom: calendarDate(f?.dueFrom, 'dueFrom') ?? null,
      dueTo: calendarDate(f?.dueTo, 'dueTo') ?? null,
    },
  };
}

async function filteredLedger({ asOf, filter }: ReturnType<typeof ledgerQuery>, ctx: Context) {
  const ledger = await ledgerOn(
    ctx.em,
    { asOf, meetingReportDays: ctx.settings.meetingReportDays },
    ctx.cache,
  );
  return filterLedger(ledger, filter);
}

const AS_OF = {
  type: 'Date',
  description: 'The day the ledger is read on (default: today in Malmö).',
} as const;

builder.queryFields((t) => ({
  obligations: t.connection({
    authScopes: { followUp: true },
    type: ObligationType,
    description:
      'The obligations ledger: every duty the strategy imposes, computed from the records ' +
      '(overdue first, then due, fulfilled and waived; earliest due date first).',
    args: { asOf: t.arg(AS_OF), filter: t.arg({ type: ObligationFilter }) },
    resolve: async (_root, args, ctx) => {
      const obligations = await filteredLedger(ledgerQuery(args as LedgerArgs), ctx);
      const connection = await resolveArrayConnection(
        { args, defaultSize: 50, maxSize: 1000 },
        obligations,
      );
      return { ...connection, totalCount: obligations.length };
    },
  }),
  obligationSummary: t.field({
    authScopes: { followUp: true },
    type: SummaryType,
    description: 'Counts per state, overall and per owner unit.',
    args: { asOf: t.arg(AS_OF), filter: t.arg({ type: ObligationFilter }) },
    resolve: async (_root, args, ctx) => {
      const query = ledgerQuery(args as LedgerArgs);
      // Counted once per data version, day, report window and filter.
      const key = JSON.stringify([query, ctx.settings.meetingReportDays]);
      return ctx.cache.get(ctx.em, 'obligationSummary', key, async () => ({
        asOf: query.asOf,
        ...summariseLedger(await filteredLedger(query, ctx)),
      }));
    },
  }),
}));

const LedgerSettings = builder
  .objectRef<{ today: string; meetingReportDays: number; demoAsOf: string | null }>(
    'LedgerSettings',
  )
  .implement({
    authScopes: { followUp: true },
    fields: (t) => ({
      today: t.expose('today', { type: 'Date', description: 'Today in Malmö.' }),
      meetingReportDays: t.exposeInt('meetingReportDays', {
        description: 'Days after a meeting before its missing report is overdue (R7).',
      }),
      demoAsOf: t.expose('demoAsOf', {
        type: 'Date',
        nullable: true,
        description:
          'When the registry holds demo activity: the day that activity is meant to be read on.',
      }),
    }),
  });

builder.queryField('ledgerSettings', (t) =>
  t.field({
    authScopes: { followUp: true },
    type: LedgerSettings,
    resolve: async (_root, _args, ctx) => {
      const [demo] = await ctx.em.find(DemoRun, {}, { orderBy: { id: 'desc' }, limit: 1 });
      return {
        today: todayInMalmo(),
        meetingReportDays: ctx.settings.meetingReportDays,
        demoAsOf: demo?.asOf ?? null,
      };
    },
  }),
);

const WaiverType = builder.objectRef<IObligationWaiver>('ObligationWaiver').implement({
  authScopes: { followUp: true },
  description: 'A recorded decision not to fulfil one duty, with its reason.',
  fields: (t) => ({
    id: t.exposeID('id'),
    obligationKey: t.exposeString('obligationKey'),
    reason: t.exposeString('reason'),
    waivedOn: t.expose('waivedOn', { type: 'Date' }),
    waivedBy: t.exposeString('waivedBy', { nullable: true }),
    revokedOn: t.expose('revokedOn', { type: 'Date', nullable: true }),
    revokedBy: t.exposeString('revokedBy', { nullable: true }),
    demo: demoField(t),
    ...recordFields(t),
  }),
});

builder.queryField('obligationWaivers', (t) =>
  t.field({
    authScopes: { followUp: true },
    type: [WaiverType],
    description: 'Every waiver ever recorded for an obligation (or all), newest first.',
    args: { obligationKey: t.arg.string() },
    resolve: (_root, args, ctx) =>
      ctx.em.find(
        ObligationWaiver,
        args.obligationKey ? { obligationKey: args.obligationKey } : {},
        { orderBy: { waivedOn: 'desc', id: 'desc' }, limit: 1000 },
      ),
  }),
);

const WaiveInput = builder.inputType('WaiveObligationInput', {
  fields: (t) => ({
    obligationKey: t.string({ required: true }),
    reason: t.string({
      required: true,
      description: 'Why the duty is waived (at least 10 characters).',
    }),
    waivedOn: t.field({ type: 'Date', description: 'Default: today in Malmö.' }),
  }),
});

builder.mutationFields((t) => ({
  waiveObligation: t.field({
    type: WaiverType,
    description: 'Waives an open duty of the ledger, with a reason that is kept.',
    errors: { types: MUTATION_ERRORS },
    authScopes: { admin: true },
    args: { input: t.arg({ type: WaiveInput, required: true }) },
    resolve: (_root, args, ctx) =>
      ctx.em.transactional(async (tx) => {
        const value = validate(waiveObligationInputSchema, args.input);
        const waivedOn = value.waivedOn ?? todayInMalmo();
        const ledger = await ledgerOn(
          tx,
          { asOf: waivedOn, meetingReportDays: ctx.settings.meetingReportDays },
          ctx.cache,
        );
        const target = ledger.find((o) => o.key === value.obligationKey);
        if (!target || target.state === 'fulfilled' || target.state === 'waived') {
          const why = !target
            ? 'Det finns ingen sådan skyldighet i registret den dagen.'
            : `Skyldigheten är redan ${label('sv', 'obligationState', target.state).toLowerCase()}.`;
          throw new InputError([{ field: 'obligationKey', code: 'NOT_OPEN', message: why }]);
        }
        const waiver = tx.create(ObligationWaiver, {
          obligationKey: value.obligationKey,
          reason: value.reason,
          waivedOn,
          waivedBy: ctx.viewer?.email ?? null,
        } as never);
        await tx.flush();
        await recordChange(tx, ctx, 'WAIVE', waiver, null);
        return waiver;
      }),
  }),
  revokeObligationWaiver: t.field({
    type: WaiverType,
    description: 'Withdraws a waiver; the duty is open again. The waiver stays on record.',
    errors: { types: MUTATION_ERRORS },
    authScopes: { admin: true },
    args: { id: t.arg.id({ required: true }), revokedOn: t.arg({ type: 'Date' }) },
    resolve: (_root, args, ctx) =>
      ctx.em.transactional(async (tx) => {
        const id = /^\d{1,10}$/.test(String(args.id)) ? Number(args.id) : 0;
        const waiver = await tx.findOne(ObligationWaiver, { id, revokedOn: null });
        if (!waiver) {
          throw new InputError([
            {
              field: 'id',
              code: 'NOT_FOUND',
              message: 'Det finns inget gällande undantag med det id:t.',
            },
          ]);
        }
        const revokedOn = calendarDate(args.revokedOn, 'revokedOn') ?? todayInMalmo();
        if (revokedOn < waiver.waivedOn) {
          throw new InputError([
            {
              field: 'revokedOn',
              code: 'BEFORE_WAIVER',
              message: 'Ett undantag kan inte återkallas före den dag det gavs.',
            },
          ]);
        }
        const before = await snapshot(tx, waiver);
        tx.assign(waiver, {
          revokedOn,
          revokedBy: ctx.viewer?.email ?? null,
        });
        await tx.flush();
        await recordChange(tx, ctx, 'REVOKE', waiver, before);
        return waiver;
      }),
  }),
}));
