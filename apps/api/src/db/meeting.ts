import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { archivedProperty, baseProperties } from './base';
import { Forum } from './forum';
import { Organisation } from './organisation';
import { PartnerCity } from './partner-city';
import { Person } from './person';
import { demoProperty } from './tags';
import { Unit } from './unit';

/** A meeting of a forum, a network or with a partner city, attended for Malmö (R7). */
export const Meeting = defineEntity({
  name: 'Meeting',
  tableName: 'meeting',
  // The meetings list opens newest first (ties by id, as findPage orders): its first page is read
  // from this index instead of sorting every meeting.
  indexes: [
    {
      name: 'meeting_date_id_desc_index',
      properties: ['date', 'id'],
      columns: [
        { name: 'date', sort: 'DESC', nulls: 'LAST' },
        { name: 'id', sort: 'DESC', nulls: 'LAST' },
      ],
    },
  ],
  properties: {
    ...baseProperties,
    ...archivedProperty,
    forum: () => p.manyToOne(Forum).nullable().index(),
    organisation: () => p.manyToOne(Organisation).nullable().index(),
    partnerCity: () => p.manyToOne(PartnerCity).nullable().index(),
    /** The unit that answers for reporting the meeting back. */
    unit: () => p.manyToOne(Unit).index(),
    date: p.date().index(),
    place: p.string().length(200),
    attendees: () => p.manyToMany(Person).owner().pivotTable('meeting_attendee'),
    attendeeNote: p.string().length(500).nullable(),
    demo: demoProperty,
    report: () => p.oneToOne(MeetingReport).mappedBy('meeting').nullable(),
  },
});
export type IMeeting = InferEntity<typeof Meeting>;

/** The report back to the coordinator at Stadskontoret after a meeting (R7). */
export const MeetingReport = defineEntity({
  name: 'MeetingReport',
  tableName: 'meeting_report',
  properties: {
    ...baseProperties,
    ...archivedProperty,
    meeting: () => p.oneToOne(Meeting).owner().unique().deleteRule('cascade'),
    submittedOn: p.date(),
    summary: p.text(),
    followUps: p.text().nullable(),
    demo: demoProperty,
  },
});
export type IMeetingReport = InferEntity<typeof MeetingReport>;
