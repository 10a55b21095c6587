import fc from 'fast-check';
import {
  graphqlSync,
  GraphQLBoolean,
  GraphQLFloat,
  GraphQLID,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  type GraphQLField,
  type GraphQLOutputType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { leaf } from '../../src/graphql/lean-path.js';

/**
 * The lean paths write leaf values without graphql-js's checks when they are what the
 * services give (lean-path.ts, valueWriter): whatever the value, the text written must be
 * graphql-js's own, and a value graphql-js refuses must not be written.
 */

const TYPES: Record<string, GraphQLOutputType> = {
  string: GraphQLString,
  id: GraphQLID,
  int: GraphQLInt,
  float: GraphQLFloat,
  boolean: GraphQLBoolean,
  requiredInt: new GraphQLNonNull(GraphQLInt),
  strings: new GraphQLList(GraphQLString),
  floats: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(GraphQLFloat))),
};

const query = new GraphQLObjectType({
  name: 'Query',
  fields: Object.fromEntries(
    Object.entries(TYPES).map(([name, type]) => [
      name,
      { type, resolve: (source: { value: unknown }) => source.value },
    ]),
  ),
});
const schema = new GraphQLSchema({ query });

/** graphql-js's text for the value, or null when it refuses it. */
function graphqlText(fieldName: string, value: unknown): string | null {
  const result = graphqlSync({ schema, source: `{ ${fieldName} }`, rootValue: { value } });
  if (result.errors) return null;
  return JSON.stringify(result.data![fieldName]);
}

/** The lean path's text for the value, or null when it refuses it (throws). */
function leanText(fieldName: string, value: unknown): string | null {
  const write = leaf<{ value: unknown }>((source) => source.value)(
    [],
    query.getFields()[fieldName] as GraphQLField<unknown, unknown>,
  );
  try {
    return write!({ value });
  } catch {
    return null;
  }
}

const scalar = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.integer(),
  fc.integer({ min: -(2 ** 33), max: 2 ** 33 }),
  fc.double(),
  fc.constantFrom(0, -0, 1e21, 2 ** 31, -(2 ** 31), 2 ** 31 - 1, 0.1 + 0.2, 5e-324),
  fc.constantFrom(NaN, Infinity, -Infinity, null, undefined),
  fc.boolean(),
  fc.constantFrom('12', '1.5', 'true', '', '\u2028', '"\\'),
  fc.bigInt(),
  fc.constantFrom({}, new Date(0), [1], { valueOf: () => 3 }),
);

describe('leaf writers', () => {
  for (const [fieldName, type] of Object.entries(TYPES)) {
    it(`write a ${fieldName} as graphql-js does, and refuse what it refuses`, () => {
      const values = String(type).includes('[') ? fc.oneof(fc.array(scalar), scalar) : scalar;
      fc.assert(
        fc.property(values, (value) => {
          expect(leanText(fieldName, value)).toBe(graphqlText(fieldName, value));
        }),
        { numRuns: 500 },
      );
    });
  }
});
