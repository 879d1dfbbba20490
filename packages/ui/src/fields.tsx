import { type FormEvent, type MouseEvent, type ReactNode, type Ref, useId } from 'react';

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
  hint?: string;
  /** Shown under the field and tied to it (aria-describedby, aria-invalid). */
  error?: string;
  required?: boolean;
  /** A fixed id, e.g. for an error summary's link; default: a generated one. */
  id?: string;
  inputRef?: Ref<HTMLSelectElement>;
}

export function SelectField({
  label,
  value,
  options,
  onChange,
  hint,
  error,
  required,
  id: fixedId,
  inputRef,
}: SelectFieldProps) {
  const id = useFieldId(fixedId);
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        ref={inputRef}
        className="ui-input ui-select"
        value={value}
        required={required}
        {...describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}

/** `aria-describedby` (hint, then error) and `aria-invalid` for a field with these parts. */
export function describedBy(id: string, hint: string | undefined, error: string | undefined) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return {
    'aria-describedby': ids.length ? ids.join(' ') : undefined,
    'aria-invalid': error ? true : undefined,
  } as const;
}

export function FieldHint({ id, hint }: { id: string; hint: string | undefined }) {
  return hint ? (
    <span className="ui-field__hint" id={`${id}-hint`}>
      {hint}
    </span>
  ) : null;
}

/** The error text, prefixed by an icon so it is not told by colour alone. */
export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <span className="ui-field__error" id={`${id}-error`}>
      <span aria-hidden="true">⚠ </span>
      {error}
    </span>
  ) : null;
}

/** The control's id: the caller's fixed one (an error summary links to it), else a generated one. */
function useFieldId(fixedId: string | undefined): string {
  const generated = useId();
  return fixedId ?? generated;
}

/** The frame of a one-control field: its label, hint, the control, and its error, tied by `id`. */
function LabelledField({
  id,
  className = 'ui-field',
  label,
  hint,
  error,
  children,
}: {
  id: string;
  className?: string;
  label: ReactNode;
  hint: string | undefined;
  error: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <FieldHint id={id} hint={hint} />
      {children}
      <FieldError id={id} error={error} />
    </div>
  );
}

export interface DateFieldProps {
  label: string;
  /** `YYYY-MM-DD`, or '' when empty. */
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  required?: boolean;
  min?: string;
  max?: string;
  id?: string;
  inputRef?: Ref<HTMLInputElement>;
}

/** A calendar date; the browser's date picker, with the ISO value underneath. */
export function DateField({
  label,
  value,
  onChange,
  hint,
  error,
  required,
  min,
  max,
  id: fixedId,
  inputRef,
}: DateFieldProps) {
  const id = useFieldId(fixedId);
  return (
    <LabelledField
      id={id}
      className="ui-field ui-field--date"
      label={label}
      hint={hint}
      error={error}
    >
      <input
        id={id}
        ref={inputRef}
        type="date"
        className="ui-input"
        value={value}
        required={required}
        min={min}
        max={max}
        {...describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)}
      />
    </LabelledField>
  );
}

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** `email` and `password` bring the right keyboard and the browser's password manager. */
  type?: 'text' | 'email' | 'password';
  /** The form field's name, for the browser's autofill and password manager. */
  name?: string;
  /** E.g. `username`, `current-password`: lets the browser fill in what it knows. */
  autoComplete?: string;
  hint?: string;
  error?: string;
  required?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  id?: string;
  maxLength?: number;
}

/** A one-line text field; e-mail addresses and passwords are not spell-checked or capitalised. */
export function TextField({
  label,
  value,
  onChange,
  type = 'text',
  name,
  autoComplete,
  hint,
  error,
  required,
  inputRef,
  id: fixedId,
  maxLength,
}: TextFieldProps) {
  const id = useFieldId(fixedId);
  const verbatim = type !== 'text';
  return (
    <LabelledField
      id={id}
      className="ui-field ui-field--text"
      label={label}
      hint={hint}
      error={error}
    >
      <input
        id={id}
        ref={inputRef}
        type={type}
        name={name}
        className="ui-input"
        value={value}
        required={required}
        maxLength={maxLength}
        autoComplete={autoComplete}
        spellCheck={verbatim ? false : undefined}
        autoCapitalize={verbatim ? 'none' : undefined}
        {...describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)}
      />
    </LabelledField>
  );
}

export interface TextAreaFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  required?: boolean;
  rows?: number;
  maxLength?: number;
  /** Lets the caller move focus here, e.g. to the first field with an error. */
  inputRef?: Ref<HTMLTextAreaElement>;
  id?: string;
}

export function TextAreaField({
  label,
  value,
  onChange,
  hint,
  error,
  required,
  rows = 4,
  maxLength,
  inputRef,
  id: fixedId,
}: TextAreaFieldProps) {
  const id = useFieldId(fixedId);
  return (
    <LabelledField
      id={id}
      className="ui-field ui-field--wide"
      label={label}
      hint={hint}
      error={error}
    >
      <textarea
        id={id}
        ref={inputRef}
        className="ui-input ui-textarea"
        value={value}
        rows={rows}
        required={required}
        maxLength={maxLength}
        {...describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)}
      />
    </LabelledField>
  );
}

export interface CheckboxGroupFieldProps {
  /** The group's legend. */
  label: string;
  options: readonly SelectOption[];
  /** The checked values. */
  value: readonly string[];
  onChange: (value: string[]) => void;
  hint?: string;
  error?: string;
  /** A fixed id: the first checkbox gets it (an error summary links there), the rest `id-n`. */
  id?: string;
  inputRef?: Ref<HTMLInputElement>;
}

/** Several values of one kind (a multi-select) as a fieldset of checkboxes, in option order. */
export function CheckboxGroupField({
  label,
  options,
  value,
  onChange,
  hint,
  error,
  id: fixedId,
  inputRef,
}: CheckboxGroupFieldProps) {
  const id = useFieldId(fixedId);
  const toggle = (option: string, checked: boolean) => {
    const next = new Set(value);
    if (checked) next.add(option);
    else next.delete(option);
    onChange(options.map((o) => o.value).filter((v) => next.has(v)));
  };
  const { 'aria-describedby': describedby } = describedBy(id, hint, error);
  return (
    <fieldset className="ui-field ui-checkbox-group" aria-describedby={describedby}>
      <legend>{label}</legend>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      <div className="ui-checkbox-group__options">
        {options.map((option, index) => (
          <span className="ui-checkbox" key={option.value}>
            <input
              id={index === 0 ? id : `${id}-${index}`}
              ref={index === 0 ? inputRef : undefined}
              type="checkbox"
              checked={value.includes(option.value)}
              aria-invalid={error ? true : undefined}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <label htmlFor={index === 0 ? id : `${id}-${index}`}>{option.label}</label>
          </span>
        ))}
      </div>
    </fieldset>
  );
}

export interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
  error?: string;
  id?: string;
  inputRef?: Ref<HTMLInputElement>;
}

/** One yes/no choice. */
export function CheckboxField({
  label,
  checked,
  onChange,
  hint,
  error,
  id: fixedId,
  inputRef,
}: CheckboxFieldProps) {
  const id = useFieldId(fixedId);
  return (
    <div className="ui-field ui-checkbox">
      <input
        id={id}
        ref={inputRef}
        type="checkbox"
        checked={checked}
        {...describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
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
  hint?: string;
  error?: string;
  required?: boolean;
  id?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** Shown after the field and read with it, e.g. "kr" for an amount in SEK. */
  unit?: string;
}

/** A whole-number field; with `unit`, an amount such as SEK. */
export function NumberField({
  label,
  value,
  onChange,
  min,
  max,
  hint,
  error,
  required,
  id: fixedId,
  inputRef,
  unit,
}: NumberFieldProps) {
  const id = useFieldId(fixedId);
  const input = (
    <input
      id={id}
      ref={inputRef}
      type="number"
      inputMode="numeric"
      className="ui-input"
      min={min}
      max={max}
      step={1}
      value={value}
      required={required}
      {...describedBy(id, hint, error)}
      onChange={(event) => onChange(event.target.value)}
    />
  );
  return (
    <LabelledField
      id={id}
      className={unit ? 'ui-field' : 'ui-field ui-field--narrow'}
      label={
        <>
          {label}
          {unit ? <span className="ui-visually-hidden"> ({unit})</span> : null}
        </>
      }
      hint={hint}
      error={error}
    >
      {unit ? (
        <span className="ui-input-unit">
          {input}
          <span aria-hidden="true">{unit}</span>
        </span>
      ) : (
        input
      )}
    </LabelledField>
  );
}

export interface ErrorSummaryProps {
  title: string;
  /** Each problem, linking to its field (`#id`); an item without `href` is about the whole form. */
  items: readonly { href?: string; message: string; key?: string }[];
  /** Lets the caller move focus here after a failed submit. */
  summaryRef?: Ref<HTMLDivElement>;
}

/**
 * The list of problems at the top of a form (the GOV.UK and Designsystemet pattern): focused
 * after a failed submit, each entry a link to its field.
 */
export function ErrorSummary({ title, items, summaryRef }: ErrorSummaryProps) {
  const titleId = useId();
  if (items.length === 0) return null;
  const focusField = (event: MouseEvent<HTMLAnchorElement>, href: string) => {
    const target = document.getElementById(href.slice(1));
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'center' });
  };
  return (
    <div
      className="ui-error-summary"
      ref={summaryRef}
      tabIndex={-1}
      role="alert"
      aria-labelledby={titleId}
    >
      <h2 id={titleId} className="ui-error-summary__title">
        {title}
      </h2>
      <ul>
        {items.map((item) => (
          <li key={item.key ?? `${item.href ?? ''}${item.message}`}>
            {item.href ? (
              <a href={item.href} onClick={(event) => focusField(event, item.href ?? '')}>
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
