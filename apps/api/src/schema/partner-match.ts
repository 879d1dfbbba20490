import { type RankedPartner, rankPartners, todayInMalmo } from '@malmo/domain';
import { builder } from '../builder';
import { partnerCandidates } from '../services/partners';
import { OrientationEnum, PriorityAreaEnum, ThemeEnum } from './enums';
import { ForumRef, OrganisationRef, PartnerCityRef } from './refs';

const CandidateKind = builder.enumType('PartnerCandidateKind', {
  values: {
    PARTNER_CITY: { value: 'partner_city' },
    ORGANISATION: { value: 'organisation' },
    FORUM: { value: 'forum' },
  } as const,
});
const Criterion = builder.enumType('PartnerRankCriterion', {
  description: 'What placed a candidate below the next-higher one.',
  values: {
    OVERLAP: { value: 'overlap', description: 'Thematic overlap with the need.' },
    TIES: { value: 'ties', description: 'Existing agreements, memberships and seats.' },
    REGIONAL: { value: 'regional', description: 'Involvement of Öresund/South Sweden actors.' },
    GEOGRAPHY: { value: 'geography', description: 'Distance, which only breaks ties.' },
    NAME: { value: 'name', description: 'Alphabetical, when all else is equal.' },
  } as const,
});

const Overlap = builder.objectRef<RankedPartner['overlap']>('PartnerOverlap').implement({
  authScopes: { followUp: true },
  fields: (t) => ({
    themes: t.field({ type: [ThemeEnum], resolve: (o) => o.themes }),
    priorityAreas: t.field({ type: [PriorityAreaEnum], resolve: (o) => o.priorityAreas }),
    orientation: t.field({ type: OrientationEnum, nullable: true, resolve: (o) => o.orientation }),
    total: t.exposeInt('total'),
  }),
});

const Match = builder.objectRef<RankedPartner>('PartnerMatch').implement({
  authScopes: { followUp: true },
  description: 'A ranked partner candidate and why it ranks where it does (R3).',
  fields: (t) => ({
    rank: t.exposeInt('rank'),
    kind: t.field({ type: CandidateKind, resolve: (m) => m.candidate.kind }),
    name: t.string({ resolve: (m) => m.candidate.name }),
    partnerCity: t.field({
      type: PartnerCityRef,
      nullable: true,
      resolve: (m) => (m.candidate.kind === 'partner_city' ? m.candidate.id : null),
    }),
    organisation: t.field({
      type: OrganisationRef,
      nullable: true,
      resolve: (m) => (m.candidate.kind === 'organisation' ? m.candidate.id : null),
    }),
    forum: t.field({
      type: ForumRef,
      nullable: true,
      resolve: (m) => (m.candidate.kind === 'forum' ? m.candidate.id : null),
    }),
    overlap: t.field({ type: Overlap, resolve: (m) => m.overlap }),
    activeTies: t.exposeInt('activeTies'),
    regionalActors: t.exposeInt('regionalActors'),
    decidedBy: t.field({ type: Criterion, resolve: (m) => m.decidedBy }),
    reasons: t.exposeStringList('reasons', { description: 'In Swedish, for display.' }),
  }),
});

const NeedInput = builder.inputType('PartnerNeedInput', {
  fields: (t) => ({
    themes: t.field({ type: [ThemeEnum] }),
    priorityAreas: t.field({ type: [PriorityAreaEnum] }),
    orientation: t.field({ type: OrientationEnum }),
    kinds: t.field({ type: [CandidateKind], description: 'Only these kinds of candidate.' }),
  }),
});

builder.queryField('partnerMatches', (t) =>
  t.field({
    authScopes: { followUp: true },
    type: [Match],
    description:
      'R3 Subject before geography: candidates ranked by thematic overlap, then existing ties, ' +
      'then Öresund/South Sweden actors; geography only breaks ties.',
    args: {
      need: t.arg({ type: NeedInput, required: true }),
      first: t.arg.int({ defaultValue: 20 }),
    },
    resolve: async (_root, args, ctx) => {
      const kinds = args.need.kinds ?? [];
      // The candidates are the same for every need (on a day): kept, and ranked per request.
      const today = todayInMalmo();
      const all = await ctx.cache.get(ctx.em, 'partnerCandidates', today, () =>
        partnerCandidates(ctx.em, today),
      );
      const candidates = all.filter((c) => kinds.length === 0 || kinds.includes(c.kind));
      const ranked = rankPartners(
        {
          themes: [...new Set(args.need.themes ?? [])],
          priorityAreas: [...new Set(args.need.priorityAreas ?? [])],
          orientation: args.need.orientation ?? null,
        },
        candidates,
      );
      return ranked.slice(0, Math.min(Math.max(args.first ?? 20, 0), 200));
    },
  }),
);
