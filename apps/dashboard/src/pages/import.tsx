import { ImportScreen } from '../features/import/ImportScreen';

export function ImportPage() {
  return <ImportScreen />;
}
