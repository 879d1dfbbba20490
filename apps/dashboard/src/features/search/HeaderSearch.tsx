import { useQuery } from '@apollo/client/react';
import { SearchCombobox } from '@malmo/ui';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useLocale } from '../../i18n';
import { recordPath, searchPath, siteSearchQuery, useDebounced } from './search';

const SUGGESTIONS = 8;
const TYPING_PAUSE_MS = 200;

/**
 * The search box in the header: suggestions from the whole registry as one types (after a short
 * pause), the arrow keys to choose, Enter to open one, or Enter on the text for every result.
 */
export function HeaderSearch() {
  const { t } = useLocale();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const query = useDebounced(text.trim(), TYPING_PAUSE_MS);
  const { data, loading } = useQuery(siteSearchQuery, {
    variables: { text: query, first: SUGGESTIONS },
    skip: query === '',
    fetchPolicy: 'cache-first',
  });
  const hits = query === '' ? [] : (data?.search ?? []);
  const options = hits.map((hit) => ({
    id: hit.recordId,
    label: hit.title,
    description: [t(`search.kinds.${hit.kind}`), hit.context].filter(Boolean).join(' · '),
    hit,
  }));
  const settled = text.trim() !== '' && text.trim() === query && !loading;
  const status = !settled
    ? ''
    : hits.length === 0
      ? t('search.none')
      : t('search.suggestions', { count: hits.length });

  return (
    <SearchCombobox
      label={t('search.label')}
      hideLabel
      placeholder={t('search.placeholder')}
      value={text}
      onValueChange={setText}
      options={options}
      status={status}
      onSelect={(option) => {
        const chosen = options.find((candidate) => candidate.id === option.id);
        if (!chosen) return;
        setText('');
        void navigate(recordPath(chosen.hit));
      }}
      onSubmit={(value) => {
        setText('');
        void navigate(searchPath(value));
      }}
    />
  );
}
