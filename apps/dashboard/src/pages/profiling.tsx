import { Profiling } from '../features/profiling/Profiling';

export function ProfilingPage() {
  return <Profiling />;
}
