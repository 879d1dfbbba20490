import { useQuery } from '@apollo/client/react';
import { DataTable, FilterBar, Link, PageHeader, SearchField, StatusMessage } from '@malmo/ui';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useLocale } from '../../i18n';
import { useDocumentTitle } from '../../lib/document-title';
import { recordPath, siteSearchQuery } from './search';

const RESULTS = 50;

/** Every result of a search (`/search?q=`), best first, with its own search form. */
export function SearchResults() {
  const { t } = useLocale();
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  useDocumentTitle(q ? t('search.titleFor', { q }) : t('search.title'));
  const { data, loading, error } = useQuery(siteSearchQuery, {
    variables: { text: q, first: RESULTS },
    skip: q === '',
  });
  const hits = q === '' ? [] : (data?.search ?? []);
  type Hit = (typeof hits)[number];

  return (
    <>
      <PageHeader title={t('search.title')} description={t('search.description')} />
      {/* Named apart from the header's search, which is on this page too. */}
      <FilterBar
        label={t('search.pageLabel')}
        onSubmit={() => setParams(text.trim() ? { q: text.trim() } : {})}
      >
        <SearchField
          label={t('search.terms')}
          hint={t('search.hint')}
          value={text}
          onChange={setText}
        />
        <button type="submit" className="ui-button">
          {t('search.submit')}
        </button>
      </FilterBar>
      <StatusMessage tone={error ? 'error' : 'info'} inline={!error}>
        {error
          ? t('common.error')
          : loading
            ? t('common.loading')
            : q
              ? t('list.matches', { count: hits.length })
              : ''}
      </StatusMessage>
      {q && !loading && !error ? (
        <DataTable<Hit>
          caption={t('search.titleFor', { q })}
          columns={[
            {
              id: 'title',
              header: t('search.name'),
              cell: (hit) => <Link href={recordPath(hit)}>{hit.title}</Link>,
            },
            { id: 'kind', header: t('search.kind'), cell: (hit) => t(`search.kinds.${hit.kind}`) },
            {
              id: 'context',
              header: t('search.context'),
              cell: (hit) => hit.context ?? t('common.none'),
            },
          ]}
          rows={hits}
          rowKey={(hit) => hit.recordId}
          empty={t('search.none')}
        />
      ) : null}
    </>
  );
}
