import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUERY_LIMITS } from '../../src/graphql/limits.js';
import { startTestServer, type TestServer } from '../support/server.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api?.close();
});

function post(body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('security headers', () => {
  it('send a CSP that allows our own scripts only, and the usual protections', async () => {
    const response = await fetch(`${api.url}/healthz`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("img-src 'self' data: blob: https://tile.openstreetmap.org");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('permissions-policy')).toContain('camera=(self)');
    // Plain http on loopback: no HSTS pin.
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('pin HTTPS and upgrade requests when cookies are marked Secure', async () => {
    const secure = await startTestServer({ COOKIE_SECURE: 'true' });
    try {
      const response = await fetch(`${secure.url}/healthz`);
      expect(response.headers.get('strict-transport-security')).toContain('max-age=31536000');
      expect(response.headers.get('content-security-policy')).toContain(
        'upgrade-insecure-requests',
      );
    } finally {
      await secure.close();
    }
  });
});

describe('GraphQL request limits', () => {
  it('refuse a document nested too deep with QUERY_TOO_COMPLEX and a French message', async () => {
    const nested = (levels: number): string =>
      levels === 0 ? 'id' : `venue { offers { edges { node { ${nested(levels - 1)} } } } }`;
    const response = await api.gql(`{ offer(id: "1") { ${nested(4)} } }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'depth',
    });
    expect(response.errors?.[0]?.message).toMatch(/trop de niveaux/);
  });

  it('refuse thousands of aliases', async () => {
    const aliases = Array.from({ length: 2_000 }, (_, i) => `a${i}: categories { id }`).join(' ');
    const response = await api.gql(`{ ${aliases} }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuse a document with too many tokens before validating it', async () => {
    const fields = Array.from({ length: QUERY_LIMITS.tokens }, () => 'id').join(' ');
    const response = await api.gql(`{ categories { ${fields} } }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'tokens',
    });
  });

  it('refuse a document longer than the limit', async () => {
    const response = await api.gql(`{ me { id } } # ${'x'.repeat(QUERY_LIMITS.length)}`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'length',
    });
  });

  it('refuse a NUL character, in a variable or in a literal, as bad input', async () => {
    const LOG_IN = 'mutation($e: String!) { logIn(email: $e, password: "x") { token } }';
    for (const response of [
      await api.gql(LOG_IN, { e: 'a\u0000@exemple.fr' }),
      await api.gql('mutation { logIn(email: "a\\u0000@exemple.fr", password: "x") { token } }'),
    ]) {
      expect(response.status).toBe(400);
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toMatch(/caractère invalide/);
    }
  });

  it('refuse batched requests', async () => {
    const response = await post([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/batch/i);
  });

  it('do not suggest field names', async () => {
    const response = await api.gql('{ categorie { id } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('refuse a body over 1 MiB with 413', async () => {
    const response = await post({ query: `{ me { id } } # ${'x'.repeat(1_100_000)}` });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      code: 'FST_ERR_CTP_BODY_TOO_LARGE',
      message: 'Requête refusée : elle est trop volumineuse.',
    });
  });

  it('refuse a GET query without a preflight header (CSRF prevention)', async () => {
    const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(response.status).toBe(400);
  });
});

describe('in production', () => {
  it('turns introspection off', async () => {
    const production = await startTestServer({ NODE_ENV: 'production' });
    try {
      const response = await production.gql('{ __schema { queryType { name } } }');
      expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(response.errors?.[0]?.message).toMatch(/introspection/i);
    } finally {
      await production.close();
    }
  });
});
