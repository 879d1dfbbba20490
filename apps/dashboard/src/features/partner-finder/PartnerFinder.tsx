import '../../i18n/partner-finder';
import { useQuery } from '@apollo/client/react';
import { ENUM_VALUES, label, type Orientation, type PriorityArea, type Theme } from '@malmo/domain';
import { CheckboxGroupField, PageHeader, SelectField } from '@malmo/ui';
import { type FormEvent, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import type { PartnerFinderQuery } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { useDocumentTitle } from '../../lib/document-title';
import { fromGql } from '../../lib/enums';
import { paths } from '../../paths';
import { type ChartColumn, ChartPanel } from '../charts/ChartPanel';
import { BarChartView } from '../charts/lazy';
import { useDashboardSearch } from '../charts/search';
import { DemoNote } from '../demo/Demo';
import { formatListSearch } from '../list/search';
import { useLedgerSettings } from '../obligations/ledger-settings';
import { LoadFailed } from '../shell/LoadFailed';
import {
  CANDIDATE_KINDS,
  DEFAULT_PAGE_SIZE,
  hasSubject,
  type Need,
  needInput,
  needSearch,
  PAGE_SIZES,
} from './need';

const partnerFinderQuery = graphql(`
  query PartnerFinder($need: PartnerNeedInput!, $first: Int) {
    partnerMatches(need: $need, first: $first) {
      rank
      kind
      name
      partnerCity {
        id
      }
      organisation {
        id
      }
      forum {
        id
      }
      overlap {
        themes
        priorityAreas
        orientation
        total
      }
      activeTies
      regionalActors
      decidedBy
      reasons
    }
  }
`);

type Match = PartnerFinderQuery['partnerMatches'][number];

export function PartnerFinder() {
  const { t } = useLocale();
  useDocumentTitle(t('partnerFinder.title'));
  const { filters } = useDashboardSearch(needSearch);
  const location = useLocation();
  const searching = hasSubject(filters);
  const { settings } = useLedgerSettings();
  return (
    <>
      <PageHeader title={t('partnerFinder.title')} description={t('partnerFinder.description')} />
      {settings?.demoAsOf ? (
        <DemoNote>{t('partnerFinder.demo', { day: settings.demoAsOf })}</DemoNote>
      ) : null}
      {/* Keyed by the URL: Back or a shared link shows that need in the form again. */}
      <NeedForm key={location.search} need={filters} />
      {searching ? (
        <Results need={filters} />
      ) : (
        <p className="partner-finder__start">{t('partnerFinder.start')}</p>
      )}
    </>
  );
}

function NeedForm({ need }: { need: Need }) {
  const { t, locale } = useLocale();
  const [, setParams] = useSearchParams();
  const [draft, setDraft] = useState<Need>(need);
  const [error, setError] = useState<string | undefined>();
  const firstTheme = useRef<HTMLInputElement>(null);
  const options = <G extends 'theme' | 'priorityArea'>(group: G) =>
    ENUM_VALUES[group].map((value) => ({
      value,
      label: label(locale, group, value as never),
    }));
  const change = (next: Need) => {
    setDraft(next);
    if (error && hasSubject(next)) setError(undefined);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!hasSubject(draft)) {
      setError(t('partnerFinder.needRequired'));
      firstTheme.current?.focus();
      return;
    }
    setParams(
      formatListSearch(
        { q: '', sort: 'DEFAULT', direction: 'asc', filters: draft, page: 1 },
        needSearch,
      ),
    );
  };
  const orNothing = <T,>(values: T[]) => (values.length ? values : undefined);
  return (
    <form className="partner-finder__form" aria-label={t('partnerFinder.need')} onSubmit={submit}>
      <CheckboxGroupField
        label={t('partnerFinder.themes')}
        hint={t('partnerFinder.themesHint')}
        error={error}
        inputRef={firstTheme}
        options={options('theme')}
        value={draft.themes ?? []}
        onChange={(values) => change({ ...draft, themes: orNothing(values as Theme[]) })}
      />
      <CheckboxGroupField
        label={t('partnerFinder.priorityAreas')}
        options={options('priorityArea')}
        value={draft.areas ?? []}
        onChange={(values) => change({ ...draft, areas: orNothing(values as PriorityArea[]) })}
      />
      <div className="partner-finder__row">
        <SelectField
          label={t('partnerFinder.orientation')}
          value={draft.orientation ?? ''}
          options={[
            { value: '', label: t('partnerFinder.anyOrientation') },
            ...ENUM_VALUES.orientation.map((value) => ({
              value,
              label: label(locale, 'orientation', value),
            })),
          ]}
          onChange={(value) =>
            change({ ...draft, orientation: (value || undefined) as Orientation | undefined })
          }
        />
        <SelectField
          label={t('partnerFinder.first')}
          value={draft.first ?? DEFAULT_PAGE_SIZE}
          options={PAGE_SIZES.map((size) => ({ value: size, label: size }))}
          onChange={(value) =>
            change({
              ...draft,
              first: value === DEFAULT_PAGE_SIZE ? undefined : PAGE_SIZES.find((s) => s === value),
            })
          }
        />
      </div>
      <CheckboxGroupField
        label={t('partnerFinder.kinds')}
        hint={t('partnerFinder.kindsHint')}
        options={CANDIDATE_KINDS.map((kind) => ({
          value: kind,
          label: t(`partnerFinder.kind_${kind}`),
        }))}
        value={draft.kinds ?? []}
        onChange={(values) =>
          change({ ...draft, kinds: orNothing(values as (typeof CANDIDATE_KINDS)[number][]) })
        }
      />
      <div className="partner-finder__actions">
        <button type="submit" className="ui-button">
          {t('partnerFinder.search')}
        </button>
        <button
          type="button"
          className="ui-button ui-button--secondary"
          onClick={() => {
            setError(undefined);
            setDraft({});
          }}
        >
          {t('partnerFinder.clear')}
        </button>
      </div>
    </form>
  );
}

/** The candidate's own page: a partner city, an organisation or a forum. */
function recordHref(match: Match): string | null {
  if (match.partnerCity) return paths.partnerCity(match.partnerCity.id);
  if (match.organisation) return paths.organisation(match.organisation.id);
  if (match.forum) return paths.forum(match.forum.id);
  return null;
}

function Results({ need }: { need: Need }) {
  const { t, locale } = useLocale();
  const navigate = useNavigate();
  const { data, error, loading, refetch } = useQuery(partnerFinderQuery, {
    variables: { need: needInput(need), first: Number(need.first ?? DEFAULT_PAGE_SIZE) },
  });
  const rows = data?.partnerMatches ?? [];
  const shared = (match: Match) => {
    const names = [
      ...match.overlap.themes.map((v) => label(locale, 'theme', fromGql(v))),
      ...match.overlap.priorityAreas.map((v) => label(locale, 'priorityArea', fromGql(v))),
      ...(match.overlap.orientation
        ? [label(locale, 'orientation', fromGql(match.overlap.orientation))]
        : []),
    ];
    return names.length ? names.join(', ') : t('partnerFinder.nothingShared');
  };
  const decidedBy = (match: Match) =>
    match.rank === 1
      ? t('partnerFinder.criterion_first')
      : t(`partnerFinder.criterion_${fromGql(match.decidedBy)}`);
  const columns: ChartColumn<Match>[] = [
    { id: 'rank', header: t('partnerFinder.rank'), value: (m) => m.rank, numeric: true },
    {
      id: 'candidate',
      header: t('partnerFinder.candidate'),
      value: (m) => m.name,
      cell: (m) => {
        const href = recordHref(m);
        return href ? <Link to={href}>{m.name}</Link> : m.name;
      },
    },
    {
      id: 'kind',
      header: t('partnerFinder.kind'),
      value: (m) => t(`partnerFinder.kind_${fromGql(m.kind)}`),
    },
    { id: 'shared', header: t('partnerFinder.shared'), value: shared },
    {
      id: 'overlap',
      header: t('partnerFinder.overlap'),
      value: (m) => m.overlap.total,
      numeric: true,
    },
    { id: 'ties', header: t('partnerFinder.ties'), value: (m) => m.activeTies, numeric: true },
    {
      id: 'regional',
      header: t('partnerFinder.regional'),
      value: (m) => m.regionalActors,
      numeric: true,
    },
    { id: 'decidedBy', header: t('partnerFinder.decidedBy'), value: decidedBy },
    {
      id: 'reasons',
      header: t('partnerFinder.reasons'),
      value: (m) => m.reasons.join('; '),
      cell: (m) => (
        <ul className="partner-finder__reasons" lang="sv">
          {m.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ),
    },
  ];
  if (error) {
    return <LoadFailed retry={() => void refetch()} />;
  }
  const rowKey = (m: Match) =>
    `${m.kind}:${m.partnerCity?.id ?? m.organisation?.id ?? m.forum?.id ?? m.name}`;
  const scoreColumns = columns.filter((c) =>
    ['rank', 'candidate', 'overlap', 'ties', 'regional'].includes(c.id),
  );
  return (
    <>
      <ChartPanel
        id="partner-finder-results"
        title={t('partnerFinder.results')}
        summary={t('partnerFinder.summary', { count: rows.length })}
        columns={columns}
        rows={rows}
        rowKey={rowKey}
        csvName={t('partnerFinder.csv')}
        loading={loading && !data}
      />
      <ChartPanel
        id="partner-finder-scores"
        title={t('partnerFinder.scores')}
        summary={t('partnerFinder.scoresSummary')}
        chart={
          <BarChartView
            title={t('partnerFinder.scores')}
            data={rows.map((m) => ({
              ...m,
              category: `${m.rank}. ${m.name}`,
              overlapTotal: m.overlap.total,
            }))}
            categoryKey="category"
            series={[
              { key: 'overlapTotal', label: t('partnerFinder.overlap') },
              { key: 'activeTies', label: t('partnerFinder.ties') },
              { key: 'regionalActors', label: t('partnerFinder.regional') },
            ]}
            horizontal
            onSelect={(m) => {
              const href = recordHref(m);
              if (href) navigate(href);
            }}
          />
        }
        columns={scoreColumns}
        rows={rows}
        rowKey={rowKey}
        csvName={t('partnerFinder.scoresCsv')}
        loading={loading && !data}
      />
    </>
  );
}
