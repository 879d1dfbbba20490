import { SearchResults } from '../features/search/SearchResults';

export function SearchPage() {
  return <SearchResults />;
}
