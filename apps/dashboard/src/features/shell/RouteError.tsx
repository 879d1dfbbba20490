import { PageHeader } from '@malmo/ui';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { useLocale } from '../../i18n';
import { useDocumentTitle } from '../../lib/document-title';
import { paths } from '../../paths';
import { NotFound } from './NotFound';

/** Shown inside the shell when a page throws or fails to load. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useLocale();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  useDocumentTitle(notFound ? t('notFound.title') : t('error.title'));
  if (notFound) return <NotFound />;
  return (
    <>
      <PageHeader title={t('error.title')} description={t('error.body')} />
      <p>
        <Link to={paths.overview}>{t('notFound.home')}</Link>
      </p>
    </>
  );
}
