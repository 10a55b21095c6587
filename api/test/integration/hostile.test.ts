import {
  getNamedType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema } from '../../src/graphql/schema.js';
import {
  insertBeneficiary,
  insertOfferWithStock,
  insertPro,
  insertUser,
  insertVenue,
  ledgerViolations,
  logInAs,
} from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * A corpus of hostile requests, generated from the schema so that every operation gets
 * it: each argument and input field in turn receives values meant to break things
 * (huge and empty strings, injections, unicode edge cases, extreme numbers, malformed
 * ids, dates and cursors), sent as anonymous, beneficiary, pro and admin; then malformed
 * HTTP bodies. Every answer must be a 4xx or a GraphQL error carrying a code — never a
 * 500, a masked internal error, a crash or a hang — and the ledger must hold afterwards.
 */

/** Operations left out: they end the caller's own session, which the corpus reuses. */
const SKIPPED = new Set(['logOut']);

const HOSTILE_STRINGS = [
  '',
  ' ',
  'x'.repeat(100_000),
  "' OR 1=1 --",
  "'; drop table booking; --",
  '<script>alert(1)</script>',
  '\u0000',
  '\ud800',
  '\u202e\u0644\u0627',
  'e\u0301'.repeat(500),
  '👩‍👩‍👧‍👦'.repeat(50),
  '%s%n%x',
  '../../etc/passwd',
  '{"$gt": ""}',
];
const HOSTILE_IDS = ['0', '-1', 'abc', '1e5', '99999999999999999999', '1 OR 1=1', '\u0000', ''];
const HOSTILE_INTS = [-1, 0, 2_147_483_647, -2_147_483_648, 2 ** 31, 1.5];
const HOSTILE_FLOATS = [-1, 0, 1e308, -1e308, 5e-324, 'NaN', 'Infinity'];
const HOSTILE_DATES = [
  'pas une date',
  '9999-99-99',
  '0000-01-01T00:00:00Z',
  '+275760-09-13T00:00:00Z',
  '',
];
const HOSTILE_CURSORS = [
  '',
  '!!!',
  'eyJpZCI6LTF9',
  'e30',
  Buffer.from('{"id":"1; drop"}').toString('base64url'),
];

function hostileValues(type: GraphQLInputType, name: string): unknown[] {
  const named = getNamedType(type);
  const common = [null, { nested: 'objet' }, ['liste']];
  if (isListType(isNonNullType(type) ? type.ofType : type)) {
    return [...common, [], Array.from({ length: 5_000 }, () => leafDefault(named, name))];
  }
  if (named instanceof GraphQLEnumType) return [...common, 'PAS_UNE_VALEUR', 1];
  if (isInputObjectType(named)) return [...common, {}, 'texte'];
  switch (named.name) {
    case 'ID':
      return [...common, ...HOSTILE_IDS, 123];
    case 'Int':
      return [...common, ...HOSTILE_INTS, '12'];
    case 'Float':
      return [...common, ...HOSTILE_FLOATS];
    case 'Boolean':
      return [...common, 'true', 0];
    case 'DateTime':
      return [...common, ...HOSTILE_DATES, 0];
    default:
      return [...common, ...HOSTILE_STRINGS, ...(name === 'after' ? HOSTILE_CURSORS : []), 42];
  }
}

/** A plausible value, so that the hostile one is the only thing wrong with a request. */
function leafDefault(type: GraphQLInputType, name: string): unknown {
  const named = getNamedType(type);
  if (named instanceof GraphQLEnumType) return named.getValues()[0]!.value;
  if (named instanceof GraphQLInputObjectType) {
    return Object.fromEntries(
      Object.values(named.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, leafDefault(field.type, field.name)]),
    );
  }
  if (isListType(isNonNullType(type) ? type.ofType : type)) return [];
  if (!(named instanceof GraphQLScalarType)) return null;
  switch (named.name) {
    case 'ID':
      return '1';
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return false;
    case 'DateTime':
      return new Date(Date.now() + 86_400_000).toISOString();
    default:
      if (/email/i.test(name)) return 'quelquun@exemple.fr';
      if (/date/i.test(name)) return '2008-01-01';
      if (/postal/i.test(name)) return '93200';
      return 'texte';
  }
}

/** The smallest selection of an output type: its scalar fields, or __typename. */
function selection(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (isLeafType(type)) return '';
  if (isObjectType(type)) {
    const leaves = Object.values(type.getFields())
      .filter((f) => isLeafType(getNamedType(f.type)) && f.args.length === 0)
      .map((f) => f.name);
    return `{ __typename ${leaves.join(' ')} }`;
  }
  return '{ __typename }';
}

function typeName(type: GraphQLInputType): string {
  if (type instanceof GraphQLNonNull) return `${typeName(type.ofType)}!`;
  if (type instanceof GraphQLList) return `[${typeName(type.ofType)}]`;
  return type.name;
}

interface HostileRequest {
  label: string;
  query: string;
  variables: Record<string, unknown>;
}

/** For each operation, each argument (and each field of an input argument) made hostile in turn. */
function corpus(schema: GraphQLSchema): HostileRequest[] {
  const requests: HostileRequest[] = [];
  for (const [kind, root] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(root!.getFields())) {
      if (SKIPPED.has(field.name)) continue;
      const declared = field.args.map((a) => `$${a.name}: ${typeName(a.type)}`).join(', ');
      const passed = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const query = `${kind}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selection(field)} }`;
      const defaults = (args: readonly GraphQLArgument[]) =>
        Object.fromEntries(args.map((a) => [a.name, leafDefault(a.type, a.name)]));
      if (field.args.length === 0) requests.push({ label: field.name, query, variables: {} });
      for (const arg of field.args) {
        for (const value of hostileValues(arg.type, arg.name)) {
          requests.push({
            label: `${field.name}(${arg.name})`,
            query,
            variables: { ...defaults(field.args), [arg.name]: value },
          });
        }
        const input = getNamedType(arg.type);
        if (!isInputObjectType(input)) continue;
        for (const inner of Object.values(input.getFields())) {
          for (const value of hostileValues(inner.type, inner.name)) {
            requests.push({
              label: `${field.name}(${arg.name}.${inner.name})`,
              query,
              variables: {
                ...defaults(field.args),
                [arg.name]: { ...(leafDefault(input, arg.name) as object), [inner.name]: value },
              },
            });
          }
        }
      }
    }
  }
  return requests;
}

/** Malformed HTTP requests: bodies, content types, shapes. */
const MALFORMED_BODIES: { label: string; body: string; contentType?: string }[] = [
  { label: 'not JSON', body: '{"query": ' },
  { label: 'JSON array of nothing', body: '[]' },
  { label: 'query is a number', body: '{"query": 42}' },
  { label: 'variables not an object', body: '{"query": "{ me { id } }", "variables": [1]}' },
  { label: 'empty query', body: '{"query": ""}' },
  { label: 'unknown operation name', body: '{"query": "{ me { id } }", "operationName": "Autre"}' },
  { label: 'two anonymous operations', body: '{"query": "{ me { id } } { me { id } }"}' },
  {
    label: 'fragment cycle',
    body: JSON.stringify({
      query: 'query { me { ...A } } fragment A on User { ...B } fragment B on User { ...A }',
    }),
  },
  {
    label: 'deep nesting',
    body: JSON.stringify({ query: `{ ${'me { '.repeat(500)}id${' }'.repeat(500)} }` }),
  },
  { label: 'unterminated string', body: JSON.stringify({ query: '{ offer(id: "1) { id } }' }) },
  { label: 'text/plain', body: '{"query": "{ me { id } }"}', contentType: 'text/plain' },
  {
    label: 'form body',
    body: 'query=%7B%20me%20%7B%20id%20%7D%20%7D',
    contentType: 'application/x-www-form-urlencoded',
  },
  {
    label: 'huge variables',
    body: JSON.stringify({ query: '{ me { id } }', variables: { x: 'y'.repeat(900_000) } }),
  },
  {
    label: 'prototype pollution',
    body: '{"query": "{ me { id } }", "variables": {"__proto__": {"admin": true}}}',
  },
];

let api: TestServer;
let schema: GraphQLSchema;
const actors: { name: string; token?: string }[] = [{ name: 'anonymous' }];

beforeAll(async () => {
  api = await startTestServer();
  schema = await buildApiSchema();
  const { offererId, venueId } = await insertVenue(api);
  await insertOfferWithStock(api, venueId, { subcategoryId: 'CONCERT', priceCents: 1_000 });
  actors.push({
    name: 'beneficiary',
    token: (await insertBeneficiary(api, 'hostile-jeune@exemple.fr')).token,
  });
  actors.push({
    name: 'pro',
    token: (await insertPro(api, 'hostile-pro@exemple.fr', offererId)).token,
  });
  await insertUser(api, { email: 'hostile-admin@exemple.fr', roles: ['ADMIN'] });
  actors.push({ name: 'admin', token: await logInAs(api, 'hostile-admin@exemple.fr') });
});
afterAll(async () => {
  await api?.close();
});

type Answer = { status: number; body: { errors?: { extensions?: { code?: string } }[] } | null };

async function send(
  body: string,
  token?: string,
  contentType = 'application/json',
): Promise<Answer> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'apollo-require-preflight': 'true',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body,
    signal: AbortSignal.timeout(20_000),
  });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) as Answer['body'] };
  } catch {
    return { status: response.status, body: null };
  }
}

/** What is wrong with an answer, or null: a 5xx, or an error without a code or masked. */
function problem(answer: Answer): string | null {
  if (answer.status >= 500) return `HTTP ${answer.status}`;
  for (const error of answer.body?.errors ?? []) {
    const code = error.extensions?.code;
    if (!code) return 'error without a code';
    if (code === 'INTERNAL_SERVER_ERROR') return 'internal error';
  }
  return null;
}

async function inBatches<T>(items: T[], size: number, run: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

describe('hostile input', () => {
  it('every hostile request gets a 4xx or a coded GraphQL error, and nothing breaks', async () => {
    const requests = corpus(schema);
    const failures: string[] = [];
    let tried = 0;
    await inBatches(
      requests.flatMap((request) => actors.map((actor) => ({ request, actor }))),
      8,
      async ({ request, actor }) => {
        tried++;
        const answer = await send(JSON.stringify(request), actor.token);
        const found = problem(answer);
        if (found) failures.push(`${request.label} as ${actor.name}: ${found}`);
      },
    );
    for (const malformed of MALFORMED_BODIES) {
      for (const actor of actors) {
        tried++;
        const answer = await send(malformed.body, actor.token, malformed.contentType);
        const found = problem(answer);
        if (found) failures.push(`${malformed.label} as ${actor.name}: ${found}`);
        expect(answer.status, malformed.label).toBeLessThan(500);
      }
    }
    console.log(
      `hostile corpus: ${tried} requests (${requests.length} generated from ${
        Object.keys(schema.getQueryType()!.getFields()).length +
        Object.keys(schema.getMutationType()!.getFields()).length
      } operations × ${actors.length} callers, ${MALFORMED_BODIES.length * actors.length} malformed bodies), ${failures.length} failures`,
    );
    expect(failures).toEqual([]);
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    expect(await ledgerViolations(api)).toBe(0);
    // Thousands of requests, one after another: minutes on a loaded 2-core machine.
  }, 300_000);
});
