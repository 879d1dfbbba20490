import { EventSeriesList } from '../features/event-series/EventSeriesList';

export function EventSeriesPage() {
  return <EventSeriesList />;
}
