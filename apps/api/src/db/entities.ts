import { Account, PersonErasure, Session, SignInAttempt } from './account';
import { MembershipAssessment } from './assessment';
import { AuditEntry } from './audit';
import { EventEdition, EventSeries, Participation } from './event-series';
import { Forum, Seat } from './forum';
import { Meeting, MeetingReport } from './meeting';
import { DemoRun, ObligationWaiver } from './obligation';
import { Membership, Organisation } from './organisation';
import { Agreement, PartnerCity } from './partner-city';
import { EuNetworkContact, Person } from './person';
import { OperationalPlan, PlanPriority } from './plan';
import { Project, ProjectPartner, SupportRequest } from './project';
import { Secondment } from './secondment';
import { Unit } from './unit';
import { LegislationWatch, TrainingSession } from './watch';

export {
  Account,
  Agreement,
  AuditEntry,
  DemoRun,
  EuNetworkContact,
  EventEdition,
  EventSeries,
  Forum,
  LegislationWatch,
  Meeting,
  MeetingReport,
  Membership,
  MembershipAssessment,
  ObligationWaiver,
  OperationalPlan,
  Organisation,
  Participation,
  PartnerCity,
  Person,
  PersonErasure,
  PlanPriority,
  Project,
  ProjectPartner,
  Seat,
  Secondment,
  Session,
  SignInAttempt,
  SupportRequest,
  TrainingSession,
  Unit,
};

export const entities = [
  Unit,
  Person,
  EuNetworkContact,
  Organisation,
  Membership,
  MembershipAssessment,
  Forum,
  Seat,
  Project,
  ProjectPartner,
  SupportRequest,
  PartnerCity,
  Agreement,
  EventSeries,
  EventEdition,
  Participation,
  OperationalPlan,
  PlanPriority,
  Meeting,
  MeetingReport,
  Secondment,
  LegislationWatch,
  TrainingSession,
  ObligationWaiver,
  DemoRun,
  Account,
  Session,
  SignInAttempt,
  PersonErasure,
  AuditEntry,
];
