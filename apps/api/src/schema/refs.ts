import type { EntityName } from '@mikro-orm/core';
import { builder, type Context } from '../builder';
import type { IMembershipAssessment } from '../db/assessment';
import {
  Agreement,
  EuNetworkContact,
  EventEdition,
  EventSeries,
  Forum,
  LegislationWatch,
  Meeting,
  MeetingReport,
  Membership,
  MembershipAssessment,
  OperationalPlan,
  Organisation,
  Participation,
  PartnerCity,
  Person,
  Project,
  Seat,
  Secondment,
  SupportRequest,
  TrainingSession,
  Unit,
} from '../db/entities';
import type { IEventEdition, IEventSeries, IParticipation } from '../db/event-series';
import type { IForum, ISeat } from '../db/forum';
import type { IMeeting, IMeetingReport } from '../db/meeting';
import type { IMembership, IOrganisation } from '../db/organisation';
import type { IAgreement, IPartnerCity } from '../db/partner-city';
import type { IEuNetworkContact, IPerson } from '../db/person';
import type { IOperationalPlan } from '../db/plan';
import type { IProject, ISupportRequest } from '../db/project';
import type { ISecondment } from '../db/secondment';
import type { IUnit } from '../db/unit';
import type { ILegislationWatch, ITrainingSession } from '../db/watch';
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
export const EventEditionRef = entityNodeRef<IEventEdition>('EventEdition', EventEdition);
export const ParticipationRef = entityNodeRef<IParticipation>('Participation', Participation);
export const OperationalPlanRef = entityNodeRef<IOperationalPlan>(
  'OperationalPlan',
  OperationalPlan,
);
export const SupportRequestRef = entityNodeRef<ISupportRequest>('SupportRequest', SupportRequest);
export const MeetingRef = entityNodeRef<IMeeting>('Meeting', Meeting);
export const MeetingReportRef = entityNodeRef<IMeetingReport>('MeetingReport', MeetingReport);
export const SecondmentRef = entityNodeRef<ISecondment>('Secondment', Secondment);
export const MembershipAssessmentRef = entityNodeRef<IMembershipAssessment>(
  'MembershipAssessment',
  MembershipAssessment,
);
export const LegislationWatchRef = entityNodeRef<ILegislationWatch>(
  'LegislationWatch',
  LegislationWatch,
);
export const TrainingSessionRef = entityNodeRef<ITrainingSession>(
  'TrainingSession',
  TrainingSession,
);
