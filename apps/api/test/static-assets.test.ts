import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/server';
import { startTestServer } from './support';

// A built dashboard as the build leaves it: each text asset beside its .br and .gz.
const dashboardDir = mkdtempSync(join(tmpdir(), 'malmo-static-'));
const script = `export const rows = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `rad ${i}`))};\n`;
const html =
  '<!doctype html><title>Malmö</title><script type="module" src="/assets/app-1a2b.js"></script>';
let server: RunningServer;

beforeAll(async () => {
  mkdirSync(join(dashboardDir, 'assets'));
  for (const [path, content] of [
    ['index.html', html],
    ['assets/app-1a2b.js', script],
  ] as const) {
    writeFileSync(join(dashboardDir, path), content);
    writeFileSync(join(dashboardDir, `${path}.gz`), gzipSync(content));
    writeFileSync(join(dashboardDir, `${path}.br`), brotliCompressSync(content));
  }
  server = await startTestServer({ dashboardDir });
});
afterAll(async () => {
  await server?.close();
  rmSync(dashboardDir, { recursive: true, force: true });
});

/** A GET as a browser sends it (no automatic decompression): status, headers, raw body. */
function get(path: string, acceptEncoding?: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path,
          headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks),
            }),
          );
        },
      );
      req.on('error', reject).end();
    },
  );
}

describe('the dashboard is served compressed when the client accepts it', () => {
  it('sends brotli to a client that accepts it, long-cached and varying by encoding', async () => {
    const res = await get('/assets/app-1a2b.js', 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.body.length).toBeLessThan(Buffer.byteLength(script));
    expect(brotliDecompressSync(res.body).toString()).toBe(script);
  });

  it('sends gzip to a client that accepts only gzip', async () => {
    const res = await get('/assets/app-1a2b.js', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.body).toString()).toBe(script);
  });

  it('sends the file as it is to a client that accepts no encoding', async () => {
    for (const acceptEncoding of [undefined, 'identity']) {
      const res = await get('/assets/app-1a2b.js', acceptEncoding);
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.body.toString()).toBe(script);
    }
  });

  it('compresses the HTML shell of every page too, still revalidated each time', async () => {
    const res = await get('/projects', 'br');
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(brotliDecompressSync(res.body).toString()).toBe(html);
  });
});
