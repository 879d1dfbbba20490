import { describe, expect, it } from 'vitest';
import {
  booleanParam,
  dateParam,
  defineListSearch,
  formatListSearch,
  idListParam,
  idParam,
  listParam,
  oneOfParam,
  parseListSearch,
  yearParam,
} from './search';

const spec = defineListSearch({
  sorts: ['SINCE', 'ORGANISATION'],
  defaultSort: 'SINCE',
  filters: {
    kind: oneOfParam(['regional_actor', 'brussels_network']),
    from: yearParam(),
    member: booleanParam(),
  },
});

const parse = (query: string) => parseListSearch(new URLSearchParams(query), spec);

describe('list search in the URL', () => {
  it('defaults when the URL says nothing', () => {
    expect(parse('')).toEqual({
      q: '',
      sort: 'SINCE',
      direction: 'asc',
      filters: {},
      page: 1,
      after: undefined,
      before: undefined,
    });
  });

  it('reads search, filters, sort and a page cursor', () => {
    expect(
      parse(
        'q=baltic&kind=regional_actor&from=1997&member=true&sort=organisation&dir=desc&page=2&after=abc',
      ),
    ).toEqual({
      q: 'baltic',
      sort: 'ORGANISATION',
      direction: 'desc',
      filters: { kind: 'regional_actor', from: 1997, member: true },
      page: 2,
      after: 'abc',
      before: undefined,
    });
  });

  it('drops what does not validate', () => {
    const search = parse('kind=evil&from=97&member=maybe&sort=drop_table&dir=up&page=-3&after=');
    expect(search.filters).toEqual({});
    expect(search.sort).toBe('SINCE');
    expect(search.direction).toBe('asc');
    expect(search.page).toBe(1);
    // A page number without a cursor cannot be fetched: back to the first page.
    expect(parse('page=4').page).toBe(1);
  });

  it('writes the canonical URL, leaving defaults out, and reads it back', () => {
    const search = parse('q=x&from=2002&sort=organisation&dir=asc&page=3&before=zz');
    const written = formatListSearch(search, spec).toString();
    expect(written).toBe('q=x&from=2002&sort=organisation&dir=asc&page=3&before=zz');
    expect(parse(written)).toEqual(search);
    expect(formatListSearch(parse('sort=since&dir=asc'), spec).toString()).toBe('');
  });
});

describe('day, id and multi-value parameters', () => {
  const ledger = defineListSearch({
    sorts: ['LEDGER'],
    defaultSort: 'LEDGER',
    filters: {
      asOf: dateParam(),
      unit: idParam(),
      state: listParam(['overdue', 'due', 'fulfilled', 'waived']),
    },
  });
  const read = (query: string) => parseListSearch(new URLSearchParams(query), ledger).filters;

  it('keeps real calendar days only', () => {
    expect(read('asOf=2008-10-15')).toEqual({ asOf: '2008-10-15' });
    expect(read('asOf=2008-02-30')).toEqual({});
    expect(read('asOf=15/10/2008')).toEqual({});
  });

  it('keeps an id as given, but not blanks, spaces or overlong ones', () => {
    expect(read('unit=VW5pdDo4')).toEqual({ unit: 'VW5pdDo4' });
    expect(read('unit=')).toEqual({});
    expect(read('unit=a%20b')).toEqual({});
    expect(read(`unit=${'x'.repeat(101)}`)).toEqual({});
  });

  it('reads several values, drops unknown and repeated ones, and writes them in enum order', () => {
    expect(read('state=waived,overdue,evil,overdue')).toEqual({ state: ['overdue', 'waived'] });
    expect(read('state=evil')).toEqual({});
    const search = parseListSearch(new URLSearchParams('state=due,overdue'), ledger);
    expect(formatListSearch(search, ledger).toString()).toBe('state=overdue%2Cdue');
  });

  it('reads a list of ids in the given order, without blanks, repeats or more than the cap', () => {
    const ids = defineListSearch({
      sorts: ['NAME'],
      defaultSort: 'NAME',
      filters: { ids: idListParam(3) },
    });
    const readIds = (query: string) => parseListSearch(new URLSearchParams(query), ids).filters;
    expect(readIds('ids=b,a,,b')).toEqual({ ids: ['b', 'a'] });
    expect(readIds('ids=a,b,c,d')).toEqual({ ids: ['a', 'b', 'c'] });
    expect(readIds('ids=,')).toEqual({});
    const search = parseListSearch(new URLSearchParams('ids=x,y'), ids);
    expect(formatListSearch(search, ids).toString()).toBe('ids=x%2Cy');
  });
});
