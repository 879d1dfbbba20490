import type { EntityManager } from '@mikro-orm/postgresql';
import {
  SEARCH_CONFIGS,
  SEARCH_DOCUMENTS,
  type SearchDocument,
  type SearchKind,
  searchVectorSql,
} from '../db/search';

export interface SearchHit {
  kind: SearchKind;
  id: number;
  title: string;
  context: string | null;
  score: number;
}

/** At most this many words of a search are used, each at most this long. */
const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 60;

/**
 * The tsquery text for what someone typed: its words (letters and digits only, so nothing of
 * tsquery's own syntax – `&`, `|`, `!`, `:`, quotes, parentheses – ever gets through), each a
 * prefix, all required: "eurocit kult" → `eurocit:* & kult:*`. Null when no word is left.
 */
export function prefixQuery(text: string): string | null {
  const terms = text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term.length > 0)
    .slice(0, MAX_TERMS)
    .map((term) => `${term.slice(0, MAX_TERM_LENGTH)}:*`);
  return terms.length ? terms.join(' & ') : null;
}

function branch(document: SearchDocument): string {
  const vector = searchVectorSql(document);
  return `select '${document.kind}' as kind, t.id, t."${document.title}" as title,
    ${document.context} as context, ts_rank(${vector}, q.query) as score
    from "${document.table}" t, q
    where t.archived_at is null and (${vector}) @@ q.query`;
}

/**
 * The best `first` hits for `text` across the chosen kinds, best first, in one statement: each
 * table's rows whose document matches (through its GIN index), ranked by ts_rank, where a match
 * in what a record is called weighs most. Archived records are left out.
 */
export async function search(
  em: EntityManager,
  text: string,
  options: { first: number; kinds?: readonly SearchKind[] | null },
): Promise<SearchHit[]> {
  const query = prefixQuery(text);
  const documents = SEARCH_DOCUMENTS.filter(
    (document) => !options.kinds?.length || options.kinds.includes(document.kind),
  );
  if (!query || documents.length === 0 || options.first <= 0) return [];
  const sql = `with q as (
      select to_tsquery('${SEARCH_CONFIGS.swedish}', ?) || to_tsquery('${SEARCH_CONFIGS.simple}', ?) as query
    )
    select kind, id, title, context, score from (
      ${documents.map(branch).join('\n      union all\n      ')}
    ) hits
    order by score desc, title collate "sv-SE-x-icu", kind, id
    limit ?`;
  const rows = (await em.getConnection().execute(sql, [query, query, options.first])) as {
    kind: SearchKind;
    id: number;
    title: string;
    context: string | null;
    score: number;
  }[];
  return rows.map((row) => ({ ...row, score: Number(row.score) }));
}
