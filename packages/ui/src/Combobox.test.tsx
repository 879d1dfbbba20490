import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SearchCombobox } from './Combobox';

const html = renderToStaticMarkup(
  <SearchCombobox
    label="Sök i registret"
    hideLabel
    value="euro"
    onValueChange={() => {}}
    options={[
      { id: 'a', label: 'Eurocities', description: 'Organisation' },
      { id: 'b', label: 'Culture Forum', description: null },
    ]}
    onSelect={() => {}}
    onSubmit={() => {}}
    status="2 förslag."
  />,
);

/** The attribute of the first element matching `tag` (an opening tag's start). */
function attribute(tag: RegExp, name: string): string | null {
  const element = html.match(tag)?.[0] ?? '';
  return element.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1] ?? null;
}

describe('SearchCombobox', () => {
  it('is a combobox that controls its listbox of options, closed until used', () => {
    const input = /<input[^>]*>/;
    const list = /<div[^>]*role="listbox"[^>]*>/;
    expect(attribute(input, 'role')).toBe('combobox');
    expect(attribute(input, 'aria-autocomplete')).toBe('list');
    expect(attribute(input, 'aria-expanded')).toBe('false');
    expect(attribute(input, 'aria-controls')).toBe(attribute(list, 'id'));
    expect(attribute(input, 'aria-activedescendant')).toBeNull();
    expect(html.match(list)?.[0]).toContain(' hidden=""');
    expect([...html.matchAll(/role="option"[^>]*aria-selected="(\w+)"/g)].map((m) => m[1])).toEqual(
      ['false', 'false'],
    );
    // The label names the box for assistive technology only, and the live region waits until used.
    expect(attribute(/<label[^>]*>/, 'for')).toBe(attribute(input, 'id'));
    expect(attribute(/<label[^>]*>/, 'class')).toBe('ui-visually-hidden');
    expect(html).toMatch(
      /<div role="status" aria-live="polite" class="ui-visually-hidden"><\/div>/,
    );
  });
});
