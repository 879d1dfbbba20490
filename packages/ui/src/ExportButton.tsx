import { useState } from 'react';

export interface ExportButtonProps {
  label: string;
  busyLabel: string;
  errorLabel: string;
  onExport: () => Promise<void>;
  disabled?: boolean;
}

export function ExportButton({
  label,
  busyLabel,
  errorLabel,
  onExport,
  disabled,
}: ExportButtonProps) {
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const run = async () => {
    setState('busy');
    try {
      await onExport();
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="ui-export">
      <button
        type="button"
        className="ui-button ui-button--secondary"
        onClick={run}
        disabled={disabled || state === 'busy'}
        aria-busy={state === 'busy' || undefined}
      >
        <span aria-hidden="true" className="ui-export__icon">
          ⤓
        </span>
        {state === 'busy' ? busyLabel : label}
      </button>
      {state === 'failed' ? (
        <span role="alert" className="ui-export__error">
          {errorLabel}
        </span>
      ) : null}
    </span>
  );
}
