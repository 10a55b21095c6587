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

/**
 * A request's context. A class, not an object literal: built as a literal (the base spread
 * in, a getter made anew each time), contexts kept their requests' young objects alive through
 * young collections until the next full one (about 1 MB promoted per young collection under
 * search load, 24 KB as a class: api/bench/README.md).
 */
class RequestContext implements Context {
  readonly requestId: string;
  readonly ip: string;
  readonly log: FastifyBaseLogger;
  readonly config: Config;
  readonly sessionToken: string | null;
  readonly cookies: SessionCookieWriter;
  readonly shared: SharedState;
  readonly db: Database;
  readonly dbRead: ReadRouter;
  private viewerPromise: Promise<Viewer | null> | undefined;
  private requestLoaders: Loaders | undefined;

  constructor(base: Omit<Context, 'viewer' | 'loaders' | 'db' | 'dbRead'>) {
    this.requestId = base.requestId;
    this.ip = base.ip;
    this.log = base.log;
    this.config = base.config;
    this.sessionToken = base.sessionToken;
    this.cookies = base.cookies;
    this.shared = base.shared;
    this.db = base.shared.db;
    this.dbRead = new ReadRouter(base.shared.routing, base.shared.db, () => this.viewerId());
  }

  viewer(): Promise<Viewer | null> {
    const token = this.sessionToken;
    const { db, apiKeyCalls } = this.shared;
    this.viewerPromise ??= !token
      ? Promise.resolve(null)
      : isApiKey(token)
        ? findKeyViewer(db, token, apiKeyCalls)
        : findViewer(db, token);
    return this.viewerPromise;
  }

  /** This request's DataLoaders, made on first use. */
  get loaders(): Loaders {
    // Through dbRead: the primary unless this request is stale-tolerant.
    this.requestLoaders ??= createLoaders(this.dbRead, () => this.viewerId());
    return this.requestLoaders;
  }

  private async viewerId(): Promise<number | null> {
    return (await this.viewer())?.userId ?? null;
  }
}

export function createContext(
  base: Omit<Context, 'viewer' | 'loaders' | 'db' | 'dbRead'>,
): Context {
  return new RequestContext(base);
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
