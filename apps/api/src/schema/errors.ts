import { builder } from '../builder';

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

/** Someone saved the record after the client read it; nothing was overwritten. */
export class StaleVersion extends Error {
  constructor(
    readonly currentVersion: number,
    readonly updatedAt: Date,
  ) {
    super('Posten har ändrats av någon annan sedan du öppnade den. Läs in den igen.');
    this.name = 'StaleVersion';
  }
}

/** Every expected failure a mutation can return as data. */
export const MUTATION_ERRORS = [InputError, RuleViolation, StaleVersion];

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
  }),
});
