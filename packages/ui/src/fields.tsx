import { type FormEvent, type ReactNode, useId } from 'react';

export interface FilterBarProps {
  /** Names the search landmark. */
  label: string;
  children: ReactNode;
  onSubmit?: () => void;
}

/** The search box and filters of a list, as one search landmark. */
export function FilterBar({ label, children, onSubmit }: FilterBarProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit?.();
  };
  return (
    <search className="ui-filter-bar" aria-label={label}>
      <form onSubmit={submit}>{children}</form>
    </search>
  );
}

export interface SearchFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  hint?: string;
}

export function SearchField({ label, value, onChange, placeholder, hint }: SearchFieldProps) {
  const id = useId();
  return (
    <div className="ui-field ui-field--grow">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span className="ui-field__hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      <input
        id={id}
        type="search"
        className="ui-input"
        value={value}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
}

export function SelectField({ label, value, options, onChange }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="ui-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="ui-input ui-select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export interface NumberFieldProps {
  label: string;
  /** The text as typed; the caller decides when it is a valid number. */
  value: string;
  onChange: (value: string) => void;
  min?: number;
  max?: number;
}

/** A whole-number field. */
export function NumberField({ label, value, onChange, min, max }: NumberFieldProps) {
  const id = useId();
  return (
    <div className="ui-field ui-field--narrow">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        className="ui-input"
        min={min}
        max={max}
        step={1}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
