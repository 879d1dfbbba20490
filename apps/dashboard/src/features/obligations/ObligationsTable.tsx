// Registers the follow-up strings this module uses, when its page's chunk loads.
import '../../i18n/follow-up';
import { label, type ObligationState } from '@malmo/domain';
import { Badge, type BadgeTone } from '@malmo/ui';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { ObligationsTable_ObligationFragment } from '../../gql/graphql';
import { useLocale } from '../../i18n';
import { fromGql } from '../../lib/enums';
import { paths } from '../../paths';
import { csvOnly, type ListColumn } from '../list/ListScreen';
import { describeSubject, type SubjectParts, type SubjectWords, subjectText } from './subject';

export const ObligationsTableFragment = graphql(`
  fragment ObligationsTable_Obligation on Obligation {
    key
    kind
    rule
    state
    year
    dueOn
    fulfilledOn
    subject
    waiver {
      reason
      waivedOn
      waivedBy
    }
    ownerUnit {
      id
      name
    }
    meeting {
      id
      date
      place
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
    }
    secondment {
      id
      startOn
      endOn
      externalOrganisation
      person {
        id
        name
      }
    }
    unit {
      id
      name
    }
    project {
      id
      title
    }
    agreement {
      id
      type
      validUntil
      partnerCity {
        id
        name
      }
    }
    membership {
      id
      organisation {
        id
        name
      }
    }
    seat {
      id
      forum {
        id
        name
      }
      unit {
        id
        name
      }
      person {
        id
        name
      }
      project {
        id
        title
      }
    }
    partnerCity {
      id
      name
    }
  }
`);

/** A ledger row; the list machinery keys rows by `id`, the ledger by its stable `key`. */
export type ObligationRow = ObligationsTable_ObligationFragment & { id: string };

const TONES: Record<ObligationState, BadgeTone> = {
  overdue: 'danger',
  due: 'info',
  fulfilled: 'positive',
  waived: 'neutral',
};

export function ObligationStateBadge({ state }: { state: ObligationState }) {
  const { locale } = useLocale();
  return <Badge tone={TONES[state]}>{label(locale, 'obligationState', state)}</Badge>;
}

/** The words `describeSubject` needs, in the reader's language. */
export function useSubjectWords(): SubjectWords {
  const { t } = useLocale();
  return {
    agreementUntil: (type, date) => t('obligations.agreementUntil', { type, date }),
    viaProject: (project) => t('obligations.viaProject', { project }),
  };
}

function Subject({ parts }: { parts: SubjectParts }) {
  return (
    <span className="cell-stack">
      {parts.href ? <Link to={parts.href}>{parts.name}</Link> : parts.name}
      {parts.detail ? <span className="cell-muted"> {parts.detail}</span> : null}
    </span>
  );
}

function Day({ date }: { date: string | null }) {
  return date ? (
    <time dateTime={date} className="nowrap">
      {date}
    </time>
  ) : (
    '–'
  );
}

export interface ObligationActions {
  onWaive: (row: ObligationRow, subject: string) => void;
  onRevoke: (row: ObligationRow, subject: string) => void;
}

/** Marks a row's action button so focus can find the row's button again after a refetch. */
export const ACTION_ATTRIBUTE = 'data-obligation-action';

/** The ledger's columns; `actions` null leaves out "Undanta" and "Återkalla" (not the role's). */
export function useObligationsTableColumns(
  actions: ObligationActions | null,
): ListColumn<ObligationRow, never>[] {
  const { t, locale } = useLocale();
  const words = useSubjectWords();
  const subjectOf = (row: ObligationRow) => describeSubject(row, locale, words);
  const kindLabel = (row: ObligationRow) => label(locale, 'obligationKind', fromGql(row.kind));
  const stateLabel = (row: ObligationRow) => label(locale, 'obligationState', fromGql(row.state));

  /** "Undanta" on an open duty, "Återkalla" on a waived one; its name says which row. */
  const action = (row: ObligationRow) => {
    if (!actions) return null;
    const open = row.state === 'OVERDUE' || row.state === 'DUE';
    if (!open && row.state !== 'WAIVED') return null;
    const subject = subjectText(subjectOf(row));
    const name = open ? t('obligations.waive') : t('obligations.revoke');
    return (
      <button
        type="button"
        className="ui-button ui-button--secondary ui-button--small"
        // The visible word first (label in name), then which duty it acts on.
        aria-label={`${name}: ${kindLabel(row)}, ${subject}`}
        {...{ [ACTION_ATTRIBUTE]: row.key }}
        onClick={() => (open ? actions.onWaive(row, subject) : actions.onRevoke(row, subject))}
      >
        {name}
      </button>
    );
  };

  return [
    {
      // The state and the action that changes it together: the table stays narrow enough that
      // the action is not scrolled out of view.
      id: 'state',
      header: t('obligations.colState'),
      cell: (row) => (
        <span className="state-cell">
          <ObligationStateBadge state={fromGql(row.state)} />
          {action(row)}
        </span>
      ),
      csv: stateLabel,
    },
    csvOnly('kindLabel', t('obligations.colKind'), kindLabel),
    csvOnly('rule', t('obligations.colRule'), (row) => row.rule),
    {
      id: 'kind',
      header: t('obligations.colKindRule'),
      cell: (row) => (
        <span className="cell-stack">
          <span>{kindLabel(row)}</span> <span className="cell-muted">{row.rule}</span>
        </span>
      ),
    },
    {
      id: 'subject',
      header: t('obligations.colSubject'),
      cell: (row) => <Subject parts={subjectOf(row)} />,
      csv: (row) => subjectText(subjectOf(row)),
    },
    {
      id: 'owner',
      header: t('obligations.colOwner'),
      cell: (row) =>
        row.ownerUnit ? <Link to={paths.unit(row.ownerUnit.id)}>{row.ownerUnit.name}</Link> : '–',
      csv: (row) => row.ownerUnit?.name,
    },
    {
      id: 'due',
      header: t('obligations.colDue'),
      cell: (row) => <Day date={row.dueOn} />,
      csv: (row) => row.dueOn,
    },
    {
      id: 'fulfilled',
      header: t('obligations.colFulfilled'),
      cell: (row) => <Day date={row.fulfilledOn} />,
      csv: (row) => row.fulfilledOn,
    },
    {
      id: 'waiver',
      header: t('obligations.colWaiver'),
      cell: (row) =>
        row.waiver ? (
          <span className="cell-stack">
            <span>{row.waiver.reason}</span>{' '}
            <span className="cell-muted">
              {row.waiver.waivedBy
                ? t('obligations.waivedOnBy', {
                    date: row.waiver.waivedOn,
                    by: row.waiver.waivedBy,
                  })
                : t('obligations.waivedOn', { date: row.waiver.waivedOn })}
            </span>
          </span>
        ) : (
          '–'
        ),
      csv: (row) => row.waiver?.reason,
    },
    csvOnly('waivedOn', t('obligations.colWaivedOn'), (row) => row.waiver?.waivedOn),
    csvOnly('waivedBy', t('obligations.colWaivedBy'), (row) => row.waiver?.waivedBy),
    csvOnly('key', t('obligations.colKey'), (row) => row.key),
  ];
}
