import { describe, expect, it } from 'vitest';
import { apiUnderTest, CREATE_PROJECT, READ_PROJECT, type Saved, UPDATE_PROJECT } from './harness';

/**
 * A burst of conflicting edits over HTTP: many clients save the same record from the same version
 * at once. Exactly one wins; every other save is refused as StaleVersion (nothing overwritten);
 * each loser reads again and retries, and in the end the record holds every client's edit.
 */

const CLIENTS = 20;

const env = apiUnderTest();

type Stored = { id: string; version: number; title: string; partners: { name: string | null }[] };

describe('concurrent conflicting edits', () => {
  it(`lets one of ${CLIENTS} saves of one version win, refuses the rest as stale, and loses none on retry`, async () => {
    const ownerUnitId = env.ids.units[0];
    const created = await env.admin.must<{ result: Saved }>(CREATE_PROJECT, {
      input: { title: 'Konflikt', ownerUnitId, partners: [{ name: 'Grund' }] },
    });
    const id = created.result.data?.id as string;
    const read = async () => (await env.admin.must<{ node: Stored }>(READ_PROJECT, { id })).node;
    /** Each client's edit composes with the others': it adds its own partner to the list. */
    const save = (client: number, from: Stored) => {
      const names = [...from.partners.flatMap((p) => (p.name ? [p.name] : [])), `Klient ${client}`];
      return env.admin.must<{ result: Saved }>(UPDATE_PROJECT, {
        id,
        version: from.version,
        input: { title: 'Konflikt', ownerUnitId, partners: names.map((name) => ({ name })) },
      });
    };

    const first = await read();
    const burst = await Promise.all(Array.from({ length: CLIENTS }, (_, i) => save(i + 1, first)));
    const kinds = burst.map((b) => b.result.__typename);
    expect(kinds.filter((k) => k === 'MutationUpdateProjectSuccess')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'StaleVersion')).toHaveLength(CLIENTS - 1);
    // Each refusal names the version that won.
    for (const b of burst) {
      if (b.result.__typename === 'StaleVersion') {
        expect(b.result.currentVersion).toBe(first.version + 1);
      }
    }

    // The losers read again and retry, all at once again, until each has saved.
    let waiting = burst.flatMap((b, i) => (b.result.__typename === 'StaleVersion' ? [i + 1] : []));
    let rounds = 0;
    while (waiting.length > 0 && rounds < CLIENTS * 2) {
      rounds += 1;
      const results = await Promise.all(
        waiting.map(async (client) => ({ client, saved: await save(client, await read()) })),
      );
      const unexpected = results.filter(
        (r) =>
          !['MutationUpdateProjectSuccess', 'StaleVersion'].includes(r.saved.result.__typename),
      );
      expect(unexpected).toEqual([]);
      waiting = results
        .filter((r) => r.saved.result.__typename === 'StaleVersion')
        .map((r) => r.client);
    }
    expect(waiting).toEqual([]);

    const final = await read();
    const names = final.partners.map((p) => p.name).sort();
    expect(names).toEqual(
      ['Grund', ...Array.from({ length: CLIENTS }, (_, i) => `Klient ${i + 1}`)].sort(),
    );
    // One version and one history entry per successful save, and nothing else.
    expect(final.version).toBe(first.version + CLIENTS);
    const history = await env.admin.must<{
      recordHistory: { totalCount: number; edges: { node: { action: string } }[] };
    }>(
      `query ($id: ID!) { recordHistory(id: $id, first: 50) { totalCount edges { node { action } } } }`,
      { id },
    );
    expect(history.recordHistory.totalCount).toBe(1 + CLIENTS);
    expect(history.recordHistory.edges.filter((e) => e.node.action === 'UPDATE')).toHaveLength(
      CLIENTS,
    );
    console.log(`${CLIENTS} conflicting clients all saved after ${rounds} retry rounds`);
    expect(env.api.exited()).toBeNull();
  });
});
