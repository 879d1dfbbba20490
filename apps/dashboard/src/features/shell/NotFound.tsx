import { PageHeader } from '@malmo/ui';
import { Link } from 'react-router';
import { useLocale } from '../../i18n';
import { useDocumentTitle } from '../../lib/document-title';
import { paths } from '../../paths';

/** "Hittades inte": an unknown address or a record id that does not exist. */
export function NotFound({ back }: { back?: { href: string; label: string } }) {
  const { t } = useLocale();
  useDocumentTitle(t('notFound.title'));
  return (
    <>
      <PageHeader title={t('notFound.title')} description={t('notFound.body')} />
      <ul className="ui-link-list">
        {back ? (
          <li>
            <Link to={back.href}>{back.label}</Link>
          </li>
        ) : null}
        <li>
          <Link to={paths.overview}>{t('notFound.home')}</Link>
        </li>
      </ul>
    </>
  );
}
