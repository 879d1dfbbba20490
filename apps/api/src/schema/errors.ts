import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../builder';
import { JSONRef } from './json';

/** One field's problem, as the form should show it next to that field. */
export interface FieldProblem {
  /** Dotted path into the input, e.g. `priorities.0.reason`. */
  field: string;
  code: string;
  message: string;
}

/** The input broke a validation rule or named a record that does not exist. */
export class InputError extends Error {
  constructor(
    readonly fields: FieldProblem[],
    message = 'Uppgifterna behöver rättas innan de kan sparas.',
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** The input is valid, but a rule of the strategy forbids the change (e.g. R4). */
export class RuleViolation extends Error {
  constructor(
    readonly rule: string,
    readonly fields: FieldProblem[],
    message: string,
  ) {
    super(message);
    this.name = 'RuleViolation';
  }
}

/** One field someone else changed after the client read the record. */
export interface StaleField {
  field: string;
  /** The value when the client read the record (at its version). */
  read: unknown;
  /** The value stored now. */
  stored: unknown;
  /** What the client tried to save in that field, when the input has it. */
  yours: unknown;
}

/** Someone saved the record after the client read it; nothing was overwritten. */
export class StaleVersion extends Error {
  constructor(
    readonly currentVersion: number,
    readonly updatedAt: Date,
    readonly changes: StaleField[] = [],
  ) {
    super('Posten har ändrats av någon annan sedan du öppnade den. Läs in den igen.');
    this.name = 'StaleVersion';
  }
}

/** A record cannot be deleted while other records refer to it. */
export interface Dependant {
  recordKind: string;
  count: number;
  /** A few of them, to show. */
  examples: { recordKind: string; id: number; label: string }[];
}

/** Delete refused: other records depend on this one; nothing was deleted. Archive it instead. */
export class RecordInUse extends Error {
  constructor(readonly dependants: Dependant[]) {
    super(
      'Posten kan inte tas bort eftersom andra poster hänvisar till den. Arkivera den i stället.',
    );
    this.name = 'RecordInUse';
  }
}

/** Every expected failure a mutation can return as data. */
export const MUTATION_ERRORS = [InputError, RuleViolation, StaleVersion];

const StaleFieldType = builder.objectRef<StaleField>('StaleField').implement({
  description: 'A field someone else changed after the record was read.',
  fields: (t) => ({
    field: t.exposeString('field'),
    read: t.field({
      type: JSONRef,
      nullable: true,
      description: 'The value when it was read.',
      resolve: (f) => f.read,
    }),
    stored: t.field({
      type: JSONRef,
      nullable: true,
      description: 'The value stored now.',
      resolve: (f) => f.stored,
    }),
    yours: t.field({
      type: JSONRef,
      nullable: true,
      description: 'The value this save tried to store, when the input has the field.',
      resolve: (f) => f.yours,
    }),
  }),
});

const FieldErrorType = builder.objectRef<FieldProblem>('FieldError').implement({
  description: 'A problem with one input field; `message` is in Swedish.',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'Dotted path into the input.' }),
    code: t.exposeString('code', { description: 'Stable code, for translation.' }),
    message: t.exposeString('message'),
  }),
});

const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description: 'An expected failure, returned as data.',
  fields: (t) => ({ message: t.exposeString('message') }),
});

builder.objectType(InputError, {
  name: 'InputError',
  interfaces: [ErrorInterface],
  description: 'Invalid input; nothing was saved.',
  fields: (t) => ({ fields: t.field({ type: [FieldErrorType], resolve: (e) => e.fields }) }),
});

builder.objectType(RuleViolation, {
  name: 'RuleViolation',
  interfaces: [ErrorInterface],
  description: 'A rule of the strategy refuses the change; nothing was saved.',
  fields: (t) => ({
    rule: t.exposeString('rule', { description: 'The rule, e.g. "R4".' }),
    fields: t.field({ type: [FieldErrorType], resolve: (e) => e.fields }),
  }),
});

builder.objectType(StaleVersion, {
  name: 'StaleVersion',
  interfaces: [ErrorInterface],
  description: 'The record changed after it was read; nothing was overwritten.',
  fields: (t) => ({
    currentVersion: t.exposeInt('currentVersion'),
    updatedAt: t.field({ type: 'DateTime', resolve: (e) => e.updatedAt }),
    changes: t.field({
      type: [StaleFieldType],
      description:
        'The fields changed since the version the client read (from the history; empty when it ' +
        'does not go back that far).',
      resolve: (e) => e.changes,
    }),
  }),
});

const ExampleType = builder.objectRef<Dependant['examples'][number]>('DependantRecord').implement({
  fields: (t) => ({
    recordKind: t.exposeString('recordKind'),
    recordId: t.id({
      description: 'Global id.',
      resolve: (e) => encodeGlobalID(e.recordKind, e.id),
    }),
    label: t.exposeString('label'),
  }),
});

const DependantType = builder.objectRef<Dependant>('Dependant').implement({
  description: 'Records of one kind that refer to the record.',
  fields: (t) => ({
    recordKind: t.exposeString('recordKind', { description: 'GraphQL type name.' }),
    count: t.exposeInt('count'),
    examples: t.field({ type: [ExampleType], resolve: (d) => d.examples }),
  }),
});

builder.objectType(RecordInUse, {
  name: 'RecordInUse',
  interfaces: [ErrorInterface],
  description: 'Other records refer to this one, so it cannot be deleted; nothing was deleted.',
  fields: (t) => ({
    dependants: t.field({ type: [DependantType], resolve: (e) => e.dependants }),
  }),
});
