import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompress } from '../../../scripts/precompress.mjs';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * How the built web apps travel: precompressed copies chosen by Accept-Encoding, hashed
 * assets cached for good, pages and the service worker revalidated by ETag. The apps here
 * are small stand-ins built into a temporary WEB_ROOT and precompressed by the build's own
 * script; the browser journeys measure the real builds' transfers (web-youth and web-admin
 * `e2e/delivery.spec.ts`).
 */
let api: TestServer;
let root: string;
const SCRIPT = `export const rows = [${Array.from({ length: 400 }, (_, i) => `{ id: ${i}, label: "Offre culturelle ${i}" }`).join(', ')}];\n`;
const PAGE = `<!doctype html><html lang="fr"><head><title>pass Culture</title><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body>${'<div id="root"></div>'.repeat(80)}</body></html>`;

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET with exactly these headers; the body as it travelled (no decompression). */
function get(path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(`${api.url}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'pc-web-root-'));
  for (const app of ['web-youth', 'web-admin']) {
    const dist = join(root, app, 'dist');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), PAGE);
    writeFileSync(join(dist, 'assets', 'index-Ab12Cd34.js'), SCRIPT);
    writeFileSync(join(dist, 'assets', 'tiny-Zz99Yy88.js'), 'export const a = 1;\n');
  }
  writeFileSync(join(root, 'web-youth', 'dist', 'sw.js'), SCRIPT);
  writeFileSync(
    join(root, 'web-youth', 'dist', 'icon.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg"/>',
  );
  for (const app of ['web-youth', 'web-admin']) await precompress(join(root, app, 'dist'));
  api = await startTestServer({ WEB_ROOT: root });
});
afterAll(async () => {
  await api?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('built web apps over HTTP', () => {
  it('sends the brotli copy to a browser that accepts it, gzip to one that only takes gzip, the file to others', async () => {
    const original = readFileSync(join(root, 'web-youth/dist/assets/index-Ab12Cd34.js'));
    const br = await get('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^application\/javascript/);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.body).equals(original)).toBe(true);
    expect(br.body.length).toBeLessThan(original.length / 5);

    const gz = await get('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(original)).toBe(true);

    const plain = await get('/assets/index-Ab12Cd34.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(original)).toBe(true);

    // Each representation has its own validator.
    expect(new Set([br.headers.etag, gz.headers.etag, plain.headers.etag]).size).toBe(3);
  });

  it('sends a file too small to gain from compression as it is', async () => {
    const tiny = await get('/admin/assets/tiny-Zz99Yy88.js', { 'accept-encoding': 'br, gzip' });
    expect(tiny.status).toBe(200);
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString()).toBe('export const a = 1;\n');
  });

  it('caches hashed assets for a year, immutable; pages and the service worker are revalidated', async () => {
    const immutable = 'public, max-age=31536000, immutable';
    for (const path of ['/assets/index-Ab12Cd34.js', '/admin/assets/index-Ab12Cd34.js'])
      expect((await get(path, { 'accept-encoding': 'br' })).headers['cache-control']).toBe(
        immutable,
      );
    for (const path of ['/', '/admin/', '/sw.js']) {
      const res = await get(path, { 'accept-encoding': 'br', accept: 'text/html' });
      expect(res.status, path).toBe(200);
      expect(res.headers['cache-control'], path).toBe('no-cache');
      expect(res.headers.etag, path).toBeTruthy();
    }
    // A client-side route gets the page, revalidated too.
    const route = await get('/admin/moderation', { accept: 'text/html', 'accept-encoding': 'br' });
    expect(route.status).toBe(200);
    expect(route.headers['cache-control']).toBe('no-cache');
    expect(route.body.length).toBeGreaterThan(0);
    // Unhashed icons: a day.
    expect((await get('/icon.svg')).headers['cache-control']).toBe('public, max-age=86400');
  });

  it('answers 304 with no body when the ETag still matches, 200 once it does not', async () => {
    const first = await get('/', { 'accept-encoding': 'br', accept: 'text/html' });
    const etag = String(first.headers.etag);
    const again = await get('/', {
      'accept-encoding': 'br',
      accept: 'text/html',
      'if-none-match': etag,
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const stale = await get('/', {
      'accept-encoding': 'br',
      accept: 'text/html',
      'if-none-match': 'W/"0-0"',
    });
    expect(stale.status).toBe(200);
  });

  it('moves the first load (page + script) in a fraction of its size', async () => {
    const headers = { 'accept-encoding': 'gzip, deflate, br', accept: 'text/html' };
    const responses = await Promise.all([
      get('/', headers),
      get('/assets/index-Ab12Cd34.js', headers),
    ]);
    const transferred = responses.reduce((total, res) => total + res.body.length, 0);
    const raw = PAGE.length + SCRIPT.length;
    expect(transferred).toBeLessThan(raw / 5);
  });
});
