import { PageHeader } from '@malmo/ui';
import type { ReactNode } from 'react';
import { useLocale } from '../../i18n';
import { useDocumentTitle } from '../../lib/document-title';
import { LoadFailed } from '../shell/LoadFailed';
import { LoadingShell } from '../shell/LoadingShell';
import { PlainShell } from '../shell/PlainShell';
import { useSession } from './SessionProvider';

/** Until the API has said who is signed in, no page: the loading line, or a way to ask again. */
export function SessionGate({ children }: { children: ReactNode }) {
  const { state } = useSession();
  if (state.status === 'loading') return <LoadingShell />;
  if (state.status === 'failed') return <SessionFailed />;
  return children;
}

function SessionFailed() {
  const { t } = useLocale();
  const { retry } = useSession();
  useDocumentTitle(t('auth.sessionFailed'));
  return (
    <PlainShell>
      <PageHeader title={t('auth.sessionFailed')} description={t('auth.sessionFailedBody')} />
      <LoadFailed retry={retry} />
    </PlainShell>
  );
}
