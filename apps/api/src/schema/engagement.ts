import { type EngagementTagsInput, engagementTagsInputSchema } from '@malmo/domain';
import { type EntityName, LockMode, wrap } from '@mikro-orm/core';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../builder';
import { Participation } from '../db/event-series';
import { Forum, Seat } from '../db/forum';
import { Membership } from '../db/organisation';
import { Agreement } from '../db/partner-city';
import { Project } from '../db/project';
import { recordChange, snapshot } from '../services/audit';
import { InputError, MUTATION_ERRORS } from './errors';
import { checkVersion, validate } from './mutation';
import {
  AgreementRef,
  ForumRef,
  MembershipRef,
  ParticipationRef,
  PersonRef,
  ProjectRef,
  SeatRef,
} from './refs';
import { demoField, tagFields, tagInputFields } from './tags';

// R1: every engagement carries its orientations, priority areas and themes.
builder.objectFields(MembershipRef, (t) => ({ ...tagFields(t) }));
builder.objectFields(SeatRef, (t) => ({ ...tagFields(t), demo: demoField(t) }));
builder.objectFields(AgreementRef, (t) => ({ ...tagFields(t), demo: demoField(t) }));
builder.objectFields(ForumRef, (t) => ({ ...tagFields(t) }));
builder.objectFields(PersonRef, (t) => ({
  leftOn: t.expose('leftOn', {
    type: 'Date',
    nullable: true,
    description: "The day the person left (or leaves) the city's service.",
  }),
  demo: demoField(t),
}));

type Tagged = { version: number; updatedAt: Date; orientations: string[] };
const TAGGABLE: Record<string, EntityName<Tagged>> = {
  Membership: Membership as EntityName<Tagged>,
  Seat: Seat as EntityName<Tagged>,
  Agreement: Agreement as EntityName<Tagged>,
  Forum: Forum as EntityName<Tagged>,
  Project: Project as EntityName<Tagged>,
  Participation: Participation as EntityName<Tagged>,
};

const EngagementTagsInputType = builder.inputType('EngagementTagsInput', {
  fields: (t) => ({
    id: t.id({
      required: true,
      description: 'A membership, seat, agreement, forum, project or participation.',
    }),
    version: t.int({ required: true }),
    ...tagInputFields(t),
  }),
});

const TaggedEngagement = builder.unionType('TaggedEngagement', {
  description: 'An engagement that carries R1/R3 tags.',
  types: [MembershipRef, SeatRef, AgreementRef, ForumRef, ProjectRef, ParticipationRef],
  resolveType: (row) => wrap(row as object, true).__meta.className,
});

builder.mutationField('setEngagementTags', (t) =>
  t.field({
    type: TaggedEngagement,
    description: 'Sets the orientations, priority areas and themes (R1, R3) of an engagement.',
    errors: { types: MUTATION_ERRORS },
    authScopes: { admin: true },
    args: { input: t.arg({ type: EngagementTagsInputType, required: true }) },
    resolve: (_root, args, ctx) =>
      ctx.em.transactional(async (tx) => {
        const { version, ...raw } = args.input;
        const value: EngagementTagsInput = validate(engagementTagsInputSchema, raw);
        let target: { typename: string; id: string } | null = null;
        try {
          target = decodeGlobalID(value.id);
        } catch {
          target = null;
        }
        const entity = target ? TAGGABLE[target.typename] : undefined;
        const row =
          entity && target && /^\d{1,10}$/.test(target.id)
            ? await tx.findOne(entity, { id: Number(target.id) } as never, {
                // Locked like findForUpdate: a concurrent save meets StaleVersion, not a 500.
                lockMode: LockMode.PESSIMISTIC_WRITE,
                refresh: true,
              })
            : null;
        if (!row) {
          throw new InputError([
            { field: 'id', code: 'NOT_FOUND', message: 'Det finns inget engagemang med det id:t.' },
          ]);
        }
        await checkVersion(tx, row as Tagged & { id: number }, version, raw);
        const before = await snapshot(tx, row);
        tx.assign(row, {
          orientations: value.orientations,
          priorityAreas: value.priorityAreas,
          themes: value.themes,
        } as never);
        await tx.flush();
        await recordChange(tx, ctx, 'UPDATE', row, before);
        // One of the union's members: TAGGABLE holds exactly those entities.
        return row as never;
      }),
  }),
);
