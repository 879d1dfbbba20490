import { type AgreementType, type Locale, label } from '@malmo/domain';
import type { ObligationsTable_ObligationFragment } from '../../gql/graphql';
import { fromGql } from '../../lib/enums';
import { paths } from '../../paths';

/** What an obligation concerns: a name (linked where the record has a page) and a detail. */
export interface SubjectParts {
  name: string;
  href: string | null;
  detail: string | null;
}

/** The words the description needs, in the reader's language. */
export interface SubjectWords {
  agreementUntil: (type: string, date: string) => string;
  viaProject: (project: string) => string;
}

type Row = Pick<
  ObligationsTable_ObligationFragment,
  | 'subject'
  | 'year'
  | 'meeting'
  | 'secondment'
  | 'unit'
  | 'project'
  | 'agreement'
  | 'membership'
  | 'seat'
  | 'partnerCity'
>;

const NONE: SubjectParts = { name: '–', href: null, detail: null };

/**
 * Meeting → its forum, organisation or partner city and the date; plan → unit and year;
 * project → title; agreement → partner city; membership → organisation; seat → forum and holder;
 * partner city; secondment → the person or the external organisation.
 */
export function describeSubject(row: Row, locale: Locale, words: SubjectWords): SubjectParts {
  switch (row.subject) {
    case 'MEETING': {
      const m = row.meeting;
      if (!m) return NONE;
      const counterpart = m.forum
        ? { name: m.forum.name, href: paths.forum(m.forum.id) }
        : m.organisation
          ? { name: m.organisation.name, href: paths.organisation(m.organisation.id) }
          : m.partnerCity
            ? { name: m.partnerCity.name, href: paths.partnerCity(m.partnerCity.id) }
            : { name: m.place, href: null };
      return { ...counterpart, detail: m.date };
    }
    case 'UNIT':
      return row.unit
        ? {
            name: row.unit.name,
            href: paths.unit(row.unit.id),
            detail: row.year == null ? null : String(row.year),
          }
        : NONE;
    case 'PROJECT':
      return row.project
        ? { name: row.project.title, href: paths.project(row.project.id), detail: null }
        : NONE;
    case 'AGREEMENT': {
      const a = row.agreement;
      if (!a) return NONE;
      const type = label(locale, 'agreementType', fromGql(a.type) as AgreementType);
      return {
        name: a.partnerCity.name,
        href: paths.partnerCity(a.partnerCity.id),
        detail: a.validUntil ? words.agreementUntil(type, a.validUntil) : type,
      };
    }
    case 'MEMBERSHIP':
      return row.membership
        ? {
            name: row.membership.organisation.name,
            href: paths.organisation(row.membership.organisation.id),
            detail: null,
          }
        : NONE;
    case 'SEAT': {
      const s = row.seat;
      if (!s) return NONE;
      const holder = [s.unit?.name, s.person?.name].filter(Boolean).join(', ');
      const via = s.project ? words.viaProject(s.project.title) : '';
      return {
        name: s.forum.name,
        href: paths.forum(s.forum.id),
        detail: [holder, via].filter(Boolean).join(' ') || null,
      };
    }
    case 'PARTNER_CITY':
      return row.partnerCity
        ? {
            name: row.partnerCity.name,
            href: paths.partnerCity(row.partnerCity.id),
            detail: null,
          }
        : NONE;
    case 'SECONDMENT': {
      const s = row.secondment;
      if (!s) return NONE;
      const span = `${s.startOn}–${s.endOn ?? ''}`;
      return s.person
        ? { name: s.person.name, href: paths.person(s.person.id), detail: span }
        : { name: s.externalOrganisation ?? '–', href: null, detail: span };
    }
    default:
      return NONE;
  }
}

/** The subject as one line of text, for the export and for announcements. */
export function subjectText(parts: SubjectParts): string {
  return parts.detail ? `${parts.name}, ${parts.detail}` : parts.name;
}
