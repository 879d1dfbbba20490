import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { parse } from 'graphql';
import type { Plugin } from 'vite';

/**
 * `graphql(`…`)` calls replaced by the document codegen wrote for them in src/gql/graphql.ts,
 * inlined where they are used. Without it, the generated `graphql()` looks documents up in a
 * map of all of them, so every query of every page sits in the first chunk (importing each
 * document from graphql.ts, as the client preset's Babel plugin does, is no better: a module
 * lives in one chunk, so graphql.ts would land in the shared first one). Names follow the
 * preset's: `<Operation>Document`, `<Fragment>FragmentDoc` (the first definition of the text).
 * A document missing from graphql.ts fails the build (rerun `pnpm generate`). Applies to the
 * files in the folder above graphql.ts's (src/).
 */
export function graphqlDocuments(generated: string): Plugin {
  const call = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
  let documents: Map<string, string> | null = null;
  const documentsOf = () => {
    documents ??= new Map(
      [
        ...readFileSync(generated, 'utf8').matchAll(
          /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm,
        ),
      ].map((match) => [match[1] ?? '', match[2] ?? '']),
    );
    return documents;
  };
  return {
    name: 'malmo:graphql-documents',
    enforce: 'pre',
    transform(code, id) {
      // The app's sources only (src/), not the generated files beside graphql.ts.
      const inSources = id.startsWith(`${dirname(dirname(generated))}/`);
      if (!inSources || id.startsWith(`${dirname(generated)}/`) || !/\.tsx?$/.test(id)) return;
      if (!code.includes('graphql(')) return;
      const replaced = code.replace(call, (text: string, source: string) => {
        const [first] = parse(source).definitions;
        const name =
          first?.kind === 'OperationDefinition' && first.name
            ? `${first.name.value}Document`
            : first?.kind === 'FragmentDefinition'
              ? `${first.name.value}FragmentDoc`
              : null;
        const document = name && documentsOf().get(name);
        if (!document) {
          return this.error(
            `${id}: no generated document ${name ?? '(unnamed)'}; run pnpm generate`,
          );
        }
        // As many lines as the call had, so the lines after it keep their place in source maps.
        return `(${document} as never)${'\n'.repeat(text.split('\n').length - 1)}`;
      });
      return replaced === code ? undefined : { code: replaced, map: null };
    },
    watchChange(id) {
      if (id === generated) documents = null;
    },
  };
}

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/**
 * Every text asset of the build written again beside itself as `.gz` (level 9) and `.br`
 * (quality 11), so the server sends them compressed without compressing on each request.
 */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'malmo:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir.startsWith('/')
        ? config.build.outDir
        : join(config.root, config.build.outDir);
    },
    async closeBundle() {
      const files = (function walk(dir: string): string[] {
        return readdirSync(dir).flatMap((name) => {
          const path = join(dir, name);
          return statSync(path).isDirectory() ? walk(path) : [path];
        });
      })(outDir).filter((path) => /\.(js|css|html|svg|json|txt)$/.test(path));
      await Promise.all(
        files.map(async (path) => {
          const content = readFileSync(path);
          if (content.length < 1024) return;
          const [gz, br] = await Promise.all([
            gzipAsync(content, { level: 9 }),
            brotliAsync(content, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: 11,
                [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
              },
            }),
          ]);
          writeFileSync(`${path}.gz`, gz);
          writeFileSync(`${path}.br`, br);
        }),
      );
    },
  };
}
