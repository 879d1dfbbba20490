import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../builder';
import { SEARCH_DOCUMENTS, type SearchKind } from '../db/search';
import { type SearchHit, search } from '../services/search';

const SCREAMING: Record<SearchKind, string> = {
  Person: 'PERSON',
  Unit: 'UNIT',
  Organisation: 'ORGANISATION',
  PartnerCity: 'PARTNER_CITY',
  Project: 'PROJECT',
  Forum: 'FORUM',
};

export const SearchKindEnum = builder.enumType('SearchKind', {
  description: 'The kinds of record the search finds.',
  values: Object.fromEntries(
    SEARCH_DOCUMENTS.map((document) => [SCREAMING[document.kind], { value: document.kind }]),
  ) as Record<string, { value: SearchKind }>,
});

const SearchHitRef = builder.objectRef<SearchHit>('SearchHit').implement({
  description: 'A record the search found, best first.',
  fields: (t) => ({
    kind: t.field({ type: SearchKindEnum, resolve: (hit) => hit.kind }),
    recordId: t.id({
      description: "The record's global id (its page's address); no need to load the record.",
      resolve: (hit) => encodeGlobalID(hit.kind, hit.id),
    }),
    record: t.node({
      description: 'The record itself (one batched load per kind).',
      id: (hit) => ({ id: hit.id, type: hit.kind }),
    }),
    title: t.exposeString('title', { description: 'What the record is called.' }),
    context: t.exposeString('context', {
      nullable: true,
      description: "Where it belongs: a person's unit, a forum's organisation, a city's country …",
    }),
    score: t.exposeFloat('score', { description: 'Relevance (ts_rank); higher is better.' }),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHitRef],
    description:
      'Full-text search across the registry (Swedish stemming, prefixes as one types, accents ' +
      'ignored), ranked; a match in what a record is called counts most. Archived records are ' +
      'left out. Every word must match.',
    args: {
      text: t.arg.string({ required: true }),
      first: t.arg.int({ defaultValue: 10 }),
      kinds: t.arg({ type: [SearchKindEnum], required: false }),
    },
    resolve: (_root, args, ctx) =>
      search(ctx.em, args.text.slice(0, 200), {
        first: Math.min(Math.max(args.first ?? 10, 0), 50),
        kinds: args.kinds ?? null,
      }),
  }),
);
