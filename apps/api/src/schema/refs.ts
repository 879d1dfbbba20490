import type { EntityName } from '@mikro-orm/core';
import { builder, type Context } from '../builder';
import {
  Agreement,
  EuNetworkContact,
  EventSeries,
  Forum,
  Membership,
  Organisation,
  PartnerCity,
  Person,
  Project,
  Seat,
  Unit,
} from '../db/entities';
import type { IEventSeries } from '../db/event-series';
import type { IForum, ISeat } from '../db/forum';
import type { IMembership, IOrganisation } from '../db/organisation';
import type { IAgreement, IPartnerCity } from '../db/partner-city';
import type { IEuNetworkContact, IPerson } from '../db/person';
import type { IProject } from '../db/project';
import type { IUnit } from '../db/unit';
import { parseKey } from './list';

/**
 * A Relay node over an entity, loaded in one batched query per type and request, so that
 * following a relation never costs a statement per row.
 */
function entityNodeRef<T extends { id: number }>(name: string, entity: EntityName<T>) {
  return builder.loadableNodeRef(name, {
    id: { resolve: (row: T) => row.id, parse: parseKey },
    load: (ids: number[], ctx: Context) =>
      ctx.em.find(entity, { id: { $in: ids } } as never) as Promise<T[]>,
    sort: (row: T) => row.id,
  });
}

export const UnitRef = entityNodeRef<IUnit>('Unit', Unit);
export const PersonRef = entityNodeRef<IPerson>('Person', Person);
export const EuNetworkContactRef = entityNodeRef<IEuNetworkContact>(
  'EuNetworkContact',
  EuNetworkContact,
);
export const OrganisationRef = entityNodeRef<IOrganisation>('Organisation', Organisation);
export const MembershipRef = entityNodeRef<IMembership>('Membership', Membership);
export const ForumRef = entityNodeRef<IForum>('Forum', Forum);
export const SeatRef = entityNodeRef<ISeat>('Seat', Seat);
export const ProjectRef = entityNodeRef<IProject>('Project', Project);
export const PartnerCityRef = entityNodeRef<IPartnerCity>('PartnerCity', PartnerCity);
export const AgreementRef = entityNodeRef<IAgreement>('Agreement', Agreement);
export const EventSeriesRef = entityNodeRef<IEventSeries>('EventSeries', EventSeries);
