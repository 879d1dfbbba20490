import { type KeyboardEvent, useId, useState } from 'react';

export interface ComboboxOption {
  id: string;
  label: string;
  /** A second line: what kind of record, where it belongs. */
  description?: string | null;
}

export interface SearchComboboxProps {
  label: string;
  /** Keep the label for screen readers only (a header search box). */
  hideLabel?: boolean;
  placeholder?: string;
  value: string;
  onValueChange: (value: string) => void;
  options: readonly ComboboxOption[];
  /** Opens a suggestion (click, or Enter on the highlighted one). */
  onSelect: (option: ComboboxOption) => void;
  /** Enter with no suggestion highlighted: e.g. the full results. */
  onSubmit: (value: string) => void;
  /**
   * What the live region says about the suggestions ("5 träffar…"); announced when it changes.
   * Empty while there is nothing to say.
   */
  status: string;
}

/**
 * A search box with a list of suggestions: the ARIA 1.2 combobox pattern with a listbox popup
 * (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/). Focus stays in the text box; the arrow
 * keys move the highlighted option (`aria-activedescendant`), Enter opens it (or submits the text
 * when none is highlighted), Escape closes the list and, pressed again, clears the box. The count
 * of suggestions is announced through a polite live region.
 */
export function SearchCombobox({
  label,
  hideLabel,
  placeholder,
  value,
  onValueChange,
  options,
  onSelect,
  onSubmit,
  status,
}: SearchComboboxProps) {
  const id = useId();
  const listId = `${id}-list`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const expanded = open && options.length > 0 && value.trim() !== '';
  const current = expanded && active >= 0 && active < options.length ? active : -1;
  const optionId = (index: number) => `${id}-option-${index}`;

  const move = (step: number) => {
    if (!options.length) return;
    setOpen(true);
    setActive((index) => {
      const from = expanded ? index : -1;
      if (from === -1) return step > 0 ? 0 : options.length - 1;
      return (from + step + options.length) % options.length;
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        move(-1);
        break;
      case 'Enter': {
        event.preventDefault();
        const option = current >= 0 ? options[current] : undefined;
        setOpen(false);
        setActive(-1);
        if (option) onSelect(option);
        else if (value.trim()) onSubmit(value);
        break;
      }
      case 'Escape':
        event.preventDefault();
        if (expanded) {
          setOpen(false);
          setActive(-1);
        } else {
          onValueChange('');
        }
        break;
    }
  };

  return (
    <div className="ui-combobox">
      <label htmlFor={id} className={hideLabel ? 'ui-visually-hidden' : 'ui-combobox__label'}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        role="combobox"
        className="ui-input ui-combobox__input"
        value={value}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={current >= 0 ? optionId(current) : undefined}
        onChange={(event) => {
          onValueChange(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          setActive(-1);
        }}
      />
      <div
        id={listId}
        role="listbox"
        aria-label={label}
        className="ui-combobox__list"
        hidden={!expanded}
      >
        {options.map((option, index) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard chooses from the text box
          <div
            key={option.id}
            id={optionId(index)}
            role="option"
            // Focusable for the pattern, never focused: focus stays in the text box.
            tabIndex={-1}
            aria-selected={index === current}
            className="ui-combobox__option"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              setOpen(false);
              setActive(-1);
              onSelect(option);
            }}
            onMouseMove={() => setActive(index)}
          >
            <span className="ui-combobox__title">{option.label}</span>
            {option.description ? (
              <span className="ui-combobox__description">{option.description}</span>
            ) : null}
          </div>
        ))}
      </div>
      <div role="status" aria-live="polite" className="ui-visually-hidden">
        {open ? status : ''}
      </div>
    </div>
  );
}
