// The built dashboard's JavaScript, gzip-compressed as served: what the first page loads (the
// entry script and the modules index.html preloads) and every chunk loaded later. Prints a table
// and, with `--json <file>`, writes the figures. Run after `vite build`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initialFiles = [
  ...html.matchAll(/<script[^>]+type="module"[^>]+src="\/([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+\.js)"/g),
].map((match) => match[1]);

const gzip = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);

const initial = initialFiles.map((file) => ({ file, gzip: gzip(file) }));
const initialSet = new Set(initialFiles);
const later = readdirSync(join(dist, 'assets'))
  .filter((name) => name.endsWith('.js'))
  .map((name) => `assets/${name}`)
  .filter((file) => !initialSet.has(file))
  .map((file) => ({ file, gzip: gzip(file) }))
  .sort((a, b) => b.gzip - a.gzip);
const initialTotal = initial.reduce((sum, chunk) => sum + chunk.gzip, 0);

console.log('Initial JavaScript (gzip, level 9):');
for (const chunk of initial) console.log(`  ${kb(chunk.gzip).padStart(7)} KB  ${chunk.file}`);
console.log(`  ${kb(initialTotal).padStart(7)} KB  total`);
console.log('Loaded later (largest first):');
for (const chunk of later.slice(0, 15))
  console.log(`  ${kb(chunk.gzip).padStart(7)} KB  ${chunk.file}`);
if (later.length > 15) console.log(`  … and ${later.length - 15} smaller chunks`);

const jsonAt = process.argv.indexOf('--json');
if (jsonAt !== -1 && process.argv[jsonAt + 1]) {
  writeFileSync(
    process.argv[jsonAt + 1],
    `${JSON.stringify({ initialGzipBytes: initialTotal, initial, later }, null, 2)}\n`,
  );
}
