import { isIsoDate } from '@malmo/domain';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export type Direction = 'asc' | 'desc';

/** One validated search parameter: anything that does not parse is ignored. */
export interface Param<T> {
  parse(raw: string): T | undefined;
  format(value: T): string;
}

export function oneOfParam<const V extends string>(values: readonly V[]): Param<V> {
  return {
    parse: (raw) => values.find((value) => value === raw),
    format: (value) => value,
  };
}

export function yearParam(min = 1800, max = 2100): Param<number> {
  return {
    parse: (raw) => {
      const n = Number(raw);
      return /^\d{4}$/.test(raw) && n >= min && n <= max ? n : undefined;
    },
    format: String,
  };
}

export function booleanParam(): Param<boolean> {
  return {
    parse: (raw) => (raw === 'true' ? true : raw === 'false' ? false : undefined),
    format: String,
  };
}

/** A calendar day, `YYYY-MM-DD` (2007-02-30 is not one). */
export function dateParam(): Param<string> {
  return {
    parse: (raw) => (isIsoDate(raw) ? raw : undefined),
    format: (value) => value,
  };
}

const MAX_ID = 100;

/** An opaque record id (a GraphQL global id); the API says whether it names anything. */
export function idParam(): Param<string> {
  return {
    parse: (raw) => {
      const id = raw.trim();
      return id && id.length <= MAX_ID && !/\s/.test(id) ? id : undefined;
    },
    format: (value) => value,
  };
}

/**
 * Several record ids, comma-separated (`ids=a,b`): invalid ones and duplicates are dropped, the
 * order kept, at most `max`; the API says whether they name anything.
 */
export function idListParam(max = 50): Param<string[]> {
  const one = idParam();
  return {
    parse: (raw) => {
      const ids = [...new Set(raw.split(',').flatMap((part) => one.parse(part) ?? []))];
      return ids.length ? ids.slice(0, max) : undefined;
    },
    format: (value) => value.join(','),
  };
}

/**
 * Several values of one enum, comma-separated (`state=overdue,due`): unknown ones are dropped,
 * duplicates too, and the rest kept in the enum's order, so one selection has one URL.
 */
export function listParam<const V extends string>(values: readonly V[]): Param<V[]> {
  return {
    parse: (raw) => {
      const given = new Set(raw.split(','));
      const picked = values.filter((value) => given.has(value));
      return picked.length ? picked : undefined;
    },
    format: (value) => values.filter((v) => value.includes(v)).join(','),
  };
}

export type ParamDefs = Record<string, Param<unknown>>;
export type FilterValues<D extends ParamDefs> = {
  [K in keyof D]?: D[K] extends Param<infer T> ? T : never;
};

/** What a list's URL may hold: its sort fields (GraphQL order fields) and its filters. */
export interface ListSearchSpec<S extends string, D extends ParamDefs> {
  sorts: readonly S[];
  defaultSort: S;
  defaultDirection?: Direction;
  filters: D;
}

export interface ListSearch<S extends string, F> {
  q: string;
  sort: S;
  direction: Direction;
  filters: F;
  /** 1-based; shown to the reader, the cursors do the fetching. */
  page: number;
  after?: string;
  before?: string;
}

export function defineListSearch<const S extends string, D extends ParamDefs>(
  spec: ListSearchSpec<S, D>,
): ListSearchSpec<S, D> {
  return spec;
}

const MAX_QUERY = 200;
const RESERVED = new Set(['q', 'sort', 'dir', 'page', 'after', 'before']);

/** Reads `?q=…&sort=…&dir=…&page=…&after=…|before=…&<filter>=…`, dropping what is invalid. */
export function parseListSearch<S extends string, D extends ParamDefs>(
  params: URLSearchParams,
  spec: ListSearchSpec<S, D>,
): ListSearch<S, FilterValues<D>> {
  const rawSort = params.get('sort')?.toUpperCase();
  const sort = spec.sorts.find((s) => s === rawSort) ?? spec.defaultSort;
  const rawDir = params.get('dir');
  const direction: Direction =
    rawDir === 'asc' || rawDir === 'desc' ? rawDir : (spec.defaultDirection ?? 'asc');
  const filters: Record<string, unknown> = {};
  for (const [key, param] of Object.entries(spec.filters)) {
    if (RESERVED.has(key)) throw new Error(`Filter name "${key}" is reserved`);
    const raw = params.get(key);
    const value = raw === null ? undefined : param.parse(raw);
    if (value !== undefined) filters[key] = value;
  }
  const page = Number(params.get('page'));
  const after = params.get('after') || undefined;
  const before = after ? undefined : params.get('before') || undefined;
  return {
    q: (params.get('q') ?? '').slice(0, MAX_QUERY),
    sort,
    direction,
    filters: filters as FilterValues<D>,
    page: (after || before) && Number.isInteger(page) && page > 1 ? page : 1,
    after,
    before,
  };
}

/** The canonical URL of a list view: defaults are left out, so links stay short. */
export function formatListSearch<S extends string, D extends ParamDefs>(
  search: ListSearch<S, FilterValues<D>>,
  spec: ListSearchSpec<S, D>,
): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q.trim()) params.set('q', search.q);
  for (const [key, param] of Object.entries(spec.filters)) {
    const value = (search.filters as Record<string, unknown>)[key];
    if (value !== undefined) params.set(key, param.format(value));
  }
  const defaultDirection = spec.defaultDirection ?? 'asc';
  if (search.sort !== spec.defaultSort || search.direction !== defaultDirection) {
    params.set('sort', search.sort.toLowerCase());
    params.set('dir', search.direction);
  }
  if (search.page > 1 && (search.after || search.before)) {
    params.set('page', String(search.page));
    if (search.after) params.set('after', search.after);
    else if (search.before) params.set('before', search.before);
  }
  return params;
}

export interface ListSearchState<S extends string, D extends ParamDefs> {
  search: ListSearch<S, FilterValues<D>>;
  setQuery(q: string): void;
  setSort(sort: S, direction: Direction): void;
  setFilter<K extends keyof D & string>(key: K, value: FilterValues<D>[K] | undefined): void;
  clear(): void;
  goToPage(page: number, cursor: { after: string } | { before: string } | null): void;
  active: boolean;
}

/** A list's view state held in the URL, so reload, bookmarks and Back restore it. */
export function useListSearch<S extends string, D extends ParamDefs>(
  spec: ListSearchSpec<S, D>,
): ListSearchState<S, D> {
  const [params, setParams] = useSearchParams();
  const search = useMemo(() => parseListSearch(params, spec), [params, spec]);

  const apply = useCallback(
    (change: Partial<ListSearch<S, FilterValues<D>>>, replace = false) => {
      // Any change other than paging starts again from the first page.
      const next = { page: 1, after: undefined, before: undefined, ...change };
      setParams(formatListSearch({ ...search, ...next }, spec), {
        replace,
        preventScrollReset: true,
      });
    },
    [search, spec, setParams],
  );

  return {
    search,
    active: search.q.trim() !== '' || Object.keys(search.filters).length > 0,
    setQuery: (q) => apply({ q }, true),
    setSort: (sort, direction) => apply({ sort, direction }),
    setFilter: (key, value) => {
      const filters: Record<string, unknown> = { ...search.filters };
      if (value === undefined) delete filters[key];
      else filters[key] = value;
      apply({ filters: filters as FilterValues<D> });
    },
    clear: () => apply({ q: '', filters: {} as FilterValues<D> }),
    goToPage: (page, cursor) =>
      apply(
        page <= 1 || cursor === null
          ? { page: 1 }
          : 'after' in cursor
            ? { page, after: cursor.after }
            : { page, before: cursor.before },
      ),
  };
}
