import { ForumsList } from '../features/forums/ForumsList';

export function ForumsPage() {
  return <ForumsList />;
}
