import { describe, expect, it } from 'vitest';
import annexData from '../data/annex-2006.json';
import type { Annex } from './annex';
import { AnnexValidationError, parseAnnex } from './annex';
import { toSlug } from './slug';

const annex = parseAnnex(annexData);

function cloneAnnex(): Annex {
  return JSON.parse(JSON.stringify(annex)) as Annex;
}

function problemsOf(data: unknown): readonly string[] {
  try {
    parseAnnex(data);
  } catch (error) {
    if (error instanceof AnnexValidationError) return error.problems;
    throw error;
  }
  return [];
}

function find<T>(items: readonly T[], predicate: (item: T) => boolean): T {
  const found = items.find(predicate);
  if (found === undefined) throw new Error('not found');
  return found;
}

describe('annex-2006.json', () => {
  it('parses', () => {
    expect(annex.year).toBe(2006);
    expect(annex.source).toBe('Strategi för Malmö stads internationella arbete (2006), Annex');
  });

  it('has the counts the annex states', () => {
    expect(annex.euNetworkContacts).toHaveLength(25);
    expect(annex.seats).toHaveLength(14);
    expect(annex.memberships).toHaveLength(8);
    expect(annex.partnerCities).toHaveLength(13);
    expect(annex.organisations.filter((o) => o.kind === 'regional_actor')).toHaveLength(8);
    expect(annex.organisations.filter((o) => o.kind === 'brussels_network')).toHaveLength(4);
    expect(annex.organisations.filter((o) => o.kind === 'international_organisation')).toHaveLength(
      8,
    );
    expect(annex.eventSeries).toHaveLength(5);
    expect(annex.projects).toHaveLength(2);
    expect(annex.forums).toHaveLength(15);
  });

  it('lists each person once, including those named in both lists', () => {
    const names = annex.people.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    expect(annex.people).toHaveLength(31);
    for (const name of ['Eva Klamméus', 'Ola Nord', 'Eva Dalman', 'Birgitta Johansson']) {
      expect(names.filter((n) => n === name)).toHaveLength(1);
    }
  });

  it('derives keys from names', () => {
    for (const item of [...annex.units, ...annex.people, ...annex.organisations]) {
      expect(item.key).toBe(toSlug(item.name));
    }
    for (const city of annex.partnerCities) expect(city.key).toBe(toSlug(city.name));
    expect(toSlug('Kommunikation & Utveckling')).toBe('kommunikation-utveckling');
    expect(toSlug('Malmö Stadsbibliotek, Europa Direkt')).toBe(
      'malmo-stadsbibliotek-europa-direkt',
    );
  });

  it('has the join years of the memberships', () => {
    const since = (abbreviationOrName: string): number => {
      const org = find(
        annex.organisations,
        (o) => o.abbreviation === abbreviationOrName || o.name === abbreviationOrName,
      );
      return find(annex.memberships, (m) => m.organisationKey === org.key).since;
    };
    expect(since('ECAD')).toBe(1994);
    expect(since('Eurocities')).toBe(1997);
    expect(since('UBC')).toBe(1997);
    expect(since('ICLEI')).toBe(1998);
    expect(since('Baltic Metropolises')).toBe(2002);
    expect(since('Energie-Cités')).toBe(2002);
    expect(since('Healthy Cities')).toBe(2003);
    expect(since('BDF')).toBe(2004);
  });

  it('has the partner-city agreements as stated', () => {
    const city = (name: string) => find(annex.partnerCities, (c) => c.name === name);
    const vasa = city('Vasa').agreements[0];
    expect(vasa).toMatchObject({
      type: 'sponsor_town',
      signedYear: 1940,
      text: 'Fadderortsavtal.',
    });

    const newcastle = city('Newcastle');
    expect(newcastle.country).toBe('GB');
    expect(newcastle.agreements[0]?.validUntil).toBe('2006-12-31');
    expect(newcastle.agreements[0]?.cooperationAreas).toEqual([
      'kultur, fritid och turism',
      'sysselsättning och utbildning',
      'näringsliv och innovation',
      'närdemokrati och delaktighet',
    ]);

    const florens = city('Florens').agreements[0];
    expect(florens?.type).toBe('memorandum');
    expect(florens?.text.startsWith('Överenskommelse om att utveckla')).toBe(true);
    expect(florens?.text).not.toContain('<i>');

    expect(city('Stralsund').agreements[0]?.status).toBe('expired_contacts_kept');
    expect(city('Lübeck').agreements[0]).toMatchObject({
      type: 'none',
      signedYear: null,
      status: 'no_agreement_contacts_kept',
    });
    expect(city('Kaliningrad').agreements[0]).toMatchObject({
      type: 'cooperation',
      signedYear: null,
    });
    expect(city('Provincia di Chieti').agreements[0]?.cooperationAreas).toEqual(['miljö']);
    expect(
      annex.partnerCities.filter((c) => c.agreements.some((a) => a.validUntil !== null)),
    ).toHaveLength(1);
  });

  it('has the CATCH seat held by a project, not a person', () => {
    const seat = find(annex.seats, (s) => s.projectKey === 'catch');
    expect(seat).toMatchObject({ unitKey: 'sdf-kirseberg', personKey: null });
    expect(seat.listedAs).toBe(
      'Social Affairs Forum, Homelessness\tSDF Kirseberg via projektet CATCH',
    );
    const forum = find(annex.forums, (f) => f.key === seat.forumKey);
    expect(forum.name).toBe('Homelessness');
    expect(forum.parentKey).toBe('eurocities-social-affairs-forum');
    expect(find(annex.projects, (p) => p.key === 'catch').ownerUnitKey).toBe('sdf-kirseberg');
  });

  it("keeps the source's own forum-line spelling", () => {
    expect(annex.seats.map((s) => s.listedAs)).toContain(
      'Social Affairs, Forum, Employment\tStadskontoret, Anders Eriksson',
    );
    expect(annex.seats.filter((s) => s.personKey === 'ola-nord')).toHaveLength(3);
  });

  it('has Marie-Christine Cronholm as the EU-network contact of SDF Oxie', () => {
    const person = find(annex.people, (p) => p.name === 'Marie-Christine Cronholm');
    expect(person.unitKey).toBe('sdf-oxie');
    const contact = find(annex.euNetworkContacts, (c) => c.personKey === person.key);
    expect(contact).toMatchObject({ unitKey: 'sdf-oxie', listedAs: 'SDF Oxie' });
    expect(find(annex.units, (u) => u.key === 'sdf-oxie').kind).toBe('district');
  });

  it('has the profiling arenas', () => {
    expect(find(annex.eventSeries, (e) => e.key === 'mipim')).toEqual({
      key: 'mipim',
      name: "Marché International des Professionnels d'Immobilier (MIPIM)",
      shortName: 'MIPIM',
      place: 'Cannes',
      listedAs: "Marché International des Professionnels d'Immobilier (MIPIM), Cannes",
    });
  });
});

describe('parseAnnex', () => {
  it('rejects a broken reference, naming it', () => {
    const broken = cloneAnnex();
    const contact = broken.euNetworkContacts[0];
    if (contact === undefined) throw new Error('no contact');
    contact.unitKey = 'no-such-unit';
    expect(() => parseAnnex(broken)).toThrow(/no-such-unit/);
    expect(problemsOf(broken)).toEqual([
      'euNetworkContacts[0].unitKey: unknown unit "no-such-unit"',
    ]);
  });

  it('lists every problem, not just the first', () => {
    const broken = cloneAnnex();
    const seat = broken.seats[0];
    const forum = broken.forums[0];
    if (seat === undefined || forum === undefined) throw new Error('empty data');
    seat.personKey = 'nobody';
    seat.projectKey = 'no-project';
    forum.organisationKey = 'no-org';
    const problems = problemsOf(broken);
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/nobody/);
    expect(problems.join('\n')).toMatch(/no-project/);
    expect(problems.join('\n')).toMatch(/no-org/);
  });

  it('rejects duplicate keys', () => {
    const broken = cloneAnnex();
    const first = broken.units[0];
    if (first === undefined) throw new Error('no unit');
    broken.units.push({ ...first });
    expect(() => parseAnnex(broken)).toThrow(/duplicate key "fastighetskontoret"/);
  });

  it('rejects parent cycles', () => {
    const broken = cloneAnnex();
    const stadskontoret = find(broken.units, (u) => u.key === 'stadskontoret');
    stadskontoret.parentKey = 'kommunikation-utveckling';
    expect(problemsOf(broken).join('\n')).toMatch(/cycle/);
  });

  it('rejects data of the wrong shape', () => {
    const broken: Record<string, unknown> = { ...cloneAnnex(), extra: true };
    expect(() => parseAnnex(broken)).toThrow(AnnexValidationError);
    const badKind = cloneAnnex() as unknown as { units: { kind: string }[] };
    const unit = badKind.units[0];
    if (unit === undefined) throw new Error('no unit');
    unit.kind = 'ministry';
    expect(problemsOf(badKind).join('\n')).toMatch(/units\[0\]\.kind/);
    expect(() => parseAnnex(null)).toThrow(AnnexValidationError);
  });
});
