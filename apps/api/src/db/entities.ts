import { EventSeries } from './event-series';
import { Forum, Seat } from './forum';
import { Membership, Organisation } from './organisation';
import { Agreement, PartnerCity } from './partner-city';
import { EuNetworkContact, Person } from './person';
import { Project } from './project';
import { Unit } from './unit';

export {
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
};

export const entities = [
  Unit,
  Person,
  EuNetworkContact,
  Organisation,
  Membership,
  Forum,
  Seat,
  Project,
  PartnerCity,
  Agreement,
  EventSeries,
];
