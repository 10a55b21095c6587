import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.js';
import { IdentityService, type Viewer } from '../modules/identity/identity.service.js';
import { AppError, ErrorCode } from './errors.js';
import { createLoaders, type Loaders } from './loaders.js';
import { SlidingWindowLimiter } from '../shared/rate-limiter.js';
import { FAILED_LOOKUPS_PER_MINUTE } from '../modules/counter/counter.service.js';

/** State shared by every request of one api process. */
export interface SharedState {
  failedCounterLookups: SlidingWindowLimiter;
}

export function createSharedState(): SharedState {
  return { failedCounterLookups: new SlidingWindowLimiter(FAILED_LOOKUPS_PER_MINUTE, 60_000) };
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
  /** This request's own entity manager (identity map per request). */
  em: EntityManager;
  /** The session token from the Bearer header or the cookie, if any. */
  sessionToken: string | null;
  cookies: SessionCookieWriter;
  shared: SharedState;
  /** The caller, resolved once on first use; null when anonymous. */
  viewer(): Promise<Viewer | null>;
  /** This request's DataLoaders, made on first use. */
  readonly loaders: Loaders;
}

export function createContext(base: Omit<Context, 'viewer' | 'loaders'>): Context {
  let viewer: Promise<Viewer | null> | undefined;
  let loaders: Loaders | undefined;
  const context: Context = {
    ...base,
    viewer() {
      viewer ??= base.sessionToken
        ? new IdentityService(base.em, identitySettings(base.config)).viewerForToken(
            base.sessionToken,
          )
        : Promise.resolve(null);
      return viewer;
    },
    get loaders() {
      loaders ??= createLoaders(base.em, async () => (await context.viewer())?.userId ?? null);
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
