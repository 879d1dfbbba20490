// Registers the follow-up strings this module uses, when its page's chunk loads.
import '../../i18n/follow-up';
import { label } from '@malmo/domain';
import { Badge, DataTable, DescriptionList, EmptyState, Section } from '@malmo/ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { ProjectDetails_ProjectFragment } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { fromGql } from '../../lib/enums';
import { formatSek } from '../../lib/format';
import { paths } from '../../paths';
import { canReadFollowUp, canTransitionProject } from '../auth/permissions';
import { useGrant } from '../auth/SessionProvider';
import { DemoBadge } from '../demo/Demo';
import { SeatsTable } from '../seats/SeatsTable';
import { ProjectStateBadge } from './ProjectStateBadge';
import { ProjectTransition } from './ProjectTransition';

export const ProjectDetailsFragment = graphql(`
  fragment ProjectDetails_Project on Project {
    id
    version
    title
    programme
    state
    stateChangedOn
    submittedOn
    demo
    budgetSek
    ownContributionSek
    euFundingSoughtSek
    euFundingGrantedSek
    applicationDeadline
    startOn
    endOn
    analysisComplete
    analysisCompletedOn
    benefit
    resources
    longTermEffects
    orientations
    priorityAreas
    themes
    ownerUnit {
      id
      name
    }
    partners {
      name
      organisation {
        id
        name
      }
      partnerCity {
        id
        name
      }
    }
    # Follow-up records: only asked for by roles that read them (readers are refused).
    supportRequests @include(if: $followUp) {
      id
      kind
      state
      requestedOn
      closedOn
      note
      demo
    }
    seats {
      ...SeatsTable_Seat
    }
  }
`);

type Project = ProjectDetails_ProjectFragment;

function Day({ date }: { date: string | null }) {
  return date ? <time dateTime={date}>{date}</time> : '–';
}

function Tags({ items }: { items: readonly string[] }) {
  const { t } = useLocale();
  if (items.length === 0) return <>{t('project.noTags')}</>;
  return (
    <ul className="tag-list">
      {items.map((item) => (
        <li key={item}>
          <Badge>{item}</Badge>
        </li>
      ))}
    </ul>
  );
}

function Text({ value }: { value: string | null }) {
  const { t } = useLocale();
  return value ? (
    <p className="analysis-text">{value}</p>
  ) : (
    <span className="muted">{t('project.missing')}</span>
  );
}

/** A project: its facts, lifecycle, benefit analysis (R4), partners, support (R6) and tags (R1). */
export function ProjectDetails({ project, reload }: { project: Project; reload: () => void }) {
  const { t, locale } = useLocale();
  const grant = useGrant();
  const state = fromGql(project.state);
  const supportRequests = canReadFollowUp(grant) ? project.supportRequests : undefined;
  const partner = (p: Project['partners'][number]): ReactNode =>
    p.partnerCity ? (
      <Link to={paths.partnerCity(p.partnerCity.id)}>{p.partnerCity.name}</Link>
    ) : p.organisation ? (
      <Link to={paths.organisation(p.organisation.id)}>{p.organisation.name}</Link>
    ) : (
      (p.name ?? '–')
    );
  return (
    <>
      <DescriptionList
        items={[
          { term: t('project.state'), description: <ProjectStateBadge state={state} /> },
          { term: t('project.stateChangedOn'), description: <Day date={project.stateChangedOn} /> },
          {
            term: t('project.ownerUnit'),
            description: project.ownerUnit ? (
              <Link to={paths.unit(project.ownerUnit.id)}>{project.ownerUnit.name}</Link>
            ) : (
              '–'
            ),
          },
          { term: t('project.programme'), description: project.programme ?? '–' },
          { term: t('project.budget'), description: formatSek(project.budgetSek, locale) },
          {
            term: t('project.ownContribution'),
            description: formatSek(project.ownContributionSek, locale),
          },
          {
            term: t('project.euSought'),
            description: formatSek(project.euFundingSoughtSek, locale),
          },
          {
            term: t('project.euGranted'),
            description: formatSek(project.euFundingGrantedSek, locale),
          },
          {
            term: t('project.applicationDeadline'),
            description: <Day date={project.applicationDeadline} />,
          },
          { term: t('project.submittedOn'), description: <Day date={project.submittedOn} /> },
          { term: t('project.start'), description: <Day date={project.startOn} /> },
          { term: t('project.end'), description: <Day date={project.endOn} /> },
          {
            term: t('project.origin'),
            description: project.demo ? (
              <span className="cell-stack">
                <DemoBadge /> {t('project.demo')}
              </span>
            ) : (
              t('project.registry')
            ),
          },
        ]}
      />

      {canTransitionProject(grant, project) ? (
        <Section title={t('project.transition')}>
          <ProjectTransition
            project={{ id: project.id, version: project.version, state }}
            reload={reload}
          />
        </Section>
      ) : null}

      <Section title={t('project.analysis')}>
        <p>
          {project.analysisComplete
            ? `${t('project.analysisComplete')}${
                project.analysisCompletedOn
                  ? ` (${t('project.analysisCompletedOn', { date: project.analysisCompletedOn })})`
                  : ''
              }.`
            : `${t('project.analysisIncomplete')}.`}
        </p>
        <DescriptionList
          items={[
            { term: t('project.benefit'), description: <Text value={project.benefit} /> },
            { term: t('project.resources'), description: <Text value={project.resources} /> },
            {
              term: t('project.longTermEffects'),
              description: <Text value={project.longTermEffects} />,
            },
          ]}
        />
      </Section>

      <Section title={t('project.partners')} count={project.partners.length}>
        {project.partners.length ? (
          <ul className="ui-link-list">
            {project.partners.map((p) => (
              <li key={p.partnerCity?.id ?? p.organisation?.id ?? p.name}>{partner(p)}</li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t('project.partnersEmpty')}</EmptyState>
        )}
      </Section>

      {supportRequests ? (
        <Section title={t('project.support')} count={supportRequests.length}>
          {supportRequests.length ? (
            <DataTable
              caption={t('project.support')}
              hideCaption
              rows={supportRequests}
              rowKey={(r) => r.id}
              columns={[
                {
                  id: 'kind',
                  header: t('project.supportKind'),
                  cell: (r) => (
                    <span className="cell-stack">
                      {label(locale, 'supportKind', fromGql(r.kind))}
                      {r.demo ? <DemoBadge /> : null}
                    </span>
                  ),
                },
                {
                  id: 'state',
                  header: t('project.supportState'),
                  cell: (r) => label(locale, 'supportState', fromGql(r.state)),
                },
                {
                  id: 'requested',
                  header: t('project.requestedOn'),
                  cell: (r) => <Day date={r.requestedOn} />,
                },
                {
                  id: 'closed',
                  header: t('project.closedOn'),
                  cell: (r) => <Day date={r.closedOn} />,
                },
                { id: 'note', header: t('project.note'), cell: (r) => r.note ?? '–' },
              ]}
            />
          ) : (
            <EmptyState>{t('project.supportEmpty')}</EmptyState>
          )}
        </Section>
      ) : null}

      <Section title={t('project.tags')}>
        <DescriptionList
          items={[
            {
              term: t('project.orientations'),
              description: (
                <Tags
                  items={project.orientations.map((o) => label(locale, 'orientation', fromGql(o)))}
                />
              ),
            },
            {
              term: t('project.priorityAreas'),
              description: (
                <Tags
                  items={project.priorityAreas.map((a) =>
                    label(locale, 'priorityArea', fromGql(a)),
                  )}
                />
              ),
            },
            {
              term: t('project.themes'),
              description: (
                <Tags
                  items={project.themes.map((theme) => label(locale, 'theme', fromGql(theme)))}
                />
              ),
            },
          ]}
        />
      </Section>

      <Section title={t('project.seats')} count={project.seats.length}>
        {project.seats.length ? (
          <SeatsTable
            caption={t('project.seats')}
            hideCaption
            seats={project.seats}
            show={['forum', 'organisation', 'unit', 'person']}
          />
        ) : (
          <EmptyState>{t('project.seatsEmpty')}</EmptyState>
        )}
      </Section>
    </>
  );
}
