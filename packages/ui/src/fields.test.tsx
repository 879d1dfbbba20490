import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Dialog } from './Dialog';
import {
  CheckboxGroupField,
  DateField,
  describedBy,
  ErrorSummary,
  NumberField,
  SelectField,
  TextAreaField,
  TextField,
} from './fields';

const noop = () => {};

describe('form fields', () => {
  it('tie the hint and the error to the field, and mark it invalid', () => {
    expect(describedBy('f', 'hint', 'error')).toEqual({
      'aria-describedby': 'f-hint f-error',
      'aria-invalid': true,
    });
    expect(describedBy('f', undefined, undefined)).toEqual({
      'aria-describedby': undefined,
      'aria-invalid': undefined,
    });
    const html = renderToStaticMarkup(
      <TextAreaField
        label="Skäl"
        hint="Minst 10 tecken."
        value="För kort"
        onChange={noop}
        error="Skriv skälet till undantaget (minst 10 tecken)."
      />,
    );
    const id = /<textarea id="([^"]+)"/.exec(html)?.[1];
    expect(id).toBeTruthy();
    expect(html).toContain(`<label for="${id}">Skäl</label>`);
    expect(html).toContain(`aria-describedby="${id}-hint ${id}-error" aria-invalid="true"`);
    expect(html).toContain(`id="${id}-error"`);
    // The typed text stays.
    expect(html).toContain('>För kort</textarea>');
  });

  it('a valid field has no error and is not marked invalid', () => {
    const html = renderToStaticMarkup(
      <DateField label="Datum" value="2008-10-15" onChange={noop} />,
    );
    expect(html).toContain('type="date"');
    expect(html).toContain('value="2008-10-15"');
    expect(html).not.toContain('aria-invalid');
    expect(
      renderToStaticMarkup(
        <SelectField
          label="Status"
          value=""
          options={[{ value: '', label: 'Alla' }]}
          onChange={noop}
        />,
      ),
    ).not.toContain('aria-describedby');
  });

  it('a text field for credentials is labelled, autofilled and not spell-checked', () => {
    const html = renderToStaticMarkup(
      <TextField
        label="E-postadress"
        type="email"
        name="email"
        autoComplete="username"
        value="admin@malmo.example"
        onChange={noop}
        error="Fel e-postadress eller lösenord."
        required
      />,
    );
    const id = /<input id="([^"]+)"/.exec(html)?.[1];
    expect(html).toContain(`<label for="${id}">E-postadress</label>`);
    expect(html).toContain('type="email"');
    expect(html).toContain('name="email"');
    expect(html).toContain('autoComplete="username"');
    expect(html).toContain('spellCheck="false"');
    expect(html).toContain('autoCapitalize="none"');
    expect(html).toContain(`aria-describedby="${id}-error" aria-invalid="true"`);
    expect(html).toContain('value="admin@malmo.example"');
  });

  it('a multi-select is a fieldset with a legend and one checkbox per option', () => {
    const html = renderToStaticMarkup(
      <CheckboxGroupField
        label="Status"
        options={[
          { value: 'overdue', label: 'Försenad' },
          { value: 'due', label: 'Att göra' },
        ]}
        value={['due']}
        onChange={noop}
      />,
    );
    expect(html).toMatch(/^<fieldset class="ui-field ui-checkbox-group"><legend>Status<\/legend>/);
    expect(html.match(/type="checkbox"/g)).toHaveLength(2);
    expect(html.match(/checked=""/g)).toHaveLength(1);
  });
});

describe('form errors', () => {
  it('a checkbox group with an error names it, and its first box carries the fixed id', () => {
    const html = renderToStaticMarkup(
      <CheckboxGroupField
        id="field-themes"
        label="Teman"
        options={[
          { value: 'culture', label: 'Kultur' },
          { value: 'housing', label: 'Bostäder' },
        ]}
        value={[]}
        onChange={noop}
        error="Välj minst ett tema."
      />,
    );
    expect(html).toContain(
      '<fieldset class="ui-field ui-checkbox-group" aria-describedby="field-themes-error">',
    );
    expect(html).toContain('id="field-themes-error"');
    expect(html).toContain('id="field-themes" type="checkbox"');
    expect(html).toContain('id="field-themes-1" type="checkbox"');
    expect(html.match(/aria-invalid="true"/g)).toHaveLength(2);
  });

  it('an amount says its unit to the label, and shows the typed text as it is', () => {
    const html = renderToStaticMarkup(
      <NumberField
        id="field-budget"
        label="Budget"
        unit="kr"
        value="12 abc"
        onChange={noop}
        error="Ange ett tal."
      />,
    );
    expect(html).toContain(
      '<label for="field-budget">Budget<span class="ui-visually-hidden"> (kr)</span></label>',
    );
    expect(html).toContain('value="12 abc"');
    expect(html).toContain('aria-describedby="field-budget-error" aria-invalid="true"');
  });

  it('the error summary is a focusable alert whose entries link to their fields', () => {
    const html = renderToStaticMarkup(
      <ErrorSummary
        title="Det finns problem i formuläret"
        items={[
          { href: '#field-title', message: 'Fältet måste fyllas i.' },
          { message: 'Posten har ändrats av någon annan.' },
        ]}
      />,
    );
    const titleId = /<h2 id="([^"]+)"/.exec(html)?.[1];
    expect(html).toContain(`tabindex="-1" role="alert" aria-labelledby="${titleId}"`);
    expect(html).toContain('<a href="#field-title">Fältet måste fyllas i.</a>');
    expect(html).toContain('<li>Posten har ändrats av någon annan.</li>');
    expect(renderToStaticMarkup(<ErrorSummary title="x" items={[]} />)).toBe('');
  });
});

describe('Dialog', () => {
  it('is named by its title and renders its content only while open', () => {
    const closed = renderToStaticMarkup(
      <Dialog open={false} title="Undanta åtagande" onClose={noop}>
        <p>Innehåll</p>
      </Dialog>,
    );
    const titleId = /<h2 id="([^"]+)"/.exec(closed)?.[1];
    expect(closed).toContain(`<dialog class="ui-dialog" aria-labelledby="${titleId}">`);
    expect(closed).not.toContain('Innehåll');
    const open = renderToStaticMarkup(
      <Dialog open title="Undanta åtagande" onClose={noop}>
        <p>Innehåll</p>
      </Dialog>,
    );
    expect(open).toContain('<p>Innehåll</p>');
  });
});
