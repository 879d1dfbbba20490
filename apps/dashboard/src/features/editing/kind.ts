import type { TypedDocumentNode } from '@apollo/client';
import type { parseInput } from '@malmo/domain';
import { graphql } from '../../gql';
import type { MutationFailure } from '../../lib/mutation-result';
import type { Grant } from '../auth/permissions';
import type { FieldSpec, FormValues } from './spec';

/**
 * What a save's failure brings back; every create/update mutation spreads all three. (On the
 * concrete types, not the `Error` interface: Apollo's cache matches interface fragments only
 * with `possibleTypes`.)
 */
export const SaveFailureFragments = graphql(`
  fragment InputProblem on InputError {
    message
    fields {
      field
      code
      message
    }
  }
  fragment RuleProblem on RuleViolation {
    message
    rule
    fields {
      field
      code
      message
    }
  }
  fragment StaleProblem on StaleVersion {
    message
  }
`);

/** A mutation's result as the form reads it (the mutations alias their field `result`). */
export type SaveResult =
  | { __typename: string; data?: { id: string; version: number } }
  | MutationFailure;
type SaveData = { result: SaveResult };
type Loaded = { node: ({ __typename: string } & Record<string, unknown>) | null };

/** The translate function, as the field descriptions need it. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * What lists and record pages need of a kind for their New and Edit links (who may write, the
 * names, where the forms are), apart from the form itself, so that those pages load neither the
 * input schemas (zod) nor the form's documents.
 */
export interface KindLinks {
  /** The kind's key, as in paths and the change log's record kinds (`project`). */
  key: string;
  /** May this account create records of the kind at all (some unit's, for unit editors)? */
  canCreate: (grant: Grant) => boolean;
  /**
   * May it write this record? `record` is the loaded record or a list row: both carry the
   * record's unit (`unit` or `ownerUnit`) where the kind has one.
   */
  canWrite: (grant: Grant, record: Record<string, unknown>) => boolean;
  /** i18n keys of the kind's names. */
  labels: { one: string; list: string; new: string; edit: string };
  paths: { list: string; new: string; edit: (id: string) => string; view?: (id: string) => string };
}

/**
 * One record kind's editing: its fields, the domain schema that checks them, the query that
 * loads a record for editing and how its values read, the two mutations, who may write, and
 * where its pages are. The form shell (RecordForm) and the edit page do the rest.
 */
export interface RecordKind extends KindLinks {
  typename: string;
  /** The domain's input schema: the API validates with the same one. */
  schema: Parameters<typeof parseInput>[0];
  fields: (t: Translate) => FieldSpec[];
  load: TypedDocumentNode<Loaded, { id: string }>;
  /** The loaded record's values by field name (GraphQL values), and its title. */
  read: (node: Record<string, unknown>) => { values: Record<string, unknown>; title: string };
  create: TypedDocumentNode<SaveData, { input: Record<string, unknown> }>;
  /**
   * Absent for records the API saves by upsert only (a meeting's report): `create` then also
   * corrects an existing record, without a version.
   */
  update?: TypedDocumentNode<
    SaveData,
    { id: string; version: number; input: Record<string, unknown> }
  >;
  /**
   * Where a new record leads once saved, for kinds that are created here but not edited (a
   * support request: back to its project). Default: the new record's form.
   */
  afterCreate?: (values: FormValues) => string;
  /** Values a new record starts with, by field name; `params` is the page's query string. */
  defaults?: (grant: Grant, params: URLSearchParams) => Record<string, unknown>;
}

/** Erases a kind's document types: the shell reads them through `RecordKind`'s shapes. */
export function documents<L, C, U>(docs: {
  load: TypedDocumentNode<L, { id: string }>;
  create: TypedDocumentNode<C, never>;
  update?: TypedDocumentNode<U, never>;
}): Pick<RecordKind, 'load' | 'create' | 'update'> {
  return docs as unknown as Pick<RecordKind, 'load' | 'create' | 'update'>;
}
