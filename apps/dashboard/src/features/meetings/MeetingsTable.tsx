// Registers the follow-up strings this module uses, when its page's chunk loads.
import '../../i18n/follow-up';
import { Badge } from '@malmo/ui';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { MeetingOrderField, MeetingsTable_MeetingFragment } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { paths } from '../../paths';
import { WithDemo } from '../demo/Demo';
import { csvOnly, type ListColumn } from '../list/ListScreen';

export const MeetingsTableFragment = graphql(`
  fragment MeetingsTable_Meeting on Meeting {
    id
    date
    place
    demo
    attendeeNote
    forum {
      id
      name
    }
    organisation {
      id
      name
    }
    partnerCity {
      id
      name
    }
    unit {
      id
      name
    }
    attendees {
      id
      name
    }
    report {
      id
      submittedOn
    }
  }
`);

type Row = MeetingsTable_MeetingFragment;

/** The forum, organisation or partner city met, with its page. */
export function meetingCounterpart(meeting: Row): { name: string; href: string } | null {
  if (meeting.forum) return { name: meeting.forum.name, href: paths.forum(meeting.forum.id) };
  if (meeting.organisation) {
    return {
      name: meeting.organisation.name,
      href: paths.organisation(meeting.organisation.id),
    };
  }
  if (meeting.partnerCity) {
    return { name: meeting.partnerCity.name, href: paths.partnerCity(meeting.partnerCity.id) };
  }
  return null;
}

export function useMeetingsTableColumns(): ListColumn<Row, MeetingOrderField>[] {
  const { t } = useLocale();
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  return [
    {
      id: 'counterpart',
      header: t('meetings.counterpart'),
      cell: (meeting) => {
        const counterpart = meetingCounterpart(meeting);
        return (
          <WithDemo demo={meeting.demo}>
            {counterpart ? <Link to={counterpart.href}>{counterpart.name}</Link> : '–'}
          </WithDemo>
        );
      },
      csv: (meeting) => meetingCounterpart(meeting)?.name,
    },
    {
      id: 'date',
      header: t('meetings.date'),
      sortKey: 'DATE',
      cell: (meeting) => (
        <time dateTime={meeting.date} className="nowrap">
          {meeting.date}
        </time>
      ),
      csv: (meeting) => meeting.date,
    },
    {
      id: 'place',
      header: t('meetings.place'),
      sortKey: 'PLACE',
      cell: (meeting) => meeting.place,
      csv: (meeting) => meeting.place,
    },
    {
      id: 'unit',
      header: t('meetings.unit'),
      sortKey: 'UNIT',
      cell: (meeting) => <Link to={paths.unit(meeting.unit.id)}>{meeting.unit.name}</Link>,
      csv: (meeting) => meeting.unit.name,
    },
    {
      id: 'attendees',
      header: t('meetings.attendees'),
      cell: (meeting) =>
        meeting.attendees.length ? (
          <span className="cell-stack">
            {meeting.attendees.map((person, index) => (
              <span key={person.id}>
                <Link to={paths.person(person.id)}>{person.name}</Link>
                {index < meeting.attendees.length - 1 ? ',' : ''}
              </span>
            ))}
          </span>
        ) : (
          (meeting.attendeeNote ?? '–')
        ),
      csv: (meeting) =>
        [...meeting.attendees.map((p) => p.name), meeting.attendeeNote].filter(Boolean).join('; '),
    },
    {
      id: 'reported',
      header: t('meetings.reported'),
      cell: (meeting) => (
        <Badge tone={meeting.report ? 'positive' : 'warning'}>
          {yesNo(meeting.report !== null)}
        </Badge>
      ),
      csv: (meeting) => yesNo(meeting.report !== null),
    },
    {
      id: 'reportedOn',
      header: t('meetings.reportedOn'),
      cell: (meeting) =>
        meeting.report ? (
          <time dateTime={meeting.report.submittedOn} className="nowrap">
            {meeting.report.submittedOn}
          </time>
        ) : (
          '–'
        ),
      csv: (meeting) => meeting.report?.submittedOn,
    },
    csvOnly('demo', t('demo.filter'), (meeting) => yesNo(meeting.demo)),
  ];
}
