import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { shareRoutes } from './modules/discovery/share.route.js';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { DatabaseBusyError, type Database } from './db/sql.js';
import type { Redis } from 'ioredis';
import { rateLimiterFactory } from './shared/rate-limiter.js';
import type { FacetIndex } from './modules/search/facet-index.js';
import { createApollo } from './graphql/apollo.js';
import { AppError, ErrorCode, INTERNAL_ERROR_MESSAGE } from './graphql/errors.js';
import {
  createContext,
  createSharedState,
  type Context,
  type SharedState,
} from './graphql/context.js';
import { buildApiSchema } from './graphql/schema.js';
import { SESSION_COOKIE } from './modules/identity/session-token.js';
import { sessionTokenOf } from './http/session-token-of.js';
import { compressJsonAnswers } from './http/compress-json.js';
import { addSecurityHeaders, PERMISSIONS_POLICY } from './http/security-headers.js';
import { proExportRoutes } from './modules/pro/pro-exports.route.js';
import { offerImportRoutes } from './modules/import/offer-import.route.js';
import type { ReadRouting } from './db/read-routing.js';
import { readRoutingPlugin } from './graphql/read-routing.js';
import { queryLimits } from './graphql/limits.js';
import { LeanPath } from './graphql/lean-path.js';
import { lingerBeforeClosing } from './http/linger.js';
import { leanHome } from './modules/discovery/home.lean-path.js';
import { leanSearchOffers } from './modules/search/search.lean-path.js';
import { leanSearchFacets } from './modules/search/facets.lean-path.js';
import type { Metrics } from './metrics.js';
import { imageRoutes } from './modules/media/image.route.js';
import { createImageService } from './modules/media/image-setup.js';

export interface AppDeps {
  config: Config;
  sql: Database;
  /** Shared by api instances for rate limits; null: limits kept in this process. */
  redis: Redis | null;
  logger: Logger;
  /** The replica for stale-tolerant reads; null or absent: every read on the primary. */
  routing?: ReadRouting | null;
  /** Served at /metrics when given and METRICS_ENABLED. */
  metrics?: Metrics;
  /** The GraphQL schema when already built (the server builds it while the database starts). */
  schema?: Promise<GraphQLSchema>;
  /** The facets' copy when the caller reads it ahead (the server, once listening). */
  facetIndex?: FacetIndex;
}

/** The built web apps and the paths they are served under. */
const WEB_APPS = [
  { prefix: '/pro/', dir: 'web-pro' },
  { prefix: '/admin/', dir: 'web-admin' },
  { prefix: '/', dir: 'web-youth' },
] as const;

const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

export async function buildApp({
  config,
  sql,
  redis,
  logger,
  routing = null,
  metrics,
  schema,
  facetIndex,
}: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: 1024 * 1024,
    // One line per request, written when it is answered (the onResponse hook), not two.
    logController: new LogController({ disableRequestLogging: true }),
    requestTimeout: config.REQUEST_TIMEOUT_MS,
    http: {
      // Node only applies the request timeout when the headers' one is not longer, and
      // checks both every 30 s by default: check often enough for them to hold.
      headersTimeout: Math.min(60_000, config.REQUEST_TIMEOUT_MS),
      connectionsCheckingInterval: Math.min(30_000, config.REQUEST_TIMEOUT_MS / 4),
    },
    trustProxy: false,
  });
  compressJsonAnswers(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('permissions-policy', PERMISSIONS_POLICY);
  });
  app.addHook('onResponse', async (request, reply) => {
    const status = reply.statusCode;
    const body = request.body as { operationName?: unknown } | undefined;
    const operation =
      typeof body?.operationName === 'string' ? body.operationName.slice(0, 64) : undefined;
    const line = {
      request: {
        method: request.method,
        url: request.url.length > 200 ? `${request.url.slice(0, 200)}…` : request.url,
        ...(operation ? { operation } : {}),
        status,
        ms: Math.round(reply.elapsedTime),
      },
    };
    if (status >= 500) request.log.error(line, 'request');
    else request.log.info(line, 'request');
  });
  await addSecurityHeaders(app, config);

  app.setErrorHandler(answerHttpError);
  await app.register(fastifyCookie);

  const limiter = rateLimiterFactory(redis, (error) =>
    logger.warn({ err: error }, 'rate limit store unreachable: request let through'),
  );
  const shared = createSharedState(
    sql,
    limiter,
    config.API_KEY_CALLS_PER_MINUTE,
    routing,
    facetIndex,
  );
  const apiSchema = await (schema ?? buildApiSchema());
  const apollo = createApollo(config, apiSchema, [
    fastifyApolloDrainPlugin(app),
    readRoutingPlugin,
    ...(metrics ? [metrics.graphqlPlugin] : []),
  ]);
  await apollo.start();

  const apolloHandler = fastifyApolloHandler(apollo, {
    context: async (request, reply) => buildContext(config, shared, request, reply),
  });
  const lean = config.LEAN_SEARCH_PATH
    ? new LeanPath(apiSchema, queryLimits(), {
        searchOffers: leanSearchOffers,
        searchFacets: leanSearchFacets,
        home: leanHome,
      })
    : null;
  app.route({
    url: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
    handler: async (request, reply) => {
      if (lean && leanPathMayAnswer(config, request)) {
        const started = process.hrtime.bigint();
        const answer = await lean.answer(request.body, (staleTolerant) => {
          const context = buildContext(config, shared, request, reply);
          context.dbRead.staleTolerant = staleTolerant;
          return context;
        });
        if (answer) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics?.operationAnswered(answer.operationName, 'query', false, seconds);
          if (config.NODE_ENV === 'test') reply.header('x-lean-path', 'used');
          return reply.code(200).type(LEAN_CONTENT_TYPE).send(answer.json);
        }
      }
      return apolloHandler.call(app, request as never, reply as never);
    },
  });

  await app.register(proExportRoutes, { sql });
  await app.register(offerImportRoutes, { db: sql, shared, maxBytes: config.IMPORT_MAX_BYTES });
  await app.register(imageRoutes, { shared, images: createImageService(config, sql, limiter) });

  app.get('/healthz', async (_request, reply) => {
    try {
      await sql.query('select 1');
      return { status: 'ok' };
    } catch (error) {
      logger.error({ err: error }, 'health check failed');
      return reply.code(503).send({ status: 'unavailable', database: 'unreachable' });
    }
  });

  if (metrics && config.METRICS_ENABLED) {
    app.addHook('onResponse', async (request, reply) => {
      metrics.httpAnswered(
        request.method,
        request.routeOptions.url ?? 'unmatched',
        reply.statusCode,
        reply.elapsedTime / 1000,
      );
    });
    // For Prometheus on each instance: the proxy in front keeps this path to itself.
    app.get('/metrics', async (_request, reply) =>
      reply.type(metrics.registry.contentType).send(await metrics.registry.metrics()),
    );
  }

  const webRoot = config.WEB_ROOT ? resolve(config.WEB_ROOT) : REPO_ROOT;
  await app.register(shareRoutes, {
    db: sql,
    appPagePath: join(webRoot, 'web-youth', 'dist', 'index.html'),
    publicUrl: config.PUBLIC_URL ?? null,
  });
  await serveWebApps(app, webRoot);
  return app;
}

const LEAN_CONTENT_TYPE = 'application/json; charset=utf-8';

/** Accept headers for which Apollo answers in LEAN_CONTENT_TYPE (others: Apollo negotiates). */
const JSON_ACCEPTS = new Set(['*/*', 'application/json', 'application/json,*/*']);

/**
 * Requests the lean paths (searchOffers, home) may answer: a JSON POST that takes JSON back. In tests,
 * `x-lean-path: off` sends it to Apollo, to compare both answers.
 */
function leanPathMayAnswer(config: Config, request: FastifyRequest): boolean {
  if (request.method !== 'POST') return false;
  if (!/^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? '')) return false;
  const accept = request.headers.accept;
  if (accept !== undefined && !JSON_ACCEPTS.has(accept.replace(/\s+/g, '').toLowerCase()))
    return false;
  return !(config.NODE_ENV === 'test' && request.headers['x-lean-path'] === 'off');
}

/** HTTP-level refusals (body too large, malformed JSON…) in French, with a code; 5xx masked. */
const HTTP_ERROR_MESSAGES: Record<number, string> = {
  400: 'Requête invalide.',
  404: 'Page introuvable.',
  413: 'Requête refusée : elle est trop volumineuse.',
  415: "Requête refusée : ce format n'est pas accepté.",
};

function answerHttpError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if ((error as Error) instanceof DatabaseBusyError) {
    request.log.warn('no database connection came free in time');
    const busy = new AppError(ErrorCode.SERVICE_BUSY);
    return reply
      .code(503)
      .header('retry-after', '5')
      .send({ code: busy.code, message: busy.message });
  }
  const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
  lingerBeforeClosing(request.raw);
  if (status >= 500) {
    request.log.error({ err: error }, 'unexpected HTTP error');
    return reply.code(500).send({ code: 'INTERNAL_SERVER_ERROR', message: INTERNAL_ERROR_MESSAGE });
  }
  return reply.code(status).send({
    code: error.code ?? 'BAD_REQUEST',
    message: HTTP_ERROR_MESSAGES[status] ?? HTTP_ERROR_MESSAGES[400],
  });
}

function buildContext(
  config: Config,
  shared: SharedState,
  request: FastifyRequest,
  reply: FastifyReply,
): Context {
  const secure = config.COOKIE_SECURE || request.protocol === 'https';
  return createContext({
    requestId: request.id,
    ip: request.ip,
    log: request.log,
    config,
    sessionToken: sessionTokenOf(request),
    shared,
    cookies: {
      setSession(token, expiresAt) {
        reply.setCookie(SESSION_COOKIE, token, {
          httpOnly: true,
          sameSite: 'lax',
          secure,
          path: '/',
          expires: expiresAt,
        });
      },
      clearSession() {
        reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
      },
    },
  });
}

/** Hashed build outputs (`assets/name-<hash>.js`): their content never changes under a name. */
const HASHED_ASSET = /[\\/]assets[\\/][^\\/]+$/;
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/** Files a browser must check on every use: the pages and the service worker's files. */
const REVALIDATED =
  /(?:\.html|\.webmanifest|[\\/]sw\.js|[\\/]registerSW\.js|[\\/]workbox-[^\\/]+\.js)$/;

/**
 * Headers of a static file: hashed assets are cached for a year and never revalidated; the
 * pages, the manifest and the service worker are revalidated on every use (`no-cache`,
 * answered 304 by ETag when unchanged); the remaining unhashed files (icons) are kept a day.
 * Every file may exist precompressed: caches must key on Accept-Encoding.
 */
function staticHeaders(res: { setHeader(name: string, value: string): unknown }, sent: string) {
  // The path of the file sent: a precompressed copy is named after its original.
  const path = sent.replace(/\.(?:br|gz)$/, '');
  const cacheControl = HASHED_ASSET.test(path)
    ? IMMUTABLE_CACHE
    : REVALIDATED.test(path)
      ? 'no-cache'
      : 'public, max-age=86400';
  res.setHeader('cache-control', cacheControl);
  res.setHeader('vary', 'accept-encoding');
}

/**
 * Serves each built client under its prefix, with index.html for its client-side routes.
 * The build writes a brotli and a gzip copy beside each file (scripts/precompress.mjs): the
 * one the browser accepts is sent as it is, never compressed per request.
 */
async function serveWebApps(app: FastifyInstance, root: string): Promise<void> {
  const built = WEB_APPS.map((web) => ({ ...web, dist: join(root, web.dir, 'dist') })).filter(
    (web) => existsSync(join(web.dist, 'index.html')),
  );
  for (const [index, web] of built.entries()) {
    await app.register(fastifyStatic, {
      root: web.dist,
      prefix: web.prefix,
      decorateReply: index === 0,
      wildcard: false,
      index: ['index.html'],
      preCompressed: true,
      etag: true,
      lastModified: false,
      cacheControl: false,
      setHeaders: staticHeaders,
      // The compressed copies are reached through content negotiation, not by their names.
      globIgnore: ['**/*.br', '**/*.gz', '**/.vite/**'],
    });
  }
  app.get('/pro', (_req, reply) => reply.redirect('/pro/'));
  app.get('/admin', (_req, reply) => reply.redirect('/admin/'));
  app.setNotFoundHandler((request, reply) => {
    const web = built.find((w) => request.url.startsWith(w.prefix));
    const wantsPage =
      request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
    if (web && wantsPage) return reply.type('text/html').sendFile('index.html', web.dist);
    return reply.code(404).send({ error: 'Not Found', message: 'Page introuvable.' });
  });
}
