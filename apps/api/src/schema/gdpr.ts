import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { builder } from '../builder';
import { type ErasureOutcome, erasePerson, exportPersonalData } from '../services/gdpr';
import { InputError, MUTATION_ERRORS } from './errors';
import { JSONRef } from './json';
import { decodeId, validate } from './mutation';
import { PersonRef } from './refs';

const ErasureModeEnum = builder.enumType('ErasureMode', {
  description: 'How a person is removed from the registry.',
  values: {
    ERASE: {
      value: 'erase',
      description:
        'Delete the person; kept records lose the reference, attendance and EU-network rows go.',
    },
    PSEUDONYMISE: {
      value: 'pseudonymise',
      description:
        'Keep the record and every reference under a random pseudonym; clear the e-mail.',
    },
  } as const,
});

const ErasePersonInput = builder.inputType('ErasePersonInput', {
  fields: (t) => ({
    personId: t.id({ required: true, description: 'The Person to erase or pseudonymise.' }),
    mode: t.field({ type: ErasureModeEnum, required: true }),
    reason: t.string({
      required: true,
      description: 'Why, e.g. the request it answers (at least 10 characters; not stored).',
    }),
  }),
});

const erasePersonInputSchema = z.object({
  personId: z.string().trim().min(1),
  mode: z.enum(['erase', 'pseudonymise']),
  reason: z.string().trim().min(10).max(1000),
});

type ErasureCounts = ErasureOutcome['counts'];
const ErasureCountsType = builder.objectRef<ErasureCounts>('PersonErasureCounts').implement({
  description:
    'The references the person had, per kind. PSEUDONYMISE kept them all; ERASE cleared the ' +
    'person from seats, secondments and assessments and deleted meeting attendance, training ' +
    'participation and EU-network contact rows.',
  fields: (t) => ({
    seats: t.exposeInt('seats'),
    meetingAttendances: t.exposeInt('meetingAttendances'),
    secondments: t.exposeInt('secondments'),
    assessments: t.exposeInt('assessments', { description: 'Assessments the person made.' }),
    trainingParticipations: t.exposeInt('trainingParticipations'),
    euNetworkContacts: t.exposeInt('euNetworkContacts'),
    textMentions: t.exposeInt('textMentions', {
      description:
        'Text fields elsewhere (seat lines and keys, notes, summaries, waivers) that named the ' +
        'person, held the e-mail or the key; rewritten.',
    }),
  }),
});

type Erasure = ErasureOutcome & { personGlobalId: string; reason: string };
const PersonErasureType = builder.objectRef<Erasure>('PersonErasure').implement({
  description:
    'What an erasure did. Nothing with personal data is logged: keep this result with the ' +
    'request it answers.',
  fields: (t) => ({
    mode: t.field({ type: ErasureModeEnum, resolve: (e) => e.mode }),
    personId: t.id({
      description: 'The person’s id (no longer resolvable after ERASE).',
      resolve: (e) => e.personGlobalId,
    }),
    person: t.field({
      type: PersonRef,
      nullable: true,
      description: 'The pseudonymised person; null after ERASE.',
      resolve: (e) => (e.mode === 'pseudonymise' ? e.personId : null),
    }),
    pseudonym: t.string({
      nullable: true,
      description: 'The new name after PSEUDONYMISE.',
      resolve: (e) => e.pseudonym,
    }),
    reason: t.exposeString('reason'),
    performedAt: t.field({ type: 'DateTime', resolve: (e) => e.performedAt }),
    counts: t.field({ type: ErasureCountsType, resolve: (e) => e.counts }),
    matchingAccounts: t.exposeInt('matchingAccounts', {
      description:
        'Sign-in accounts with the person’s e-mail. Neither mode changes them: close them ' +
        'through account administration.',
    }),
  }),
});

builder.queryField('personalData', (t) =>
  t.field({
    type: JSONRef,
    nullable: true,
    authScopes: { admin: true },
    description:
      'Everything the registry holds about one person (GDPR access request), as one JSON ' +
      'document: the person, EU-network contacts, seats, meetings attended, secondments, ' +
      'assessments made, training sessions, sign-in accounts with the same e-mail (never a ' +
      "password hash), free-text mentions, the history of the person's record (old and new values), " +
      'and `exportedAt`. Null for an unknown person.',
    args: { personId: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => {
      const id = decodeId('Person', String(args.personId));
      if (id == null) {
        throw new GraphQLError('Ogiltigt id.', { extensions: { code: 'BAD_USER_INPUT' } });
      }
      return exportPersonalData(ctx.em, id);
    },
  }),
);

builder.mutationField('erasePerson', (t) =>
  t.field({
    type: PersonErasureType,
    errors: { types: MUTATION_ERRORS },
    authScopes: { admin: true },
    description:
      'Erases or pseudonymises a person (GDPR), in one transaction. PSEUDONYMISE replaces the ' +
      'name with a random pseudonym, clears the e-mail, gives a pseudonymous key and keeps every reference. ' +
      'ERASE deletes the person: seats keep their forum, unit and project, secondments their ' +
      'unit and dates, assessments their scores (the person cleared); meeting attendance and ' +
      'training participation rows go, the meetings and sessions stay. EU-network contact rows ' +
      'are deleted too, and since they (like the person and the seat lines) come from the ' +
      'annex, importing the annex again re-creates them unless the annex file itself is ' +
      'changed. Both modes rewrite the full name, e-mail and key in free text elsewhere. ' +
      'Sign-in accounts are not changed.',
    args: { input: t.arg({ type: ErasePersonInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const value = validate(erasePersonInputSchema, args.input);
      const id = decodeId('Person', value.personId);
      if (id == null) {
        throw new InputError([{ field: 'personId', code: 'INVALID_ID', message: 'Ogiltigt id.' }]);
      }
      const outcome = await erasePerson(ctx.em, id, value.mode, {
        reason: value.reason,
        accountId: ctx.viewer?.accountId ?? null,
      });
      if (!outcome) {
        throw new InputError([
          { field: 'personId', code: 'NOT_FOUND', message: 'Posten finns inte.' },
        ]);
      }
      return { ...outcome, personGlobalId: value.personId, reason: value.reason };
    },
  }),
);
