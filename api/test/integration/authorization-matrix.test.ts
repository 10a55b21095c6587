import type { GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema } from '../../src/graphql/schema.js';
import { MATRIX, type Outcome } from '../authorization/matrix.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ACTORS, buildWorld } from '../support/world.js';

let api: TestServer;
let schema: GraphQLSchema;
beforeAll(async () => {
  api = await startTestServer();
  schema = await buildApiSchema();
});
afterAll(async () => {
  await api?.close();
});

function operationsOf(schema: GraphQLSchema): string[] {
  return [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) =>
    Object.keys(type.getFields()),
  );
}

/** Whether an answer carries anything beyond empty lists and type names. */
function holdsData(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([key, inner]) => key !== '__typename' && holdsData(inner));
  }
  return false;
}

describe('authorization matrix', () => {
  it('has a row for every query and mutation of the schema, and none for operations gone', () => {
    const operations = operationsOf(schema);
    expect(
      operations.filter((name) => !MATRIX[name]),
      'operations without a row',
    ).toEqual([]);
    expect(Object.keys(MATRIX).filter((name) => !operations.includes(name))).toEqual([]);
  });

  it('gives every caller the expected outcome of every operation', async () => {
    const mismatches: string[] = [];
    let calls = 0;
    for (const [name, row] of Object.entries(MATRIX)) {
      for (const actor of ACTORS) {
        // A fresh world per call: one caller's mutation must not decide the next one's outcome.
        const world = await buildWorld(api);
        const response = await api.gql(row.document, row.variables?.(world) ?? {}, {
          token: world.tokens[actor],
        });
        calls++;
        const outcome: Outcome = response.errors?.[0]?.extensions?.code ?? 'ok';
        if (outcome !== row.expected[actor]) {
          mismatches.push(`${name} as ${actor}: expected ${row.expected[actor]}, got ${outcome}`);
        } else if (row.seesNothing?.includes(actor) && holdsData(response.data)) {
          mismatches.push(
            `${name} as ${actor}: expected no data, got ${JSON.stringify(response.data)}`,
          );
        }
      }
    }
    console.log(
      `authorization matrix: ${Object.keys(MATRIX).length} operations × ${ACTORS.length} callers = ${calls} calls, ${mismatches.length} mismatches`,
    );
    expect(mismatches).toEqual([]);
  });
});
