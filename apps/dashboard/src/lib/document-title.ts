import { useEffect } from 'react';
import { useLocale } from '../i18n';

/** Sets `document.title` to "<page> – <product>". */
export function useDocumentTitle(page: string | undefined) {
  const { t } = useLocale();
  const product = t('app.name');
  useEffect(() => {
    document.title = page ? `${page} – ${product}` : product;
  }, [page, product]);
}
