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
});
