import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

describe('configuration from the environment', () => {
  it('serves on port 4000 with the embedded database by default', () => {
    const config = readConfig({});
    expect(config.port).toBe(4000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir.endsWith('.data/postgres')).toBe(true);
    expect(config.seedAnnex).toBe(true);
    expect(config.production).toBe(false);
  });

  it('takes PORT, DATABASE_URL and the annex switch', () => {
    const config = readConfig({
      PORT: '4321',
      DATABASE_URL: 'postgres://u:p@db:5432/malmo',
      MALMO_SEED_ANNEX: 'false',
      NODE_ENV: 'production',
    });
    expect(config).toMatchObject({
      port: 4321,
      databaseUrl: 'postgres://u:p@db:5432/malmo',
      seedAnnex: false,
      production: true,
    });
  });

  it.each(['http', '-1', '70000', '4000.5'])(
    'refuses PORT=%s with a message naming it',
    (value) => {
      expect(() => readConfig({ PORT: value })).toThrow(
        `PORT must be a whole number between 0 and 65535, got "${value}"`,
      );
    },
  );

  describe('single sign-on (MALMO_OIDC_*)', () => {
    const env = {
      MALMO_OIDC_ISSUER: 'https://login.malmo.se/',
      MALMO_OIDC_CLIENT_ID: 'registry',
      MALMO_OIDC_ROLE_MAP: 'grp-intl-admin=admin, grp-fosie=unit_editor:sdf-fosie ,grp-all=reader',
    };

    it('is off unless MALMO_OIDC_ISSUER is set', () => {
      expect(readConfig({}).oidc).toBeNull();
    });

    it('reads the provider, the groups claim and the role map', () => {
      const oidc = readConfig({ ...env, MALMO_OIDC_GROUPS_CLAIM: 'roles' }).oidc;
      expect(oidc?.issuer.href).toBe('https://login.malmo.se/');
      expect(oidc).toMatchObject({
        clientId: 'registry',
        groupsClaim: 'roles',
        redirectUrl: undefined,
      });
      expect(oidc?.roleMap).toEqual([
        { group: 'grp-intl-admin', role: 'admin', unitKey: null },
        { group: 'grp-fosie', role: 'unit_editor', unitKey: 'sdf-fosie' },
        { group: 'grp-all', role: 'reader', unitKey: null },
      ]);
      expect(readConfig(env).oidc?.groupsClaim).toBe('groups');
    });

    it.each([
      [{ MALMO_OIDC_CLIENT_ID: '' }, 'MALMO_OIDC_CLIENT_ID must be set'],
      [{ MALMO_OIDC_ISSUER: 'login.malmo.se' }, 'MALMO_OIDC_ISSUER must be an absolute URL'],
      [{ MALMO_OIDC_ISSUER: 'http://login.malmo.se' }, 'must use https'],
      [{ MALMO_OIDC_REDIRECT_URL: 'http://malmo.se/cb' }, 'MALMO_OIDC_REDIRECT_URL must use https'],
      [{ MALMO_OIDC_ROLE_MAP: '' }, 'must map at least one group'],
      [{ MALMO_OIDC_ROLE_MAP: 'grp=boss' }, '"grp=boss" must be group=role'],
      [{ MALMO_OIDC_ROLE_MAP: 'grp=unit_editor' }, 'a unit editor needs a unit'],
      [{ MALMO_OIDC_ROLE_MAP: 'grp=admin:sdf-fosie' }, 'only unit_editor takes a unit'],
    ])('refuses %o with a clear message', (change, message) => {
      expect(() => readConfig({ ...env, ...change })).toThrow(message);
    });
  });
});
