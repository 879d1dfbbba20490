import '../i18n/follow-up';
import { useParams } from 'react-router';
import { canReadFollowUp } from '../features/auth/permissions';
import { useGrant } from '../features/auth/SessionProvider';
import { DetailScreen } from '../features/detail/DetailScreen';
import { useNodeQuery } from '../features/detail/use-node-query';
import { projectLinks, supportRequestLinks } from '../features/editing/kinds/links';
import { EditRecordLink, NewRecordLink } from '../features/editing/ListActions';
import { RecordLifecycle } from '../features/history/RecordLifecycle';
import { ProjectDetails } from '../features/projects/ProjectDetails';
import { graphql } from '../gql';
import { useLocale } from '../i18n';
import { paths } from '../paths';

const projectPageQuery = graphql(`
  query ProjectPage($id: ID!, $followUp: Boolean!) {
    node(id: $id) {
      __typename
      ... on Project {
        ...ProjectDetails_Project
        version
        archivedAt
      }
    }
  }
`);

export function ProjectPage() {
  const { t } = useLocale();
  const grant = useGrant();
  const followUp = canReadFollowUp(grant);
  const state = useNodeQuery(projectPageQuery, useParams().id ?? '', 'Project', { followUp });
  return (
    <DetailScreen
      state={state}
      back={{ href: paths.projects, label: t('projects.title') }}
      eyebrow={t('project.eyebrow')}
      title={(project) => project.title}
      actions={(project) => (
        <>
          <EditRecordLink kind={projectLinks} record={project} />
          {followUp && projectLinks.canWrite(grant, project) ? (
            <NewRecordLink
              kind={supportRequestLinks}
              query={`project=${encodeURIComponent(project.id)}`}
            />
          ) : null}
        </>
      )}
    >
      {(project) => (
        <>
          <ProjectDetails project={project} reload={state.refetch} />
          <RecordLifecycle
            kind={projectLinks}
            record={project}
            title={project.title}
            reload={state.refetch}
          />
        </>
      )}
    </DetailScreen>
  );
}
