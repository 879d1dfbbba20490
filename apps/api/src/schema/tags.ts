import type { Orientation, PriorityArea, Theme } from '@malmo/domain';
import type { Types } from '../builder';
import { builder } from '../builder';
import { OrientationEnum, PriorityAreaEnum, ThemeEnum } from './enums';
import { UnitRef } from './refs';

interface Tagged {
  orientations: string[];
  priorityAreas: string[];
  themes: string[];
}

/** The R1/R3 tags of an engagement (values are checked by the domain schemas on the way in). */
export function tagFields<T extends Tagged>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, T>) {
  return {
    orientations: t.field({
      type: [OrientationEnum],
      resolve: (row) => row.orientations as Orientation[],
    }),
    priorityAreas: t.field({
      type: [PriorityAreaEnum],
      resolve: (row) => row.priorityAreas as PriorityArea[],
    }),
    themes: t.field({ type: [ThemeEnum], resolve: (row) => row.themes as Theme[] }),
  };
}

/** Marks rows the demo generator made, so every view can say so. */
export function demoField<T extends { demo: boolean }>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, T>,
) {
  return t.boolean({
    description: 'Made by the demo generator, not a real record.',
    resolve: (row) => row.demo,
  });
}

/** Tags as input fields (each list defaults to empty). */
export function tagInputFields(t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) {
  return {
    orientations: t.field({ type: [OrientationEnum] }),
    priorityAreas: t.field({ type: [PriorityAreaEnum] }),
    themes: t.field({ type: [ThemeEnum] }),
  };
}

export const TagFilter = builder.inputType('TagFilter', {
  description: 'Matches records tagged with any of the given values (per list; lists combine).',
  fields: (t) => tagInputFields(t),
});

/**
 * The filters the engagement dashboard opens a list of seats, memberships or projects with: a unit
 * with the units under it, or no unit; the years in force (or running); the tags.
 */
export function scopeFilterFields(
  t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>,
  inForce = 'In force',
) {
  return {
    withinUnitId: t.globalID({ for: UnitRef, description: 'This unit or a unit under it.' }),
    unitless: t.boolean({ description: 'true: only those of no unit; false: only those of one.' }),
    activeFrom: t.int({ description: `${inForce} in or after this year.` }),
    activeTo: t.int({ description: `${inForce} in or before this year.` }),
    tags: t.field({ type: TagFilter }),
  };
}

/** `filter.tags` → conditions on the array columns (overlap). */
export function tagConditions(
  tags:
    | {
        orientations?: readonly string[] | null;
        priorityAreas?: readonly string[] | null;
        themes?: readonly string[] | null;
      }
    | null
    | undefined,
) {
  if (!tags) return [];
  return (['orientations', 'priorityAreas', 'themes'] as const)
    .filter((field) => (tags[field]?.length ?? 0) > 0)
    .map((field) => ({ [field]: { $overlap: [...(tags[field] ?? [])] } }));
}
