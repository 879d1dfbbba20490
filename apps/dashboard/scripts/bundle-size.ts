// The built dashboard's JavaScript, compressed as served: what the first page loads (the entry
// script and the modules index.html preloads), what each page loads on top when first visited,
// and every chunk. `node scripts/bundle-size.ts [--json <file>]` after `vite build` prints a
// table (and writes the figures); the benchmark imports `bundleSizes` (@malmo/dashboard/bundle-size).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Chunk {
  file: string;
  gzipBytes: number;
  brotliBytes: number;
}

export interface PageChunks {
  /** The page's module, e.g. `src/pages/overview.tsx`. */
  page: string;
  /** Its own chunk and the ones it imports that the first load has not brought. */
  files: string[];
  gzipBytes: number;
  brotliBytes: number;
}

export interface BundleSizes {
  initial: Chunk[];
  initialGzipBytes: number;
  initialBrotliBytes: number;
  /** Each lazily loaded page (vite's manifest), largest first. */
  pages: PageChunks[];
  /** Every chunk the first load does not bring, largest first. */
  later: Chunk[];
}

interface ManifestEntry {
  file: string;
  src?: string;
  isDynamicEntry?: boolean;
  imports?: string[];
}

export const defaultDist = fileURLToPath(new URL('../dist/', import.meta.url));

/** gzip at level 9 and brotli at quality 11: the files the build precompresses. */
function measure(dist: string, file: string): Chunk {
  const content = readFileSync(join(dist, file));
  return {
    file,
    gzipBytes: gzipSync(content, { level: 9 }).length,
    brotliBytes: brotliCompressSync(content, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

const sum = (chunks: Chunk[], key: 'gzipBytes' | 'brotliBytes') =>
  chunks.reduce((total, chunk) => total + chunk[key], 0);

export function bundleSizes(dist = defaultDist): BundleSizes {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initialFiles = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="\/([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+\.js)"/g),
  ].map((match) => match[1] ?? '');
  const chunks = new Map(
    readdirSync(join(dist, 'assets'))
      .filter((name) => name.endsWith('.js'))
      .map((name) => [`assets/${name}`, measure(dist, `assets/${name}`)]),
  );
  const chunk = (file: string) => chunks.get(file) ?? measure(dist, file);
  const initial = initialFiles.map(chunk);
  const initialSet = new Set(initialFiles);

  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestEntry
  >;
  const pages = Object.values(manifest)
    .filter((entry) => entry.isDynamicEntry && entry.src?.startsWith('src/pages/'))
    .map((entry): PageChunks => {
      const files = new Set<string>();
      const visit = (key: string) => {
        const found = manifest[key];
        if (!found || initialSet.has(found.file) || files.has(found.file)) return;
        files.add(found.file);
        for (const imported of found.imports ?? []) visit(imported);
      };
      visit(entry.src ?? '');
      const loaded = [...files].map(chunk);
      return {
        page: entry.src ?? '',
        files: [...files],
        gzipBytes: sum(loaded, 'gzipBytes'),
        brotliBytes: sum(loaded, 'brotliBytes'),
      };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  const later = [...chunks.values()]
    .filter((entry) => !initialSet.has(entry.file))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  return {
    initial,
    initialGzipBytes: sum(initial, 'gzipBytes'),
    initialBrotliBytes: sum(initial, 'brotliBytes'),
    pages,
    later,
  };
}

export const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** The figures as printed lines: the first load chunk by chunk, then each page's. */
export function bundleLines(sizes: BundleSizes, pageCount = 15): string[] {
  const row = (gzip: number, brotli: number, name: string) =>
    `  ${kb(gzip).padStart(7)} KB  ${kb(brotli).padStart(7)} KB  ${name}`;
  return [
    'Initial JavaScript (gzip level 9, brotli quality 11):',
    ...sizes.initial.map((c) => row(c.gzipBytes, c.brotliBytes, c.file)),
    row(sizes.initialGzipBytes, sizes.initialBrotliBytes, 'total'),
    'Each page on top of it, when first visited (largest first):',
    ...sizes.pages
      .slice(0, pageCount)
      .map((p) => row(p.gzipBytes, p.brotliBytes, `${p.page}  (${p.files.length} files)`)),
    ...(sizes.pages.length > pageCount
      ? [`  … and ${sizes.pages.length - pageCount} smaller pages`]
      : []),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = bundleSizes();
  console.log(bundleLines(sizes).join('\n'));
  const jsonAt = process.argv.indexOf('--json');
  const target = jsonAt === -1 ? undefined : process.argv[jsonAt + 1];
  if (target) writeFileSync(target, `${JSON.stringify(sizes, null, 2)}\n`);
}
