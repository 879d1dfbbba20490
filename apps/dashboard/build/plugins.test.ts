import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { graphqlDocuments, precompress } from './plugins';

const dir = mkdtempSync(join(tmpdir(), 'malmo-build-plugins-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// What codegen writes: one line per document, with its fragments' definitions.
const generated = join(dir, 'gql', 'graphql.ts');
mkdirSync(join(dir, 'gql'));
const viewer =
  '{"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"}}]}';
const fragment =
  '{"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Row"}}]}';
writeFileSync(
  generated,
  [
    `export const ViewerDocument = ${viewer} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;`,
    `export const RowFragmentDoc = ${fragment} as unknown as DocumentNode<RowFragment, unknown>;`,
  ].join('\n'),
);

type Transform = (code: string, id: string) => { code: string } | undefined;
function transformer(): Transform {
  const plugin = graphqlDocuments(generated);
  const context = {
    error(message: string): never {
      throw new Error(message);
    },
  };
  return (code, id) => (plugin.transform as (...args: unknown[]) => never).call(context, code, id);
}

describe('graphqlDocuments', () => {
  it('inlines the generated document of each graphql() call, lines kept', () => {
    const code = [
      "import { graphql } from '../gql';",
      'const viewerQuery = graphql(`',
      '  query Viewer {',
      '    viewer { email }',
      '  }',
      '`);',
      'const row = graphql(`fragment Row on Project { id }`);',
      'export const after = 1;',
    ].join('\n');
    const result = transformer()(code, join(dir, 'src', 'page.tsx'));
    expect(result?.code).toContain(`const viewerQuery = (${viewer} as never)`);
    expect(result?.code).toContain(`const row = (${fragment} as never)`);
    expect(result?.code).not.toContain('graphql(');
    expect(result?.code.split('\n')).toHaveLength(code.split('\n').length);
    expect(result?.code.split('\n').at(-1)).toBe('export const after = 1;');
  });

  it('fails the build for a document codegen has not written', () => {
    expect(() =>
      transformer()('graphql(`query Missing { viewer { email } }`);', join(dir, 'src', 'a.ts')),
    ).toThrow(/no generated document MissingDocument; run pnpm generate/);
  });

  it('leaves files without graphql() calls, and the generated ones, alone', () => {
    expect(transformer()('export const a = 1;', join(dir, 'src', 'a.ts'))).toBeUndefined();
    expect(
      transformer()('graphql(`query Viewer { a }`)', join(dir, 'gql', 'gql.ts')),
    ).toBeUndefined();
  });
});

describe('precompress', () => {
  it('writes .br and .gz beside every text asset of 1 KB or more, and nothing else', async () => {
    const out = join(dir, 'dist');
    mkdirSync(join(out, 'assets'), { recursive: true });
    const script = `export const rows = ${JSON.stringify(Array.from({ length: 300 }, (_, i) => i))};`;
    writeFileSync(join(out, 'assets', 'app.js'), script);
    writeFileSync(join(out, 'assets', 'tiny.css'), 'a{}');
    writeFileSync(join(out, 'assets', 'logo.png'), Buffer.alloc(4096));
    const plugin = precompress();
    (plugin.configResolved as (config: unknown) => void)({ root: dir, build: { outDir: 'dist' } });
    await (plugin.closeBundle as () => Promise<void>)();

    const file = join(out, 'assets', 'app.js');
    expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(script);
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(script);
    expect(() => readFileSync(join(out, 'assets', 'tiny.css.br'))).toThrow();
    expect(() => readFileSync(join(out, 'assets', 'logo.png.gz'))).toThrow();
  });
});
