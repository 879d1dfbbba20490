import {
  type IsoDate,
  isAgreementExpired,
  label,
  type Orientation,
  type PartnerCandidate,
  type PriorityArea,
  type Theme,
  todayInMalmo,
} from '@malmo/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Forum, Seat } from '../db/forum';
import { Membership, Organisation } from '../db/organisation';
import { Agreement, PartnerCity } from '../db/partner-city';
import type { IProject } from '../db/project';

/** Nearer countries first; only ever breaks a tie (R3: subject before geography). */
const COUNTRY_DISTANCE: Record<string, number> = { SE: 0, DK: 1, NO: 2, FI: 2 };
const BALTIC = new Set(['DE', 'PL', 'EE', 'LV', 'LT', 'RU']);
const EUROPE = new Set(['GB', 'IE', 'NL', 'BE', 'FR', 'ES', 'PT', 'IT', 'AT', 'CH', 'CZ', 'HU']);
function countryDistance(country: string): number {
  return COUNTRY_DISTANCE[country] ?? (BALTIC.has(country) ? 3 : EUROPE.has(country) ? 4 : 5);
}
const REGION_DISTANCE: Record<string, number> = {
  oresund_south_sweden: 0,
  baltic: 1,
  europe: 2,
  global: 3,
};

class TagSet {
  readonly themes = new Set<string>();
  readonly priorityAreas = new Set<string>();
  readonly orientations = new Set<string>();
  add(tags: { themes: string[]; priorityAreas: string[]; orientations: string[] }) {
    for (const v of tags.themes) this.themes.add(v);
    for (const v of tags.priorityAreas) this.priorityAreas.add(v);
    for (const v of tags.orientations) this.orientations.add(v);
    return this;
  }
  get plain() {
    return {
      themes: [...this.themes] as Theme[],
      priorityAreas: [...this.priorityAreas] as PriorityArea[],
      orientations: [...this.orientations] as Orientation[],
    };
  }
}

/**
 * Every possible partner with what the registry knows of it (R3): its themes from agreements,
 * memberships, forums and shared projects; Malmö's existing ties; the Öresund/South Sweden actors
 * it works with; and its distance. A handful of statements, whatever the registry's size.
 */
export async function partnerCandidates(
  em: EntityManager,
  today: IsoDate = todayInMalmo(),
): Promise<readonly PartnerCandidate[]> {
  // Archived records are out of use: no candidate, and no tie.
  const inUse = { archivedAt: null };
  const [cities, agreements, organisations, memberships, forums, seats, partners] =
    await Promise.all([
      em.find(PartnerCity, inUse),
      em.find(Agreement, inUse),
      em.find(Organisation, inUse),
      em.find(Membership, inUse),
      em.find(Forum, inUse),
      em.find(Seat, {
        ...inUse,
        $or: [{ toYear: null }, { toYear: { $gte: Number(today.slice(0, 4)) } }],
      }),
      // Plain rows, not entities: at 100× the demo data there are thousands of them.
      em.execute(
        `select pp.project_id as "projectId", pp.partner_city_id as "partnerCityId",
                pp.organisation_id as "organisationId", p.title, p.state, p.themes,
                p.priority_areas as "priorityAreas", p.orientations
           from project_partner pp join project p on p.id = pp.project_id
          where p.archived_at is null
            and (pp.partner_city_id is not null or pp.organisation_id is not null)`,
        [],
        'all',
      ) as Promise<PartnerRow[]>,
    ]);
  const organisationById = new Map(organisations.map((o) => [o.id, o]));
  const projectsOf = new Map<string, Set<number>>();
  const organisationsOfProject = new Map<number, number[]>();
  const projectById = new Map<number, ProjectLike>();
  for (const p of partners) {
    const key = p.partnerCityId != null ? `city:${p.partnerCityId}` : `org:${p.organisationId}`;
    projectsOf.set(key, (projectsOf.get(key) ?? new Set()).add(p.projectId));
    if (p.partnerCityId == null && p.organisationId != null) {
      const list = organisationsOfProject.get(p.projectId) ?? [];
      list.push(p.organisationId);
      organisationsOfProject.set(p.projectId, list);
    }
    projectById.set(p.projectId, { ...p, id: p.projectId });
  }

  /** Regional actors that share a project with the candidate. */
  function regionalActorsWith(key: string): string[] {
    const names = new Set<string>();
    for (const projectId of projectsOf.get(key) ?? []) {
      for (const organisationId of organisationsOfProject.get(projectId) ?? []) {
        const org = organisationById.get(organisationId);
        if (org?.kind === 'regional_actor' && `org:${org.id}` !== key) names.add(org.name);
      }
    }
    return [...names];
  }
  function projectTags(key: string, tags: TagSet) {
    for (const id of projectsOf.get(key) ?? []) {
      const project = projectById.get(id);
      if (project) tags.add(project);
    }
    return tags;
  }

  const candidates: PartnerCandidate[] = [];
  for (const city of cities) {
    const own = agreements.filter((a) => a.partnerCity.id === city.id);
    const tags = new TagSet();
    for (const a of own) tags.add(a);
    projectTags(`city:${city.id}`, tags);
    candidates.push({
      kind: 'partner_city',
      id: city.id,
      name: city.name,
      ...tags.plain,
      ties: [
        ...own
          .filter((a) => a.type !== 'none')
          .map((a) => ({
            kind: 'agreement' as const,
            label: `${label('sv', 'agreementType', a.type)}${a.signedYear ? ` (${a.signedYear})` : ''}`,
            active: a.status === 'active' && !isAgreementExpired(a, today),
          })),
        ...[...(projectsOf.get(`city:${city.id}`) ?? [])].map((id) => ({
          kind: 'project' as const,
          label: projectById.get(id)?.title ?? '',
          active: isRunning(projectById.get(id)),
        })),
      ],
      regionalActors: regionalActorsWith(`city:${city.id}`),
      geography: countryDistance(city.country),
    });
  }
  for (const organisation of organisations) {
    const membership = memberships.find((m) => m.organisation.id === organisation.id);
    const ownForums = forums.filter((f) => f.organisation.id === organisation.id);
    const tags = new TagSet();
    if (membership) tags.add(membership);
    for (const f of ownForums) tags.add(f);
    projectTags(`org:${organisation.id}`, tags);
    const forumIds = new Set(ownForums.map((f) => f.id));
    const heldSeats = seats.filter((s) => forumIds.has(s.forum.id));
    candidates.push({
      kind: 'organisation',
      id: organisation.id,
      name: organisation.name,
      ...tags.plain,
      ties: [
        ...(membership
          ? [
              {
                kind: 'membership' as const,
                label: membership.since ? `sedan ${membership.since}` : organisation.name,
                active: membership.endedYear == null,
              },
            ]
          : []),
        ...heldSeats.map((s) => ({
          kind: 'seat' as const,
          label: forums.find((f) => f.id === s.forum.id)?.name ?? '',
          active: true,
        })),
      ],
      regionalActors:
        organisation.kind === 'regional_actor'
          ? [organisation.name]
          : regionalActorsWith(`org:${organisation.id}`),
      geography: REGION_DISTANCE[organisation.regionFocus] ?? 3,
    });
  }
  for (const forum of forums) {
    const organisation = organisationById.get(forum.organisation.id);
    const membership = memberships.find((m) => m.organisation.id === forum.organisation.id);
    const held = seats.filter((s) => s.forum.id === forum.id);
    candidates.push({
      kind: 'forum',
      id: forum.id,
      name: organisation ? `${forum.name} (${organisation.name})` : forum.name,
      ...new TagSet().add(forum).plain,
      ties: [
        ...held.map(() => ({ kind: 'seat' as const, label: forum.name, active: true })),
        ...(membership && organisation
          ? [
              {
                kind: 'membership' as const,
                label: organisation.name,
                active: membership.endedYear == null,
              },
            ]
          : []),
      ],
      regionalActors: [],
      geography: organisation ? (REGION_DISTANCE[organisation.regionFocus] ?? 3) : 3,
    });
  }
  return candidates;
}

type ProjectLike = Pick<
  IProject,
  'id' | 'title' | 'state' | 'themes' | 'priorityAreas' | 'orientations'
>;
/** A partner (city or organisation) of a project in use, with the project's tags. */
type PartnerRow = Omit<ProjectLike, 'id'> & {
  projectId: number;
  partnerCityId: number | null;
  organisationId: number | null;
};

function isRunning(project: ProjectLike | undefined): boolean {
  return project != null && ['granted', 'running', 'submitted'].includes(project.state);
}
