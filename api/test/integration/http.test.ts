import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestServer, type TestServer } from '../support/server.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api?.close();
});

describe('HTTP', () => {
  it('answers /healthz after checking the database', async () => {
    const res = await fetch(`${api.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('returns a request id, echoing a well-formed one', async () => {
    const res = await fetch(`${api.url}/healthz`, { headers: { 'x-request-id': 'abc-123' } });
    expect(res.headers.get('x-request-id')).toBe('abc-123');
    const other = await fetch(`${api.url}/healthz`, {
      headers: { 'x-request-id': 'bad id with spaces' },
    });
    expect(other.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('compresses GraphQL answers for clients that accept it, and only for them', async () => {
    const ask = (acceptEncoding: string) =>
      fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': acceptEncoding },
        body: JSON.stringify({ query: '{ categories { id label subcategories { id label } } }' }),
      });
    const brotli = await ask('gzip, br');
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect(brotli.headers.get('vary')).toMatch(/accept-encoding/i);
    const categories = ((await brotli.json()) as { data: { categories: unknown[] } }).data;
    expect(categories.categories.length).toBeGreaterThan(5);
    const gzipped = await ask('gzip');
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(await gzipped.json()).toEqual({ data: categories });
    const plain = await ask('identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.json()).toEqual({ data: categories });
    const refused = await ask('br;q=0, gzip;q=0');
    expect(refused.headers.get('content-encoding')).toBeNull();
  });

  it('lists categories with their subcategories', async () => {
    const res = await api.gql<{
      categories: { id: string; subcategories: { id: string; isEvent: boolean }[] }[];
    }>('query { categories { id label subcategories { id label isEvent isDigital canBeDuo } } }');
    expect(res.data?.categories).toHaveLength(14);
    const cinema = res.data?.categories.find((c) => c.id === 'CINEMA');
    expect(cinema?.subcategories).toContainEqual(
      expect.objectContaining({ id: 'SEANCE_CINE', isEvent: true }),
    );
  });

  it('refuses a GET mutation and a simple-content-type POST (CSRF prevention)', async () => {
    const get = await fetch(
      `${api.url}/graphql?query=${encodeURIComponent('mutation { logOut }')}`,
      {
        headers: { 'apollo-require-preflight': 'true' },
      },
    );
    expect(get.status).toBe(405);
    const post = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ categories { id } }' }),
    });
    expect(post.status).toBe(400);
  });

  it('answers a malformed query with a parse error code, not a 500', async () => {
    const res = await api.gql('query { me { ');
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers an unknown page with a 404', async () => {
    const res = await fetch(`${api.url}/nowhere.json`);
    expect(res.status).toBe(404);
  });
});
