import { PeopleList } from '../features/people/PeopleList';

export function PeoplePage() {
  return <PeopleList />;
}
