import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Config } from '../config.js';
import type { Context } from './context.js';
import { DatabaseBusyError } from '../db/sql.js';
import { AppError, ErrorCode, INTERNAL_ERROR_MESSAGE } from './errors.js';
import { queryLimitErrorOf, queryLimits, refuseNulCharacters } from './limits.js';

/** Codes Apollo itself produces for malformed requests: safe to show as they are. */
const APOLLO_CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

function isClientError(formatted: GraphQLFormattedError, error: unknown): boolean {
  if (unwrapResolverError(error) instanceof AppError) return true;
  const code = formatted.extensions?.code;
  // A resolver's own exception is never trusted, whatever code it carries.
  const fromResolver = Array.isArray(formatted.path) && formatted.path.length > 0;
  return typeof code === 'string' && APOLLO_CLIENT_ERROR_CODES.has(code) && !fromResolver;
}

/** Business errors go out as they are; anything else is logged and masked. */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const limit = queryLimitErrorOf(error);
  if (limit) return { message: limit.message, extensions: { ...limit.extensions } };
  if (unwrapResolverError(error) instanceof DatabaseBusyError) {
    const busy = new AppError(ErrorCode.SERVICE_BUSY);
    return {
      message: busy.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: busy.code, retryable: true },
    };
  }
  if (isDataException(error)) {
    return {
      message: INVALID_DATA_MESSAGE,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    };
  }
  if (isClientError(formatted, error)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: INTERNAL_ERROR_MESSAGE,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

const INVALID_DATA_MESSAGE =
  'Une valeur saisie ne peut pas être enregistrée (caractère ou nombre invalide). Corrige-la puis réessaie.';

/**
 * PostgreSQL's data exceptions (SQLSTATE class 22: a NUL character in a text, a number out
 * of range, a malformed date) are bad input that slipped past the services' checks: the
 * person gets BAD_USER_INPUT, not an internal error. Logged all the same, to be checked earlier.
 */
function isDataException(error: unknown): boolean {
  for (let cause: unknown = unwrapResolverError(error); cause instanceof Error;) {
    const { code, sqlState } = cause as Error & { code?: unknown; sqlState?: unknown };
    const state = typeof sqlState === 'string' ? sqlState : code;
    if (typeof state === 'string' && /^22[0-9A-Z]{3}$/.test(state)) return true;
    cause = (cause as Error & { cause?: unknown }).cause;
  }
  return false;
}

/** Logs unexpected errors with the request id, before formatError masks them. */
const logUnexpectedErrors: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors }) {
        for (const error of errors) {
          const original = unwrapResolverError(error);
          if (original instanceof AppError) continue;
          if (original instanceof DatabaseBusyError) {
            contextValue.log.warn({ path: error.path }, 'no database connection came free in time');
            continue;
          }
          if (!error.path && typeof error.extensions?.code === 'string') continue;
          contextValue.log.error({ err: original, path: error.path }, 'unexpected GraphQL error');
        }
      },
    };
  },
};

export function createApollo(
  config: Config,
  schema: import('graphql').GraphQLSchema,
  plugins: ApolloServerPlugin<Context>[],
): ApolloServer<Context> {
  const limits = queryLimits();
  return new ApolloServer<Context>({
    schema,
    formatError,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    // No HTTP caching hints nor federation traces: per-field work this api does not need.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      logUnexpectedErrors,
      ...(limits.plugins as ApolloServerPlugin<Context>[]),
      refuseNulCharacters as ApolloServerPlugin<Context>,
      ...plugins,
    ],
    // One operation per HTTP request: a batch would multiply every limit above.
    allowBatchedHttpRequests: false,
    introspection: config.NODE_ENV !== 'production',
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
  });
}
