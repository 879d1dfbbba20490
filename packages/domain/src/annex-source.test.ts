/// <reference types="node" />
// The test reads the source text from disk; the domain itself stays free of Node APIs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import annexData from '../data/annex-2006.json' with { type: 'json' };
import { parseAnnex } from './annex';

/**
 * The annex as the strategy prints it (data/annex-2006.source.txt is the seed's Annex section,
 * verbatim). Every line of every list must be rebuilt exactly from the data file, so a typo
 * in a name, a year or an agreement text fails here.
 */
const source = readFileSync(new URL('../data/annex-2006.source.txt', import.meta.url), 'utf8');
const annex = parseAnnex(annexData);

/** The non-empty lines between one heading and the next, trimmed, markup removed. */
function section(heading: string, next: string | null): string[] {
  const start = source.indexOf(`\n${heading}\n`);
  const end = next === null ? source.length : source.indexOf(`\n${next}\n`, start + 1);
  expect(start, heading).toBeGreaterThan(-1);
  expect(end, next ?? 'end').toBeGreaterThan(start);
  return source
    .slice(start + heading.length + 2, end)
    .split('\n')
    .map((line) => line.replace(/<\/?i>/g, '').trim())
    .filter((line) => line !== '');
}

const byKey = <T extends { key: string }>(items: T[]) => new Map(items.map((i) => [i.key, i]));
const people = byKey(annex.people);
const organisations = byKey(annex.organisations);

describe('the annex data file against the strategy text', () => {
  it('has every EU-network line: unit as listed, tab, person', () => {
    const lines = annex.euNetworkContacts.map(
      (c) => `${c.listedAs}\t${people.get(c.personKey)?.name}`,
    );
    expect(lines).toEqual(
      section('Malmö stads EU-nätverk 2006', "Malmö stad i Eurocities' forum 2006"),
    );
  });

  it('has every Eurocities forum seat line', () => {
    expect(annex.seats.map((s) => s.listedAs)).toEqual(
      section("Malmö stad i Eurocities' forum 2006", 'Medlemskap i organisationer'),
    );
  });

  it('has every membership with its join year', () => {
    const lines = annex.memberships.map(
      (m) => `${organisations.get(m.organisationKey)?.name} (${m.since})`,
    );
    const printed = section('Medlemskap i organisationer', 'Partnerstäder').filter(
      (line) => !line.startsWith('Utöver dessa'),
    );
    expect(lines).toEqual(printed);
  });

  it('has every partner city with its year and agreement text', () => {
    const lines = annex.partnerCities.map((city) => {
      const [agreement] = city.agreements;
      const year = agreement?.signedYear ? ` (${agreement.signedYear})` : '';
      return `${city.name}${year}\t${agreement?.text}`;
    });
    expect(lines).toEqual(section('Partnerstäder', 'Regional samverkan'));
  });

  it('has every regional partner and Brussels network', () => {
    const names = (kind: string) =>
      annex.organisations
        .filter((o) => o.kind === kind)
        .map((o) =>
          kind === 'brussels_network' && o.abbreviation ? `${o.name} (${o.abbreviation})` : o.name,
        );
    expect(names('regional_actor')).toEqual(
      section('Regional samverkan', 'Nätverksdeltagande i Bryssel'),
    );
    expect(names('brussels_network')).toEqual(
      section(
        'Nätverksdeltagande i Bryssel',
        'Profileringsarenor, deltagande vid årliga evenemang',
      ),
    );
  });

  it('has every profiling arena', () => {
    expect(annex.eventSeries.map((e) => e.listedAs)).toEqual(
      section('Profileringsarenor, deltagande vid årliga evenemang', null),
    );
  });
});
