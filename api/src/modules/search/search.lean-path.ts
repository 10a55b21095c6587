import {
  getArgumentValues,
  getVariableValues,
  Kind,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ParseOptions,
  type SelectionSetNode,
  type ValidationRule,
  type VariableDefinitionNode,
} from 'graphql';
import type { SqlClient } from '../../db/sql.js';
import { containsNulCharacter, literalsContainNul } from '../../graphql/limits.js';
import { isStaleTolerant } from '../../graphql/read-routing.js';
import { findSubcategory, type SubcategoryDefinition } from '../catalog/categories.js';
import { searchCriteria, searchCursor, type RawSearchInput } from './search.criteria.js';
import type { CardRow } from './search.queries.js';
import { SearchService, type CardPage } from './search.service.js';

/**
 * The lean path of `searchOffers`, the api's hottest operation: for a document that asks
 * only what a results list shows (edges, cursor, distance, the offer's name, price,
 * subcategory and venue name and city, pageInfo; aliases, fragments and __typename too),
 * parsed and validated once per distinct text, the answer is one statement of cards
 * (SearchService.searchCards: the same pages as the resolver's) written straight to the JSON
 * text Apollo would send, field order included. Anything else returns null and Apollo
 * answers as usual: another field, a directive, a mutation, several operations, a text
 * search, bad variables or input (Apollo gives the errors, in the resolver's words), a
 * failed statement (Apollo runs it again and reports the error its way).
 */

/** Distinct document texts remembered (plans or refusals), least recently used out first. */
const PLAN_CACHE_SIZE = 200;

/** An answer of the lean path: the JSON text and the operation's name (for metrics). */
export interface LeanAnswer {
  json: string;
  operationName: string | null;
}

interface Plan {
  operationName: string | null;
  variableDefinitions: readonly VariableDefinitionNode[];
  field: GraphQLField<unknown, unknown>;
  fieldNode: FieldNode;
  staleTolerant: boolean;
  write(page: CardPage): string;
}

type Fields = Map<string, FieldNode[]>;
type Write<S> = (source: S) => string;

/**
 * The fields of an object type a selection asks for, by response key in the order an
 * executor answers them (fragments merged); null when something here is not for the lean
 * path (a directive, a fragment on another type).
 */
function collectFields(
  typeName: string,
  selectionSets: readonly SelectionSetNode[],
  fragments: Map<string, FragmentDefinitionNode>,
  into: Fields = new Map(),
): Fields | null {
  for (const set of selectionSets) {
    for (const selection of set.selections) {
      if (selection.directives?.length) return null;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const nodes = into.get(key);
        if (nodes) nodes.push(selection);
        else into.set(key, [selection]);
        continue;
      }
      const fragment =
        selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
      if (!fragment) return null;
      if (fragment.typeCondition && fragment.typeCondition.name.value !== typeName) return null;
      if (fragment.directives?.length) return null;
      if (!collectFields(typeName, [fragment.selectionSet], fragments, into)) return null;
    }
  }
  return into;
}

/** The sub-selections of merged field nodes. */
function subSelections(nodes: FieldNode[]): SelectionSetNode[] {
  return nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
}

/** How each field of an object type is written from its source, given its merged nodes. */
type FieldWriters<S> = Record<string, (nodes: FieldNode[]) => Write<S> | null>;

interface Compiler {
  fragments: Map<string, FragmentDefinitionNode>;
}

/** An object's writer: `{"key":value,...}` in the selection's order; null when a field is not served. */
function objectWriter<S>(
  compiler: Compiler,
  typeName: string,
  nodes: FieldNode[],
  writers: FieldWriters<S>,
): Write<S> | null {
  const fields = collectFields(typeName, subSelections(nodes), compiler.fragments);
  if (!fields) return null;
  const parts: { prefix: string; write: Write<S> }[] = [];
  let first = true;
  for (const [key, fieldNodes] of fields) {
    const name = fieldNodes[0]!.name.value;
    const make = name === '__typename' ? () => () => JSON.stringify(typeName) : writers[name];
    const write = make?.(fieldNodes);
    if (!write) return null;
    parts.push({ prefix: `${first ? '' : ','}${JSON.stringify(key)}:`, write });
    first = false;
  }
  return (source) => {
    let out = '{';
    for (const part of parts) out += part.prefix + part.write(source);
    return `${out}}`;
  };
}

const text = (value: string | null): string => (value === null ? 'null' : JSON.stringify(value));
const scalar = <S>(read: (source: S) => string | number | boolean | null) => {
  return () => (source: S) => {
    const value = read(source);
    return typeof value === 'string' ? JSON.stringify(value) : String(value);
  };
};

function subcategoryOf(row: CardRow): SubcategoryDefinition {
  const subcategory = findSubcategory(row.subcategoryId);
  if (!subcategory) throw new Error(`Unknown subcategory ${row.subcategoryId}`);
  return subcategory;
}

function subcategoryWriters(): FieldWriters<SubcategoryDefinition> {
  return {
    id: scalar((s) => s.id),
    label: scalar((s) => s.label),
    categoryId: scalar((s) => s.categoryId),
    isEvent: scalar((s) => s.isEvent),
    isDigital: scalar((s) => s.isDigital),
    canBeDuo: scalar((s) => s.canBeDuo),
  };
}

function venueWriters(): FieldWriters<CardRow> {
  return {
    id: scalar((row) => String(row.venueId)),
    name: scalar((row) => row.venueName),
    city: scalar((row) => row.venueCity),
  };
}

function offerWriters(compiler: Compiler): FieldWriters<CardRow> {
  return {
    id: scalar((row) => String(row.offerId)),
    name: scalar((row) => row.name),
    minPriceCents: scalar((row) => row.minPriceCents),
    isDuo: scalar((row) => row.isDuo),
    isDigital: scalar((row) => subcategoryOf(row).isDigital),
    isEvent: scalar((row) => subcategoryOf(row).isEvent),
    subcategory: (nodes) => {
      const write = objectWriter(compiler, 'Subcategory', nodes, subcategoryWriters());
      return write && ((row) => write(subcategoryOf(row)));
    },
    venue: (nodes) => objectWriter(compiler, 'Venue', nodes, venueWriters()),
  };
}

interface Edge {
  row: CardRow;
  cursor: string;
}

function edgeWriters(compiler: Compiler): FieldWriters<Edge> {
  return {
    cursor: scalar((edge) => edge.cursor),
    distanceMeters: scalar((edge) => edge.row.distance),
    node: (nodes) => {
      const write = objectWriter(compiler, 'Offer', nodes, offerWriters(compiler));
      return write && ((edge) => write(edge.row));
    },
  };
}

interface Connection {
  edges: Edge[];
  hasNextPage: boolean;
}

function connectionWriters(compiler: Compiler): FieldWriters<Connection> {
  return {
    edges: (nodes) => {
      const write = objectWriter(compiler, 'OfferSearchEdge', nodes, edgeWriters(compiler));
      return write && ((c) => `[${c.edges.map(write).join(',')}]`);
    },
    pageInfo: (nodes) =>
      objectWriter<Connection>(compiler, 'PageInfo', nodes, {
        hasNextPage: scalar((c) => c.hasNextPage),
        endCursor: () => (c) => text(c.edges.at(-1)?.cursor ?? null),
      }),
  };
}

/** The plan of a document, or null when Apollo must answer it. */
function compilePlan(
  schema: GraphQLSchema,
  document: DocumentNode,
  rules: readonly ValidationRule[],
): Plan | null {
  const operations: OperationDefinitionNode[] = [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
    else if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
    else return null;
  }
  const [operation] = operations;
  if (operations.length !== 1 || !operation || operation.operation !== 'query') return null;
  if (operation.directives?.length) return null;
  if (operation.variableDefinitions?.some((v) => v.directives?.length)) return null;
  if (validate(schema, document, rules).length > 0) return null;
  // A NUL character in a literal is refused by Apollo (graphql/limits.ts).
  if (literalsContainNul(document)) return null;

  const compiler: Compiler = { fragments };
  const root = collectFields('Query', [operation.selectionSet], fragments);
  if (!root) return null;
  const search = [...root.entries()].filter(([, nodes]) => nodes[0]!.name.value !== '__typename');
  if (search.length !== 1 || search[0]![1][0]!.name.value !== 'searchOffers') return null;
  const [searchKey, searchNodes] = search[0]!;
  const field = schema.getQueryType()?.getFields().searchOffers;
  const writeConnection = objectWriter(
    compiler,
    'OfferSearchConnection',
    searchNodes,
    connectionWriters(compiler),
  );
  if (!field || !writeConnection) return null;
  const parts = [...root.keys()].map((key) =>
    key === searchKey ? { key, write: writeConnection } : { key, write: () => '"Query"' },
  );
  const prefixes = parts.map((part, i) => `${i === 0 ? '' : ','}${JSON.stringify(part.key)}:`);
  return {
    operationName: operation.name?.value ?? null,
    variableDefinitions: operation.variableDefinitions ?? [],
    field,
    fieldNode: searchNodes[0]!,
    staleTolerant: isStaleTolerant(schema, operation),
    write(page) {
      const connection: Connection = {
        edges: page.cards.map(({ row, cursor }) => ({ row, cursor: searchCursor(cursor) })),
        hasNextPage: page.hasNextPage,
      };
      let out = '{"data":{';
      parts.forEach((part, i) => (out += prefixes[i]! + part.write(connection)));
      // Apollo's own serialisation ends with a line break.
      return `${out}}}\n`;
    },
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class LeanSearchPath {
  private readonly plans = new Map<string, Plan | null>();
  private readonly rules: readonly ValidationRule[];

  constructor(
    private readonly schema: GraphQLSchema,
    limits: { validationRules: readonly ValidationRule[]; parseOptions: ParseOptions },
  ) {
    this.rules = [...specifiedRules, ...limits.validationRules];
    this.parseOptions = limits.parseOptions;
  }

  private readonly parseOptions: ParseOptions;

  /** The plan of a document text (parsed and validated once), or null: Apollo answers it. */
  private plan(query: string): Plan | null {
    const known = this.plans.get(query);
    if (known !== undefined) {
      // Most recently used last.
      this.plans.delete(query);
      this.plans.set(query, known);
      return known;
    }
    let plan: Plan | null = null;
    try {
      plan = compilePlan(this.schema, parse(query, this.parseOptions), this.rules);
    } catch {
      plan = null; // Apollo says what is wrong with it.
    }
    if (this.plans.size >= PLAN_CACHE_SIZE) {
      this.plans.delete(this.plans.keys().next().value!);
    }
    this.plans.set(query, plan);
    return plan;
  }

  /**
   * The answer to a POSTed GraphQL body, or null when Apollo must answer it. `reader` gives
   * the request's read client, routed as Apollo's read-routing plugin would.
   */
  async answer(
    body: unknown,
    reader: (staleTolerant: boolean) => SqlClient,
  ): Promise<LeanAnswer | null> {
    if (!isPlainObject(body) || typeof body.query !== 'string') return null;
    for (const key of Object.keys(body)) {
      if (key !== 'query' && key !== 'variables' && key !== 'operationName') return null;
    }
    const { variables, operationName } = body;
    if (variables !== undefined && variables !== null && !isPlainObject(variables)) return null;
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string')
      return null;
    const plan = this.plan(body.query);
    if (!plan) return null;
    if (typeof operationName === 'string' && operationName !== plan.operationName) return null;
    if (containsNulCharacter(variables)) return null;
    const coerced = getVariableValues(this.schema, plan.variableDefinitions, variables ?? {});
    if (coerced.errors) return null;
    let page: CardPage;
    try {
      const args = getArgumentValues(plan.field, plan.fieldNode, coerced.coerced);
      const criteria = searchCriteria(args.input as RawSearchInput);
      if (criteria.text !== null) return null;
      page = await new SearchService(reader(plan.staleTolerant)).searchCards(criteria);
    } catch {
      // Bad input or a failed statement: Apollo answers, with its errors in the resolver's words.
      return null;
    }
    return { json: plan.write(page), operationName: plan.operationName };
  }
}
