import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DataTable } from './DataTable';
import { Pagination } from './Pagination';

const rows = [
  { id: 'a', name: 'Eurocities', since: 1997 },
  { id: 'b', name: 'ICLEI', since: 1998 },
];
const columns = [
  {
    id: 'name',
    header: 'Organisation',
    sortKey: 'NAME',
    cell: (r: (typeof rows)[number]) => r.name,
  },
  {
    id: 'since',
    header: 'Medlem sedan',
    sortKey: 'SINCE',
    numeric: true,
    cell: (r: (typeof rows)[number]) => r.since,
  },
];

describe('DataTable', () => {
  it('has a caption, column headers with scope and row headers', () => {
    const html = renderToStaticMarkup(
      <DataTable caption="Medlemskap" columns={columns} rows={rows} rowKey={(r) => r.id} />,
    );
    expect(html).toContain('<caption>Medlemskap</caption>');
    expect(html.match(/<th scope="col"/g)).toHaveLength(2);
    expect(html.match(/<th scope="row"/g)).toHaveLength(2);
    // Without a sort handler the headers are plain text.
    expect(html).not.toContain('<button');
  });

  it('marks only the sorted column with aria-sort; sortable headers are buttons', () => {
    const html = renderToStaticMarkup(
      <DataTable
        caption="Medlemskap"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        sort={{ key: 'SINCE', direction: 'desc' }}
        onSortChange={() => {}}
      />,
    );
    expect(html.match(/aria-sort=/g)).toHaveLength(1);
    expect(html).toMatch(
      /<th scope="col" aria-sort="descending" class="ui-num"><button type="button"/,
    );
    expect(html.match(/<button type="button" class="ui-sort-button">/g)).toHaveLength(2);
  });

  it('shows the empty state in one full-width cell', () => {
    const html = renderToStaticMarkup(
      <DataTable
        caption="Medlemskap"
        columns={columns}
        rows={[]}
        rowKey={(r) => r.id}
        empty="Inga träffar"
      />,
    );
    expect(html).toContain('<td colSpan="2" class="ui-table__empty">Inga träffar</td>');
  });
});

describe('DataTable row headers and density', () => {
  it('names each row by the chosen column, or by none', () => {
    const byYear = renderToStaticMarkup(
      <DataTable
        caption="Medlemskap"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        rowHeader="since"
      />,
    );
    expect(byYear).toContain('<th scope="row">1997</th>');
    expect(byYear).toContain('<td>Eurocities</td>');
    const none = renderToStaticMarkup(
      <DataTable
        caption="Medlemskap"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        rowHeader={false}
      />,
    );
    expect(none).not.toContain('scope="row"');
  });

  it('is compact on request', () => {
    const html = renderToStaticMarkup(
      <DataTable caption="M" columns={columns} rows={rows} rowKey={(r) => r.id} compact />,
    );
    expect(html).toContain('<table class="ui-table ui-table--compact">');
  });
});

describe('Pagination', () => {
  it('is a labelled navigation, and renders nothing for a single page', () => {
    const props = {
      label: 'Sidor',
      previousLabel: 'Föregående',
      nextLabel: 'Nästa',
      status: 'Sida 1 av 2',
      onPrevious: () => {},
      onNext: () => {},
    };
    const two = renderToStaticMarkup(<Pagination {...props} hasPrevious={false} hasNext />);
    expect(two).toContain('<nav class="ui-pagination" aria-label="Sidor">');
    expect(two).toMatch(/<button type="button" class="ui-button" disabled="">/);
    expect(
      renderToStaticMarkup(<Pagination {...props} hasPrevious={false} hasNext={false} />),
    ).toBe('');
  });
});
