import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importAnnex, loadAnnexFile } from '../src/db/annex-import';
import { createTestApi, type TestApi } from './support';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi({ annex: false });
});
afterAll(() => api.close());

async function snapshot() {
  const rows = await api.db.orm.em.getConnection().execute(`
    select 'unit' as t, key, version, updated_at from unit
    union all select 'person', key, version, updated_at from person
    union all select 'seat', key, version, updated_at from seat
    union all select 'agreement', key, version, updated_at from agreement
    union all select 'membership', organisation_id::text, version, updated_at from membership
    union all select 'contact', person_id::text, version, updated_at from eu_network_contact
    union all select 'organisation', key, version, updated_at from organisation
    union all select 'forum', key, version, updated_at from forum
    union all select 'event_series', key, version, updated_at from event_series
    union all select 'partner_city', key, version, updated_at from partner_city
    union all select 'project', key, version, updated_at from project
    order by 1, 2`);
  return rows;
}

describe('annex import', () => {
  it('loads everything once, and a second run changes nothing', async () => {
    const annex = loadAnnexFile();
    const first = await importAnnex(api.db.orm.em.fork(), annex);
    const expected =
      annex.units.length +
      annex.people.length +
      annex.euNetworkContacts.length +
      annex.organisations.length +
      annex.memberships.length +
      annex.projects.length +
      annex.forums.length +
      annex.seats.length +
      annex.partnerCities.length +
      annex.partnerCities.reduce((n, c) => n + c.agreements.length, 0) +
      annex.eventSeries.length;
    expect(first).toEqual({ created: expected, updated: 0, unchanged: 0 });

    const before = await snapshot();
    const second = await importAnnex(api.db.orm.em.fork(), annex);
    expect(second).toEqual({ created: 0, updated: 0, unchanged: expected });
    expect(await snapshot()).toEqual(before);
  });

  it('puts back an annex fact that was changed in the database, touching nothing else', async () => {
    const connection = api.db.orm.em.getConnection();
    await connection.execute(
      "update membership set since = 1999 where organisation_id = (select id from organisation where key = 'eurocities')",
    );
    const counts = await importAnnex(api.db.orm.em.fork());
    expect(counts.updated).toBe(1);
    expect(counts.created).toBe(0);
    const [row] = await connection.execute(
      "select since from membership where organisation_id = (select id from organisation where key = 'eurocities')",
    );
    expect(row?.since).toBe(1997);
  });
});
