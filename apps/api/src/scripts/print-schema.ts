// Writes the committed schema.graphql from the code-first schema. Under `npm test` (and CI) it
// only reports: the schema test must see the committed file as it is, so a stale one fails.
import { readFileSync, writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { schema } from '../schema';

const target = new URL('../../schema.graphql', import.meta.url);
const printed = `${printSchema(schema)}\n`;
const committed = readFileSync(target, { encoding: 'utf8', flag: 'a+' });

if (printed === committed) {
  console.log('schema.graphql is up to date');
} else if (process.env.CI || process.env.MALMO_CHECK_SCHEMA) {
  console.warn(
    'schema.graphql is stale: run `pnpm generate` and commit it (the schema test will fail)',
  );
} else {
  writeFileSync(target, printed);
  console.log(`wrote ${target.pathname}`);
}
