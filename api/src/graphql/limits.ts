import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { GraphQLError, visit, type DocumentNode } from 'graphql';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { AppError, ErrorCode } from './errors.js';

/**
 * Caps on what one GraphQL document may ask, so that no request costs the server more
 * than the largest one our own clients send (measured by test/unit/query-limits.test.ts,
 * which runs every client document through these rules). Lists are bounded separately:
 * every connection caps `first` at 50.
 */
export const QUERY_LIMITS = {
  /** Field nesting, fragments included: the deepest client query reaches 9 (a venue's offers). */
  depth: 12,
  /**
   * graphql-armor's static cost (objects 2, scalars 1, ×1.5 per level, so deep queries weigh
   * most): the costliest client query is about 8,500.
   */
  cost: 20_000,
  /** Aliases let one request repeat a field many times; clients use none. */
  aliases: 10,
  /** Directives (@include/@skip): clients use a few. */
  directives: 20,
  /** Lexical tokens of the document: the largest client document has about a hundred. */
  tokens: 1_000,
  /** Characters of the document: the longest client document has about 1,500. */
  length: 16_000,
} as const;

export type QueryLimit = keyof typeof QUERY_LIMITS;

const LIMIT_MESSAGES: Record<QueryLimit, string> = {
  depth: `Requête refusée : elle imbrique trop de niveaux (${QUERY_LIMITS.depth} au plus).`,
  cost: 'Requête refusée : elle demande trop de données à la fois.',
  aliases: `Requête refusée : elle utilise trop d'alias (${QUERY_LIMITS.aliases} au plus).`,
  directives: `Requête refusée : elle utilise trop de directives (${QUERY_LIMITS.directives} au plus).`,
  tokens: 'Requête refusée : elle est trop longue.',
  length: 'Requête refusée : elle est trop longue.',
};

/** A document over one of the limits: formatError gives it its code and French message. */
export class QueryLimitError extends GraphQLError {
  constructor(readonly limit: QueryLimit) {
    super(LIMIT_MESSAGES[limit], { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit } });
    this.name = 'QueryLimitError';
  }
}

/** Reports the refusal in our words to the validation context. */
function rejectWith(limit: QueryLimit): GraphQLArmorRejectCallback {
  return (context) => context?.reportError(new QueryLimitError(limit));
}

/**
 * The limit a failed request ran into, if any. Apollo wraps our refusals as validation
 * failures; the token and length caps are graphql-js's own parser options (graphql-armor's runs outside
 * Apollo's parse step, where a refusal becomes a 500), recognised by its message.
 */
export function queryLimitErrorOf(error: unknown): QueryLimitError | null {
  for (let cause = error; cause instanceof Error; cause = (cause as GraphQLError).originalError) {
    if (cause instanceof QueryLimitError) return cause;
    if (/more tha[nt] \d+ tokens\. Parsing aborted/.test(cause.message)) {
      return new QueryLimitError('tokens');
    }
    if (/more than \d+ UTF-16 code units\. Parsing aborted/.test(cause.message)) {
      return new QueryLimitError('length');
    }
  }
  return null;
}

/** Apollo options enforcing QUERY_LIMITS, field suggestions masked. */
export function queryLimits() {
  const callbacks = (limit: QueryLimit) => ({
    propagateOnRejection: false,
    onReject: [rejectWith(limit)],
  });
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.depth, ignoreIntrospection: true, ...callbacks('depth') },
    costLimit: { maxCost: QUERY_LIMITS.cost, ignoreIntrospection: true, ...callbacks('cost') },
    maxAliases: { n: QUERY_LIMITS.aliases, ...callbacks('aliases') },
    maxDirectives: { n: QUERY_LIMITS.directives, ...callbacks('directives') },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { mask: '' },
  }).protect();
  return {
    plugins: armor.plugins,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: QUERY_LIMITS.tokens, maxSourceLength: QUERY_LIMITS.length },
  };
}

/**
 * The NUL character cannot travel to PostgreSQL (its protocol ends strings with it): a
 * request carrying one in a variable or a literal is refused before any resolver runs.
 */
export function containsNulCharacter(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNulCharacter);
  if (value && typeof value === 'object') return Object.values(value).some(containsNulCharacter);
  return false;
}

export function literalsContainNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    StringValue(node) {
      if (node.value.includes('\u0000')) found = true;
    },
  });
  return found;
}

export const refuseNulCharacters: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        if (containsNulCharacter(request.variables) || literalsContainNul(document)) {
          throw new AppError(
            ErrorCode.BAD_USER_INPUT,
            'Un texte saisi contient un caractère invalide. Corrige-le puis réessaie.',
            { http: { status: 400 } },
          );
        }
      },
    };
  },
};
