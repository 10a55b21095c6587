import 'reflect-metadata';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import {
  parse,
  print,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { QUERY_LIMITS, QueryLimitError, queryLimits } from '../../src/graphql/limits.js';
import { buildApiSchema } from '../../src/graphql/schema.js';

/** The packages whose codegen output (src/gql/graphql.ts) holds the operations they send. */
const CLIENT_PACKAGES = ['web-youth', 'web-pro', 'web-admin', 'schema/ui'];

/** Every operation (with the fragments it spreads) the client packages send. */
async function clientDocuments(): Promise<[string, DocumentNode][]> {
  // Imported by path at run time: the clients are outside this package's TypeScript project.
  const modules: Record<string, unknown>[] = await Promise.all(
    CLIENT_PACKAGES.map(
      (name) =>
        import(
          /* @vite-ignore */ new URL(`../../../${name}/src/gql/graphql.ts`, import.meta.url).href
        ),
    ),
  );
  return modules.flatMap((module) =>
    Object.entries(module).filter(
      (entry): entry is [string, DocumentNode] =>
        typeof entry[1] === 'object' &&
        (entry[1] as DocumentNode).kind === 'Document' &&
        (entry[1] as DocumentNode).definitions.some((d) => d.kind === 'OperationDefinition'),
    ),
  );
}

let schema: GraphQLSchema;
let documents: [string, DocumentNode][];
beforeAll(async () => {
  schema = await buildApiSchema();
  documents = await clientDocuments();
});

function limitErrors(document: string | DocumentNode): readonly GraphQLError[] {
  const { validationRules } = queryLimits();
  const ast = typeof document === 'string' ? parse(document) : document;
  return validate(schema, ast, [...specifiedRules, ...validationRules]);
}

/** What the armor measures of a document: the depth, cost and tokens it reaches. */
function measure(document: DocumentNode) {
  const seen = { depth: 0, cost: 0 };
  const record = (key: 'depth' | 'cost') => [
    (_context: unknown, details: { n?: number; cost?: number; depth?: number }) => {
      seen[key] = Math.max(seen[key], details.n ?? details.cost ?? details.depth ?? 0);
    },
  ];
  const { validationRules } = new ApolloArmor({
    maxDepth: { n: 1_000, onAccept: record('depth') },
    costLimit: { maxCost: 1_000_000, onAccept: record('cost') },
  }).protect();
  validate(schema, document, validationRules);
  const parser = new MaxTokensParserWLexer(print(document), { n: 1_000_000 });
  parser.parseDocument();
  return { ...seen, tokens: parser.tokenCount, length: print(document).length };
}

describe('query limits', () => {
  it('let every client document through, with room to spare', () => {
    expect(documents.length).toBeGreaterThan(15);
    const largest = { depth: 0, cost: 0, tokens: 0, length: 0 };
    for (const [name, document] of documents) {
      const measured = measure(document);
      expect(limitErrors(document), name).toEqual([]);
      for (const key of ['depth', 'cost', 'tokens', 'length'] as const)
        largest[key] = Math.max(largest[key], measured[key]);
    }
    console.log(
      `largest client document: ${JSON.stringify(largest)}; limits ${JSON.stringify(QUERY_LIMITS)}`,
    );
    expect(largest.depth).toBeGreaterThan(2);
    expect(largest.depth + 2).toBeLessThanOrEqual(QUERY_LIMITS.depth);
    expect(largest.cost * 2).toBeLessThanOrEqual(QUERY_LIMITS.cost);
    expect(largest.tokens * 2).toBeLessThanOrEqual(QUERY_LIMITS.tokens);
    expect(largest.length * 2).toBeLessThanOrEqual(QUERY_LIMITS.length);
  });

  it('refuse a document nested deeper than the limit', () => {
    const nested = (levels: number): string =>
      levels === 0 ? 'id' : `venue { offers { edges { node { ${nested(levels - 1)} } } } }`;
    const errors = limitErrors(`{ offer(id: "1") { ${nested(3)} } }`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(QueryLimitError);
    expect(errors[0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth' });
  });

  it('refuse more aliases than the limit', () => {
    const aliases = Array.from({ length: QUERY_LIMITS.aliases + 1 }, (_, i) => `a${i}: me { id }`);
    const errors = limitErrors(`{ ${aliases.join(' ')} }`);
    expect(errors.map((e) => e.extensions.limit)).toContain('aliases');
    expect(limitErrors(`{ ${aliases.slice(1).join(' ')} }`)).toEqual([]);
  });

  it('refuse too many directives', () => {
    const directives = Array.from(
      { length: QUERY_LIMITS.directives + 1 },
      () => '@include(if: true)',
    );
    const errors = limitErrors(`{ me ${directives.join(' ')} { id } }`);
    expect(errors.map((e) => e.extensions.limit)).toContain('directives');
  });
});
