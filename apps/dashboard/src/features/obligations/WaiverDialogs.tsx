// Registers the follow-up strings this module uses, when its page's chunk loads.
import '../../i18n/follow-up';
import { useMutation, useQuery } from '@apollo/client/react';
import { label } from '@malmo/domain';
import { Dialog, StatusMessage, TextAreaField } from '@malmo/ui';
import { type FormEvent, useRef, useState } from 'react';
import { graphql } from '../../gql';
import { useLocale } from '../../i18n';
import { fromGql } from '../../lib/enums';
import { type Outcome, outcomeOf } from '../../lib/mutation-result';
import type { ObligationRow } from './ObligationsTable';
import { checkWaiver, waiverInForce } from './waiver';

const waiveObligationMutation = graphql(`
  mutation WaiveObligation($input: WaiveObligationInput!) {
    waiveObligation(input: $input) {
      __typename
      ... on MutationWaiveObligationSuccess {
        data {
          id
          obligationKey
          reason
          waivedOn
        }
      }
      ...InputProblem
      ...RuleProblem
      ...StaleProblem
    }
  }
`);

const revokeWaiverMutation = graphql(`
  mutation RevokeObligationWaiver($id: ID!, $revokedOn: Date) {
    revokeObligationWaiver(id: $id, revokedOn: $revokedOn) {
      __typename
      ... on MutationRevokeObligationWaiverSuccess {
        data {
          id
          revokedOn
        }
      }
      ...InputProblem
      ...RuleProblem
      ...StaleProblem
    }
  }
`);

const obligationWaiversQuery = graphql(`
  query ObligationWaivers($obligationKey: String!) {
    obligationWaivers(obligationKey: $obligationKey) {
      id
      reason
      waivedOn
      waivedBy
      revokedOn
    }
  }
`);

/** The obligation a dialog acts on, and how the row describes it. */
export interface DialogTarget {
  row: ObligationRow;
  subject: string;
}

interface DialogProps {
  target: DialogTarget | null;
  /** The ledger's day: the waiver (or its revocation) is recorded as of it. */
  asOf: string;
  onClose: () => void;
  /** After a change: the ledger's queries to refetch, and what to announce. */
  onDone: (message: string) => void;
  returnFocus: () => HTMLElement | null | undefined;
  refetchQueries: readonly string[];
}

function About({ target }: { target: DialogTarget }) {
  const { t, locale } = useLocale();
  const { row, subject } = target;
  return (
    <p>
      <strong>
        {t('obligations.about', {
          kind: label(locale, 'obligationKind', fromGql(row.kind)),
          rule: row.rule,
          subject,
        })}
      </strong>
      {row.dueOn ? <> {t('obligations.dueOn', { date: row.dueOn })}</> : null}
    </p>
  );
}

function Failure({ outcome }: { outcome: Outcome<unknown> | null }) {
  const { t } = useLocale();
  if (!outcome || outcome.ok) return null;
  // Field messages at their field are shown there; the rest (and the gist) here.
  const others = Object.entries(outcome.fields)
    .filter(([field]) => field !== 'reason')
    .map(([, message]) => message);
  return (
    <div className="ui-error-summary" role="alert">
      <strong>{t('obligations.errorsTitle')}</strong> {outcome.message}
      {others.length ? (
        <ul>
          {others.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** "Undanta": the reason, checked in the browser with the API's own schema, then saved. */
export function WaiveDialog(props: DialogProps) {
  const { t, locale } = useLocale();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Outcome<unknown> | null>(null);
  const [waive, { loading }] = useMutation(waiveObligationMutation);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const { target } = props;

  const close = () => {
    setReason('');
    setErrors({});
    setOutcome(null);
    props.onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!target || loading) return;
    setOutcome(null);
    const checked = checkWaiver(
      { obligationKey: target.row.key, reason, waivedOn: props.asOf },
      locale,
    );
    if (!checked.ok) {
      setErrors(checked.fields);
      reasonRef.current?.focus();
      return;
    }
    setErrors({});
    try {
      const { data } = await waive({
        variables: { input: checked.input },
        refetchQueries: [...props.refetchQueries],
        awaitRefetchQueries: true,
      });
      if (!data) throw new Error('No data');
      const result = outcomeOf(data.waiveObligation, locale);
      if (result.ok) {
        props.onDone(t('obligations.waived', { subject: target.subject }));
        close();
        return;
      }
      setOutcome(result);
      setErrors(result.fields);
      if (result.fields.reason) reasonRef.current?.focus();
    } catch {
      setOutcome({
        ok: false,
        kind: 'input',
        message: t('obligations.failed'),
        rule: null,
        fields: {},
        messages: [],
      });
    }
  };

  return (
    <Dialog
      open={target !== null}
      title={t('obligations.waiveTitle')}
      onClose={close}
      returnFocus={props.returnFocus}
    >
      {target ? (
        <form onSubmit={submit} noValidate>
          <About target={target} />
          <p>{t('obligations.waiveDay', { date: props.asOf })}</p>
          <Failure outcome={outcome} />
          <TextAreaField
            label={t('obligations.reason')}
            hint={t('obligations.reasonHint')}
            value={reason}
            onChange={setReason}
            error={errors.reason}
            required
            maxLength={1000}
            inputRef={reasonRef}
          />
          <div className="ui-form-actions">
            <button type="submit" className="ui-button" disabled={loading} aria-busy={loading}>
              {loading ? t('obligations.saving') : t('obligations.waiveSubmit')}
            </button>
            <button type="button" className="ui-button ui-button--secondary" onClick={close}>
              {t('obligations.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </Dialog>
  );
}

/** "Återkalla": finds the waiver in force and withdraws it; the record of it stays. */
export function RevokeDialog(props: DialogProps) {
  const { target } = props;
  const { t } = useLocale();
  return (
    <Dialog
      open={target !== null}
      title={t('obligations.revokeTitle')}
      onClose={props.onClose}
      returnFocus={props.returnFocus}
    >
      {target ? <RevokeForm {...props} target={target} /> : null}
    </Dialog>
  );
}

function RevokeForm(props: DialogProps & { target: DialogTarget }) {
  const { t, locale } = useLocale();
  const { target } = props;
  const waivers = useQuery(obligationWaiversQuery, {
    variables: { obligationKey: target.row.key },
    fetchPolicy: 'network-only',
  });
  const [revoke, { loading }] = useMutation(revokeWaiverMutation);
  const [outcome, setOutcome] = useState<Outcome<unknown> | null>(null);
  const waiver = waivers.data ? waiverInForce(waivers.data.obligationWaivers) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!waiver || loading) return;
    setOutcome(null);
    try {
      const { data } = await revoke({
        variables: { id: waiver.id, revokedOn: props.asOf },
        refetchQueries: [...props.refetchQueries],
        awaitRefetchQueries: true,
      });
      if (!data) throw new Error('No data');
      const result = outcomeOf(data.revokeObligationWaiver, locale);
      if (result.ok) {
        props.onDone(t('obligations.revoked', { subject: target.subject }));
        props.onClose();
        return;
      }
      setOutcome(result);
    } catch {
      setOutcome({
        ok: false,
        kind: 'input',
        message: t('obligations.failed'),
        rule: null,
        fields: {},
        messages: [],
      });
    }
  };

  return (
    <form onSubmit={submit}>
      <About target={target} />
      <p>{t('obligations.revokeIntro')}</p>
      {waiver ? (
        <p>{t('obligations.revokeReason', { date: waiver.waivedOn, reason: waiver.reason })}</p>
      ) : null}
      <StatusMessage tone={waivers.error ? 'error' : 'info'} inline>
        {waivers.loading
          ? t('common.loading')
          : waivers.error
            ? t('common.error')
            : waivers.data && !waiver
              ? t('obligations.noWaiver')
              : ''}
      </StatusMessage>
      <Failure outcome={outcome} />
      <div className="ui-form-actions">
        <button
          type="submit"
          className="ui-button"
          disabled={!waiver || loading}
          aria-busy={loading}
        >
          {loading ? t('obligations.saving') : t('obligations.revokeSubmit')}
        </button>
        <button type="button" className="ui-button ui-button--secondary" onClick={props.onClose}>
          {t('obligations.cancel')}
        </button>
      </div>
    </form>
  );
}
