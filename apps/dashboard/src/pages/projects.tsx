import { ProjectsList } from '../features/projects/ProjectsList';

export function ProjectsPage() {
  return <ProjectsList />;
}
