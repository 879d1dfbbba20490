import type { ErrorLike } from '@apollo/client';
import { PageHeader, StatusMessage } from '@malmo/ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useLocale } from '../../i18n';
import { useDocumentTitle } from '../../lib/document-title';
import { LoadFailed } from '../shell/LoadFailed';
import { NotFound } from '../shell/NotFound';

export interface DetailState<T> {
  loading: boolean;
  error: ErrorLike | undefined;
  /** False until the query has answered. */
  answered: boolean;
  /** The record, or null when the id names nothing of this type. */
  record: T | null;
  refetch: () => void;
}

interface DetailScreenProps<T> {
  state: DetailState<T>;
  back: { href: string; label: string };
  eyebrow: string;
  title: (record: T) => string;
  children: (record: T) => ReactNode;
  /** Buttons in the header once the record is found, e.g. "Redigera". */
  actions?: (record: T) => ReactNode;
}

/** Loading, failure, "hittades inte" and the found record: the four states of a detail page. */
export function DetailScreen<T>({
  state,
  back,
  eyebrow,
  title,
  children,
  actions,
}: DetailScreenProps<T>) {
  const { t } = useLocale();
  const backLink = <Link to={back.href}>← {t('common.back', { list: back.label })}</Link>;
  const record = state.record;
  useDocumentTitle(
    record ? title(record) : state.answered ? t('notFound.title') : t('common.loading'),
  );

  if (!state.answered) {
    if (state.error) {
      return (
        <>
          <PageHeader back={backLink} eyebrow={eyebrow} title={t('error.title')} />
          <LoadFailed retry={state.refetch} />
        </>
      );
    }
    return (
      <>
        <PageHeader back={backLink} eyebrow={eyebrow} title={t('common.loading')} />
        <StatusMessage>{t('common.loading')}</StatusMessage>
      </>
    );
  }
  if (!record)
    return <NotFound back={{ href: back.href, label: t('common.back', { list: back.label }) }} />;
  return (
    <>
      <PageHeader
        back={backLink}
        eyebrow={eyebrow}
        title={title(record)}
        actions={actions?.(record)}
      />
      {children(record)}
    </>
  );
}
