import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isSpecifiedScalarType,
  Kind,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLLeafType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ParseOptions,
  type SelectionSetNode,
  type ValidationRule,
  type VariableDefinitionNode,
} from 'graphql';
import type { Context } from './context.js';
import { containsNulCharacter, literalsContainNul } from './limits.js';
import { isStaleTolerant } from './read-routing.js';

/**
 * Lean paths of the api's hottest queries (searchOffers, home): for a document whose one
 * operation is a query of one such root field (plus `__typename`), asking only for fields
 * its LeanField knows how to write, the document is parsed and validated once per distinct
 * text (Apollo's rules and limits), its variables coerced by graphql-js, the field's value
 * read by the same service calls as its resolver, and written straight to the JSON text
 * Apollo would send, field order included. Anything else returns null and Apollo answers
 * as usual: another field, an argument on a nested field, a directive, a mutation, several
 * operations or root fields, bad variables or input (Apollo gives the errors, in the
 * resolver's words), a failed statement (Apollo runs it again and reports its error).
 */

/** Distinct document texts remembered (plans or refusals), least recently used out first. */
const PLAN_CACHE_SIZE = 200;

/** An answer of a lean path: the JSON text and the operation's name (for metrics). */
export interface LeanAnswer {
  json: string;
  operationName: string | null;
}

export type Write<S> = (source: S) => string;

/** What a document's fields are compiled with. */
export interface LeanCompiler {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
}

/**
 * How each field of an object type is written from its source, given its merged nodes and
 * its definition; null when this selection of it is not served.
 */
export type FieldWriters<S> = Record<
  string,
  (nodes: FieldNode[], field: GraphQLField<unknown, unknown>) => Write<S> | null
>;

/** A root query field a lean path answers. */
export interface LeanField<S> {
  /** The writer of the field's value for this selection; null: Apollo answers. */
  compile(compiler: LeanCompiler, nodes: FieldNode[]): Write<S> | null;
  /**
   * The field's value for its coerced arguments, as its resolver reads it; null (or a
   * throw: bad input, a failed statement) when Apollo must answer instead.
   */
  resolve(args: Record<string, unknown>, context: Context): Promise<S | null>;
}

type Fields = Map<string, FieldNode[]>;

/**
 * The fields of an object type a selection asks for, by response key in the order an
 * executor answers them (fragments merged); null when something here is not for a lean
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

/**
 * An object's writer: `{"key":value,...}` in the selection's order; null when a field is
 * not served or is given arguments (the served ones are written with their defaults).
 */
export function objectWriter<S>(
  compiler: LeanCompiler,
  typeName: string,
  nodes: FieldNode[],
  writers: FieldWriters<S>,
): Write<S> | null {
  const fields = collectFields(typeName, subSelections(nodes), compiler.fragments);
  const type = compiler.schema.getType(typeName);
  if (!fields || !isObjectType(type)) return null;
  const definitions = type.getFields();
  const parts: { prefix: string; write: Write<S> }[] = [];
  let first = true;
  for (const [key, fieldNodes] of fields) {
    const name = fieldNodes[0]!.name.value;
    if (fieldNodes.some((node) => node.arguments?.length)) return null;
    let write: Write<S> | null | undefined;
    if (name === '__typename') {
      const typeNameJson = JSON.stringify(typeName);
      write = () => typeNameJson;
    } else {
      const definition = definitions[name];
      write = definition && writers[name]?.(fieldNodes, definition);
    }
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

/** A nullable object field: its writer on the value `read` gives, `null` when there is none. */
export function nested<S, T>(
  compiler: LeanCompiler,
  typeName: string,
  writers: FieldWriters<T>,
  read: (source: S) => T | null,
) {
  return (nodes: FieldNode[]): Write<S> | null => {
    const write = objectWriter(compiler, typeName, nodes, writers);
    return (
      write &&
      ((source) => {
        const value = read(source);
        return value === null ? 'null' : write(value);
      })
    );
  };
}

/** A list of objects: each item written by the writers of `typeName`. */
export function listOf<S, T>(
  compiler: LeanCompiler,
  typeName: string,
  writers: FieldWriters<T>,
  read: (source: S) => readonly T[],
) {
  return (nodes: FieldNode[]): Write<S> | null => {
    const write = objectWriter(compiler, typeName, nodes, writers);
    return write && ((source) => `[${read(source).map(write).join(',')}]`);
  };
}

/** GraphQL's Int is 32 bits. */
const MAX_INT = 2_147_483_647;
const MIN_INT = -2_147_483_648;

/**
 * How one value of a leaf type is written, as graphql-js serializes it: the built-in scalars
 * write the values the services give them (a string, an integer, a finite number, a boolean)
 * without graphql-js's checks, which ran on every value of every answer; any other value, and
 * every other type (enums, dates), goes through the type's own `serialize`, which throws where
 * graphql-js would.
 */
function valueWriter(type: GraphQLLeafType): (value: unknown) => string {
  const serialized = (value: unknown) => JSON.stringify(type.serialize(value));
  if (!isSpecifiedScalarType(type)) return serialized;
  switch (type.name) {
    case 'String':
      return (value) => (typeof value === 'string' ? JSON.stringify(value) : serialized(value));
    case 'ID':
      return (value) =>
        typeof value === 'string'
          ? JSON.stringify(value)
          : Number.isInteger(value)
            ? `"${value as number}"`
            : serialized(value);
    case 'Int':
      return (value) =>
        Number.isInteger(value) && (value as number) <= MAX_INT && (value as number) >= MIN_INT
          ? String(value)
          : serialized(value);
    case 'Float':
      return (value) => (Number.isFinite(value) ? String(value) : serialized(value));
    case 'Boolean':
      return (value) => (value === true ? 'true' : value === false ? 'false' : serialized(value));
    default:
      return serialized;
  }
}

/**
 * A leaf field (scalar or enum, or a list of them) as graphql-js writes it: each value
 * serialized by the field's own type (Date, Float, ID…), null as null where the type allows
 * it; a value graphql-js refuses throws, and Apollo answers.
 */
export function leaf<S>(read: (source: S) => unknown) {
  return (_nodes: FieldNode[], field: GraphQLField<unknown, unknown>): Write<S> | null => {
    const type = getNamedType(field.type);
    if (!isLeafType(type)) return null;
    const write = valueWriter(type);
    const writeOrNull = (nullable: boolean) => (value: unknown) => {
      if (value !== null && value !== undefined) return write(value);
      if (nullable) return 'null';
      throw new Error(`${field.name}: null where ${String(field.type)} is not`);
    };
    const one = writeOrNull(!isNonNullType(field.type));
    const listType = getNullableType(field.type);
    if (!isListType(listType)) return (source) => one(read(source));
    const item = writeOrNull(!isNonNullType(listType.ofType));
    return (source) => {
      const value = read(source);
      if (value === null || value === undefined) return one(value);
      if (!Array.isArray(value)) throw new Error(`${field.name}: a list was expected`);
      return `[${value.map(item).join(',')}]`;
    };
  };
}

/**
 * A field's arguments as its resolver gets them when the document gives none (objectWriter
 * serves nested fields only without arguments): the schema's defaults.
 */
export function defaultArguments(field: GraphQLField<unknown, unknown>): Record<string, unknown> {
  return Object.fromEntries(field.args.map((arg) => [arg.name, arg.defaultValue]));
}

/** Leaf fields read as the same-named property of the source (graphql-js's default resolver). */
export function properties<S>(...names: (keyof S & string)[]): FieldWriters<S> {
  return Object.fromEntries(
    names.map((name) => [name, leaf<S>((source) => source[name])]),
  ) as FieldWriters<S>;
}

interface Plan {
  operationName: string | null;
  variableDefinitions: readonly VariableDefinitionNode[];
  served: LeanField<unknown>;
  field: GraphQLField<unknown, unknown>;
  fieldNode: FieldNode;
  staleTolerant: boolean;
  write(value: unknown): string;
}

/** The plan of a document, or null when Apollo must answer it. */
function compilePlan(
  schema: GraphQLSchema,
  document: DocumentNode,
  rules: readonly ValidationRule[],
  served: Record<string, LeanField<unknown>>,
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

  const compiler: LeanCompiler = { schema, fragments };
  const root = collectFields('Query', [operation.selectionSet], fragments);
  if (!root) return null;
  const asked = [...root.entries()].filter(([, nodes]) => nodes[0]!.name.value !== '__typename');
  if (asked.length !== 1) return null;
  const [fieldKey, fieldNodes] = asked[0]!;
  const name = fieldNodes[0]!.name.value;
  const lean = Object.hasOwn(served, name) ? served[name] : undefined;
  const field = schema.getQueryType()?.getFields()[name];
  // Merged root nodes with different arguments are refused by validation; one is enough.
  const writeField = lean?.compile(compiler, fieldNodes);
  if (!lean || !field || !writeField) return null;
  const parts = [...root.keys()].map((key, i) => ({
    prefix: `${i === 0 ? '' : ','}${JSON.stringify(key)}:`,
    write: key === fieldKey ? writeField : () => '"Query"',
  }));
  return {
    operationName: operation.name?.value ?? null,
    variableDefinitions: operation.variableDefinitions ?? [],
    served: lean,
    field,
    fieldNode: fieldNodes[0]!,
    staleTolerant: isStaleTolerant(schema, operation),
    write(value) {
      let out = '{"data":{';
      for (const part of parts) out += part.prefix + part.write(value);
      // Apollo's own serialisation ends with a line break.
      return `${out}}}\n`;
    },
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The lean paths of an api: `T` maps each root query field served to its value's type. */
export class LeanPath<T extends Record<string, unknown>> {
  private readonly plans = new Map<string, Plan | null>();
  private readonly rules: readonly ValidationRule[];
  private readonly parseOptions: ParseOptions;

  constructor(
    private readonly schema: GraphQLSchema,
    limits: { validationRules: readonly ValidationRule[]; parseOptions: ParseOptions },
    /** The root query fields served, by name. */
    private readonly served: { [K in keyof T]: LeanField<T[K]> },
  ) {
    this.rules = [...specifiedRules, ...limits.validationRules];
    this.parseOptions = limits.parseOptions;
  }

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
      plan = compilePlan(
        this.schema,
        parse(query, this.parseOptions),
        this.rules,
        this.served as unknown as Record<string, LeanField<unknown>>,
      );
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
   * The answer to a POSTed GraphQL body, or null when Apollo must answer it. `context`
   * gives the request's context, its reads routed as Apollo's read-routing plugin would.
   */
  async answer(
    body: unknown,
    context: (staleTolerant: boolean) => Context,
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
    let value: unknown;
    try {
      const args = getArgumentValues(plan.field, plan.fieldNode, coerced.coerced);
      value = await plan.served.resolve(args, context(plan.staleTolerant));
    } catch {
      // Bad input or a failed statement: Apollo answers, with its errors in the resolver's words.
      return null;
    }
    if (value === null) return null;
    try {
      return { json: plan.write(value), operationName: plan.operationName };
    } catch {
      // A value a writer cannot write (an unknown subcategory…): Apollo says so its way.
      return null;
    }
  }
}
