// Registers the follow-up strings this module uses, when its page's chunk loads.
import '../../i18n/follow-up';
import { useMutation } from '@apollo/client/react';
import {
  label,
  PROJECT_TRANSITIONS,
  type ProjectState,
  parseInput,
  projectTransitionInputSchema,
} from '@malmo/domain';
import { DateField, SelectField, StatusMessage } from '@malmo/ui';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { graphql } from '../../gql';
import { useLocale } from '../../i18n';
import { toGql } from '../../lib/enums';
import { fieldMap, type Outcome, outcomeOf } from '../../lib/mutation-result';
import { workingDay } from '../obligations/ledger-day';
import { useLedgerSettings } from '../obligations/ledger-settings';

const transitionProjectMutation = graphql(`
  # Only roles that read the follow-up work may transition, so the answer carries it too.
  mutation TransitionProject($input: ProjectTransitionInput!, $followUp: Boolean! = true) {
    transitionProject(input: $input) {
      __typename
      ... on MutationTransitionProjectSuccess {
        data {
          ...ProjectDetails_Project
        }
      }
      ...InputProblem
      ...RuleProblem
      ...StaleProblem
    }
  }
`);

/** The states a project may move to from `state` (the domain's lifecycle, R4). */
export function nextStates(state: ProjectState): readonly ProjectState[] {
  return PROJECT_TRANSITIONS[state];
}

interface Props {
  project: { id: string; version: number; state: ProjectState };
  /** Reloads the project, after the API said it changed since it was read. */
  reload: () => void;
}

/**
 * "Byt status": only the steps the lifecycle allows are offered; the API still checks them, and
 * R4 (plan before project, benefit analysis) before an application is submitted.
 */
export function ProjectTransition({ project, reload }: Props) {
  const { t, locale } = useLocale();
  const { settings } = useLedgerSettings();
  const [to, setTo] = useState('');
  const [on, setOn] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Outcome<unknown> | null>(null);
  const [done, setDone] = useState('');
  const summaryRef = useRef<HTMLDivElement>(null);
  const [transition, { loading }] = useMutation(transitionProjectMutation);
  const options = nextStates(project.state);

  // Dated by the ledger's working day (the demo day when the registry holds demo activity).
  const dated = useRef(false);
  useEffect(() => {
    if (settings && !dated.current) {
      dated.current = true;
      setOn((current) => current || workingDay(settings));
    }
  }, [settings]);

  useEffect(() => {
    if (outcome && !outcome.ok) summaryRef.current?.focus();
  }, [outcome]);

  if (options.length === 0) return <p>{t('project.closed')}</p>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    setOutcome(null);
    setDone('');
    const checked = parseInput(
      projectTransitionInputSchema,
      { projectId: project.id, to: to || undefined, on },
      locale,
    );
    if (!checked.ok) {
      setErrors(fieldMap(checked.errors));
      return;
    }
    setErrors({});
    const target = checked.value.to;
    try {
      const { data } = await transition({
        variables: {
          input: {
            projectId: project.id,
            version: project.version,
            to: toGql(target),
            on: checked.value.on,
          },
        },
      });
      if (!data) throw new Error('No data');
      const result = outcomeOf(data.transitionProject, locale);
      if (result.ok) {
        setTo('');
        setDone(t('project.changed', { state: label(locale, 'projectState', target) }));
        return;
      }
      setErrors(result.fields);
      setOutcome(result);
      if (result.kind === 'stale') reload();
    } catch {
      setOutcome({
        ok: false,
        kind: 'input',
        message: t('project.failed'),
        rule: null,
        fields: {},
        messages: [],
      });
    }
  };

  // Every message goes in the summary; those about this form's fields also sit at the field.
  const summary =
    outcome && !outcome.ok ? (
      <div className="ui-error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
        {outcome.kind === 'rule' && outcome.rule ? (
          <strong>{t('project.refused', { rule: outcome.rule, message: outcome.message })}</strong>
        ) : outcome.kind === 'stale' ? (
          <strong>{t('project.stale')}</strong>
        ) : (
          <strong>{outcome.message}</strong>
        )}
        {outcome.messages.length ? (
          <ul>
            {outcome.messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        ) : null}
      </div>
    ) : null;

  return (
    <>
      <p className="muted">{t('project.transitionHint')}</p>
      {summary}
      <StatusMessage>{done}</StatusMessage>
      <form className="transition-form" onSubmit={submit} noValidate>
        <SelectField
          label={t('project.to')}
          value={to}
          options={[
            { value: '', label: t('project.choose') },
            ...options.map((state) => ({
              value: state,
              label: label(locale, 'projectState', state),
            })),
          ]}
          onChange={(value) => setTo(value)}
          error={errors.to}
          required
        />
        <DateField label={t('project.on')} value={on} onChange={setOn} error={errors.on} required />
        <button type="submit" className="ui-button" disabled={loading} aria-busy={loading}>
          {loading ? t('project.saving') : t('project.submit')}
        </button>
      </form>
    </>
  );
}
