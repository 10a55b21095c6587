import { expect } from 'vitest';
import type { TestServer } from './server.js';

/**
 * The lean paths (graphql/lean-path.ts) are the same API as Apollo: a test sends a body
 * both ways, once as it comes (a lean path answers what it can) and once with
 * `x-lean-path: off` (Apollo answers), and requires byte-equal answers.
 */

export interface LeanAnswer {
  status: number;
  type: string | null;
  body: string;
  /** Whether a lean path answered. */
  lean: boolean;
  /** The response's header names and values, but those of one request (date, id, length). */
  headers: Record<string, string>;
}

const PER_REQUEST_HEADERS = new Set(['date', 'x-request-id', 'x-lean-path', 'content-length']);

export async function postGraphql(
  api: TestServer,
  body: unknown,
  lean: boolean,
  headers: Record<string, string> = {},
): Promise<LeanAnswer> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(lean ? {} : { 'x-lean-path': 'off' }),
      ...headers,
    },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: await response.text(),
    lean: response.headers.get('x-lean-path') === 'used',
    headers: Object.fromEntries(
      [...response.headers].filter(([name]) => !PER_REQUEST_HEADERS.has(name)),
    ),
  };
}

/** Both answers, checked equal (status and content type too); the lean one is returned. */
export async function bothWays(
  api: TestServer,
  query: string,
  variables?: Record<string, unknown>,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<
  LeanAnswer & { json: { data?: unknown; errors?: { extensions?: { code?: string } }[] } }
> {
  const body = { query, variables, ...extra };
  const lean = await postGraphql(api, body, true, headers);
  const apollo = await postGraphql(api, body, false, headers);
  expect(apollo.lean).toBe(false);
  expect({ status: lean.status, type: lean.type, body: lean.body }).toEqual({
    status: apollo.status,
    type: apollo.type,
    body: apollo.body,
  });
  return { ...lean, json: JSON.parse(lean.body) as never };
}
