import '../../i18n/editing';
import { useQuery } from '@apollo/client/react';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { graphql } from '../../gql';
import type { AuditEntryRowFragment, HistoryNamesQuery } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import type { Translate } from '../editing/kind';
import type { FieldSpec } from '../editing/spec';
import { globalIdsIn, type ReadableOptions, readableValue, specFor } from './values';

export const AuditEntryRowFragmentDoc = graphql(`
  fragment AuditEntryRow on AuditEntry {
    id
    action
    at
    recordId
    recordKind
    recordLabel
    actor {
      id
      displayName
    }
    changes {
      field
      old
      new
    }
  }
`);

const namesQuery = graphql(`
  query HistoryNames($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      id
      ... on Unit {
        name
      }
      ... on Person {
        name
      }
      ... on Organisation {
        name
      }
      ... on PartnerCity {
        name
      }
      ... on Forum {
        name
      }
      ... on EventSeries {
        name
      }
      ... on Project {
        title
      }
      ... on Membership {
        organisation {
          id
          name
        }
      }
      ... on EventEdition {
        year
        series {
          id
          name
        }
      }
    }
  }
`);

type Named = NonNullable<HistoryNamesQuery['nodes'][number]>;

function nameOf(node: Named): string | null {
  switch (node.__typename) {
    case 'Project':
      return node.title;
    case 'Membership':
      return node.organisation.name;
    case 'EventEdition':
      return `${node.series.name} ${node.year}`;
    default:
      return 'name' in node && typeof node.name === 'string' ? node.name : null;
  }
}

interface Names {
  request: (ids: readonly string[]) => void;
  names: ReadonlyMap<string, string>;
}

const NamesContext = createContext<Names>({ request: () => {}, names: new Map() });

/**
 * Looks up, in one query, the names of every record the history entries inside it refer to
 * (a page of the change log has many entries; each would otherwise ask on its own).
 */
export function NamesProvider({ children }: { children: ReactNode }) {
  const [ids, setIds] = useState<readonly string[]>([]);
  const request = useCallback((more: readonly string[]) => {
    setIds((known) => {
      const missing = more.filter((id) => !known.includes(id));
      return missing.length ? [...known, ...missing] : known;
    });
  }, []);
  const result = useQuery(namesQuery, {
    variables: { ids: [...ids] },
    skip: ids.length === 0,
    errorPolicy: 'all',
  });
  const data = result.data ?? result.previousData;
  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const node of data?.nodes ?? []) {
      const name = node ? nameOf(node) : null;
      if (node && name) map.set(node.id, name);
    }
    return map;
  }, [data]);
  const value = useMemo(() => ({ request, names }), [request, names]);
  return <NamesContext.Provider value={value}>{children}</NamesContext.Provider>;
}

/** How history values read: names for the records they refer to, labels, Ja/Nej. */
export function useReadable(entries: readonly AuditEntryRowFragment[]): ReadableOptions {
  const { t, locale } = useLocale();
  const { request, names } = useContext(NamesContext);
  const ids = useMemo(
    () => globalIdsIn(entries.flatMap((e) => e.changes.flatMap((c) => [c.old, c.new]))),
    [entries],
  );
  useEffect(() => {
    if (ids.length) request(ids);
  }, [ids, request]);
  return {
    locale,
    names,
    yes: t('common.yes'),
    no: t('common.no'),
    none: t('common.none'),
    items: (count) => t('editing.items', { count }),
  };
}

/** One entry's field changes: "Fält: gammalt → nytt". */
export function AuditChanges({
  entry,
  fields,
  readable,
}: {
  entry: AuditEntryRowFragment;
  fields: readonly FieldSpec[];
  readable: ReadableOptions;
}) {
  const { t } = useLocale();
  const tr = t as unknown as Translate;
  if (entry.changes.length === 0) return null;
  return (
    <ul className="audit-changes">
      {entry.changes.map((change) => {
        const spec = specFor(fields, change.field);
        return (
          <li key={change.field}>
            <span className="audit-changes__field">
              {spec?.label ?? tr(`history.field.${change.field}`, { defaultValue: change.field })}
            </span>
            :{' '}
            {entry.action === 'CREATE' ? (
              readableValue(change.new, spec, readable)
            ) : (
              <>
                <del>{readableValue(change.old, spec, readable)}</del>{' '}
                <span aria-hidden="true">→</span>
                <span className="ui-visually-hidden"> {t('history.to')} </span>{' '}
                <ins>{readableValue(change.new, spec, readable)}</ins>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** A point in time as Malmö reads it: 2026-11-24 14:30. */
export function formatAt(at: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'sv-SE', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }).format(new Date(at));
}
