import { AppShell } from '@malmo/ui';
import type { ReactNode } from 'react';
import { useLocale } from '../../i18n';
import { paths } from '../../paths';
import { LanguageSwitch } from './LanguageSwitch';

export function ShellFooter() {
  const { t } = useLocale();
  return (
    <>
      <p>{t('app.footerSource')}</p>
      <p>{t('app.footerOwner')}</p>
    </>
  );
}

/** The shell without navigation or account, for signing in and for when the API is not there. */
export function PlainShell({ children }: { children: ReactNode }) {
  const { t } = useLocale();
  return (
    <AppShell
      productName={t('app.name')}
      homeHref={paths.overview}
      skipLinkLabel={t('app.skipLink')}
      headerEnd={<LanguageSwitch />}
      footer={<ShellFooter />}
    >
      {children}
    </AppShell>
  );
}
