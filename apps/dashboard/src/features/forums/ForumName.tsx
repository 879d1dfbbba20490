import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { ForumName_ForumFragment } from '../../gql/graphql';
import { paths } from '../../paths';

export const ForumNameFragment = graphql(`
  fragment ForumName_Forum on Forum {
    id
    name
    parent {
      id
      name
    }
  }
`);

/** "Social Affairs Forum › Homelessness": a forum with its parent, the forum itself linked. */
export function ForumName({ forum }: { forum: ForumName_ForumFragment }) {
  return (
    <>
      {forum.parent ? <span className="muted">{forum.parent.name} › </span> : null}
      <Link to={paths.forum(forum.id)}>{forum.name}</Link>
    </>
  );
}

export function forumFullName(forum: ForumName_ForumFragment): string {
  return forum.parent ? `${forum.parent.name} › ${forum.name}` : forum.name;
}
