import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.js';
import { findViewer, type Viewer } from '../modules/identity/identity.service.js';
import { AppError, ErrorCode } from './errors.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { RateLimiter, RateLimiterFactory } from '../shared/rate-limiter.js';
import type { Database } from '../db/sql.js';
import { ReadRouter, type ReadRouting } from '../db/read-routing.js';
import { IdentityLimits } from '../modules/identity/identity-limits.js';
import { FAILED_LOOKUPS_PER_MINUTE } from '../modules/counter/counter.service.js';
import { findKeyViewer, isApiKey } from '../modules/apikey/api-key.service.js';
import { FacetIndex } from '../modules/search/facet-index.js';

/** State shared by every request of one api process. */
export interface SharedState {
  failedCounterLookups: RateLimiter;
  identityLimits: IdentityLimits;
  /** Calls per API key per minute. */
  apiKeyCalls: RateLimiter;
  /** The one pool every module queries through (src/db/sql.ts). */
  db: Database;
  /** The replica and what decides when to read from it; null without DATABASE_REPLICA_URL. */
  routing: ReadRouting | null;
  /** This instance's copy of the facets' rollup, kept exact through the primary. */
  facetIndex: FacetIndex;
}

export function createSharedState(
  sql: Database,
  limiter: RateLimiterFactory,
  apiKeyCallsPerMinute: number,
  routing: ReadRouting | null = null,
  facetIndex = new FacetIndex(sql),
): SharedState {
  return {
    routing,
    failedCounterLookups: limiter('counter:failed-lookups', FAILED_LOOKUPS_PER_MINUTE, 60_000),
    identityLimits: new IdentityLimits(limiter),
    apiKeyCalls: limiter('api-key:calls', apiKeyCallsPerMinute, 60_000),
    db: sql,
    facetIndex,
  };
}

/** What the HTTP layer lets resolvers do to the response. */
export interface SessionCookieWriter {
  setSession(token: string, expiresAt: Date): void;
  clearSession(): void;
}

export interface Context {
  requestId: string;
  ip: string;
  log: FastifyBaseLogger;
  config: Config;
  /** The database (src/db/sql.ts): `$1` SQL, `db.transaction(...)`. */
  readonly db: Database;
  /**
   * Reads that may be a little stale (search, offer and venue pages, the dashboard): the
   * replica when the operation's every root field is `@StaleTolerant()`, the replica is
   * fresh enough and has the caller's own last write; the primary otherwise. Never for money.
   */
  readonly dbRead: ReadRouter;
  /** The session token from the Bearer header or the cookie, if any. */
  sessionToken: string | null;
  cookies: SessionCookieWriter;
  shared: SharedState;
  /** The caller, resolved once on first use; null when anonymous. */
  viewer(): Promise<Viewer | null>;
  /** This request's DataLoaders, made on first use. */
  readonly loaders: Loaders;
}

export function createContext(
  base: Omit<Context, 'viewer' | 'loaders' | 'db' | 'dbRead'>,
): Context {
  let viewer: Promise<Viewer | null> | undefined;
  let loaders: Loaders | undefined;
  const context: Context = {
    ...base,
    db: base.shared.db,
    dbRead: new ReadRouter(
      base.shared.routing,
      base.shared.db,
      async () => (await context.viewer())?.userId ?? null,
    ),
    viewer() {
      const token = base.sessionToken;
      viewer ??= !token
        ? Promise.resolve(null)
        : isApiKey(token)
          ? findKeyViewer(base.shared.db, token, base.shared.apiKeyCalls)
          : findViewer(base.shared.db, token);
      return viewer;
    },
    get loaders() {
      // Through dbRead: the primary unless this request is stale-tolerant.
      loaders ??= createLoaders(
        context.dbRead,
        async () => (await context.viewer())?.userId ?? null,
      );
      return loaders;
    },
  };
  return context;
}

export function identitySettings(config: Config) {
  return { passwordHashCost: config.PASSWORD_HASH_COST, sessionTtlDays: config.SESSION_TTL_DAYS };
}

/** The signed-in caller, or UNAUTHENTICATED. */
export async function requireViewer(ctx: Context): Promise<Viewer> {
  const viewer = await ctx.viewer();
  if (!viewer) throw new AppError(ErrorCode.UNAUTHENTICATED);
  return viewer;
}
