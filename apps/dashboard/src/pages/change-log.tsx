import { NoPermission } from '../features/auth/guards';
import { useGrant } from '../features/auth/SessionProvider';
import { ChangeLog } from '../features/history/ChangeLog';

export function ChangeLogPage() {
  return useGrant().role === 'admin' ? <ChangeLog /> : <NoPermission />;
}
