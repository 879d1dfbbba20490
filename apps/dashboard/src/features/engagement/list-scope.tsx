import { ORIENTATIONS, type Orientation, PRIORITY_AREAS, type PriorityArea } from '@malmo/domain';
import '../../i18n/engagement';
import { useLocale } from '../../i18n';
import { toGql } from '../../lib/enums';
import { MultiEnumFilter, OptionFilter, YearFilter } from '../list/filters';
import { useUnitOptions } from '../list/options';
import { idParam, listParam } from '../list/search';
import { NO_UNIT } from './series';

/*
 * The filters a list shares with the engagement dashboard, so that a bar's drill-down shows
 * exactly its records: a unit with the units under it (or the records no unit holds), and the R1
 * tags. Each list adds the URL params and the controls with one line each.
 */

export const withinParams = { within: idParam() };
export const tagParams = {
  orientation: listParam(ORIENTATIONS),
  priority: listParam(PRIORITY_AREAS),
};

/** The list filter's `withinUnitId` for `within` (lists whose records always have a unit). */
export function withinUnitId(within: string | undefined): string | null {
  return within && within !== NO_UNIT ? within : null;
}

/** `withinUnitId` and `unitless` for lists whose unit is optional (seats, memberships, projects). */
export function withinOrUnitless(within: string | undefined) {
  return { withinUnitId: withinUnitId(within), unitless: within === NO_UNIT ? true : null };
}

/** The list filter's `tags` for `orientation` and `priority`. */
export function tagFilter(filters: { orientation?: Orientation[]; priority?: PriorityArea[] }) {
  if (!filters.orientation && !filters.priority) return null;
  return {
    orientations: filters.orientation?.map(toGql) ?? null,
    priorityAreas: filters.priority?.map(toGql) ?? null,
  };
}

/** A unit with the units under it; `noUnit` offers "No unit" too, for lists whose unit is optional. */
export function WithinFilter({
  value,
  onChange,
  noUnit = false,
}: {
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  noUnit?: boolean;
}) {
  const { t } = useLocale();
  const units = useUnitOptions();
  const options =
    units && noUnit ? [...units, { value: NO_UNIT, label: t('engagement.lists.noUnit') }] : units;
  return (
    <OptionFilter
      label={t('engagement.lists.within')}
      options={options}
      value={value}
      onChange={onChange}
    />
  );
}

/** `setFilter` of a list or dashboard whose spec holds `tagParams`. */
interface TagSetter {
  (key: 'orientation', value: Orientation[] | undefined): void;
  (key: 'priority', value: PriorityArea[] | undefined): void;
}

/** `setFilter` of a list whose spec holds `withinParams` and `tagParams`. */
interface ScopeSetter extends TagSetter {
  (key: 'within', value: string | undefined): void;
}

/** Orientation and priority area (R1), each any of several. */
export function TagFilters({
  filters,
  setFilter,
}: {
  filters: { orientation?: Orientation[]; priority?: PriorityArea[] };
  setFilter: TagSetter;
}) {
  const { t } = useLocale();
  return (
    <>
      <MultiEnumFilter
        label={t('engagement.lists.orientation')}
        group="orientation"
        value={filters.orientation}
        onChange={(value) => setFilter('orientation', value)}
      />
      <MultiEnumFilter
        label={t('engagement.lists.priority')}
        group="priorityArea"
        value={filters.priority}
        onChange={(value) => setFilter('priority', value)}
      />
    </>
  );
}

/**
 * The controls of `withinParams` and `tagParams`, and of the years a record was in force when
 * `years` is given (lists keep those under their own param names).
 */
export function ScopeFilters({
  filters,
  setFilter,
  noUnit = false,
  years,
}: {
  filters: { within?: string; orientation?: Orientation[]; priority?: PriorityArea[] };
  setFilter: ScopeSetter;
  noUnit?: boolean;
  years?: {
    from?: number;
    to?: number;
    onChange: (end: 'from' | 'to', value: number | undefined) => void;
  };
}) {
  const { t } = useLocale();
  return (
    <>
      <WithinFilter
        noUnit={noUnit}
        value={filters.within}
        onChange={(value) => setFilter('within', value)}
      />
      {years ? (
        <>
          <YearFilter
            label={t('engagement.lists.activeFrom')}
            value={years.from}
            onChange={(value) => years.onChange('from', value)}
          />
          <YearFilter
            label={t('engagement.lists.activeTo')}
            value={years.to}
            onChange={(value) => years.onChange('to', value)}
          />
        </>
      ) : null}
      <TagFilters filters={filters} setFilter={setFilter} />
    </>
  );
}
