import { paths } from '../../../paths';
import type { Grant } from '../../auth/permissions';
import { canWriteAssessments, canWriteForUnit } from '../../auth/permissions';
import type { Translate } from '../kind';
import type { FieldSpec } from '../spec';

/** Who writes what: the same split the API's mutations make (see apps/api schema/mutation.ts). */
export const writers = {
  /** Administrators only. */
  admin: {
    canCreate: (grant: Grant) => grant.role === 'admin',
    canWrite: (grant: Grant) => grant.role === 'admin',
  },
  /** Analysts and administrators. */
  analyst: {
    canCreate: canWriteAssessments,
    canWrite: (grant: Grant) => canWriteAssessments(grant),
  },
  /** The editors of the record's unit, and administrators; a record without a unit: admins. */
  unit: {
    canCreate: (grant: Grant) => grant.role === 'admin' || grant.role === 'unit_editor',
    canWrite: (grant: Grant, record: Record<string, unknown>) =>
      canWriteForUnit(grant, idOf(record.ownerUnit ?? record.unit)),
  },
};

/** A unit editor's new record starts in their own unit. */
export const ownUnit = (name: string) => (grant: Grant) =>
  grant.unitId ? { [name]: grant.unitId } : {};

/** The R1/R3 tags: orientations, priority areas, themes. */
export function tagFields(t: Translate): FieldSpec[] {
  return [
    {
      kind: 'enumMulti',
      name: 'orientations',
      label: t('editing.f.orientations'),
      group: 'orientation',
    },
    {
      kind: 'enumMulti',
      name: 'priorityAreas',
      label: t('editing.f.priorityAreas'),
      group: 'priorityArea',
    },
    { kind: 'enumMulti', name: 'themes', label: t('editing.f.themes'), group: 'theme' },
  ];
}

/** The id of a referenced record, or null. */
export const idOf = (ref: unknown): string | null =>
  ref && typeof ref === 'object' && 'id' in ref ? String((ref as { id: unknown }).id) : null;

/** The ids of a list of referenced records. */
export const idsOf = (refs: unknown): string[] =>
  Array.isArray(refs) ? refs.map((r) => idOf(r)).filter((id): id is string => id !== null) : [];

export type Node = Record<string, unknown>;
export const str = (node: Node, key: string) => String(node[key] ?? '');
/** New and edit pages live under the list's address unless `base` says otherwise. */
export const pathsFor = (list: string, view?: (id: string) => string, base = list) => ({
  list,
  new: paths.newRecord(base),
  edit: (id: string) => paths.editRecord(base, id),
  view,
});
export const labelsFor = (key: string) => ({
  one: `editing.kind.${key}.one`,
  list: `editing.kind.${key}.list`,
  new: `editing.kind.${key}.new`,
  edit: `editing.kind.${key}.edit`,
});
