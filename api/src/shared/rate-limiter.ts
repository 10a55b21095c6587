import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';

/** Counts events per key over a sliding window; refuses once a key reached its limit. */
export interface RateLimiter {
  /** Whether the key has already used up its events in the window. */
  isLimited(key: string): Promise<boolean>;
  record(key: string): Promise<void>;
}

/** In this process's memory: right for one api instance (the embedded default). */
export class SlidingWindowLimiter implements RateLimiter {
  private readonly events = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  async isLimited(key: string): Promise<boolean> {
    return this.recent(key).length >= this.limit;
  }

  async record(key: string): Promise<void> {
    const recent = this.recent(key);
    recent.push(this.clock());
    this.events.set(key, recent);
    if (this.events.size > 100_000) this.prune();
  }

  private recent(key: string): number[] {
    const since = this.clock() - this.windowMs;
    return (this.events.get(key) ?? []).filter((t) => t > since);
  }

  private prune(): void {
    for (const key of this.events.keys()) {
      const recent = this.recent(key);
      if (recent.length === 0) this.events.delete(key);
      else this.events.set(key, recent);
    }
  }
}

/**
 * In Redis, shared by every api instance: one sorted set per key, scored by time,
 * trimmed to the window on each read and expiring with it. When Redis cannot answer,
 * the limiter lets the request through (and reports it): a throttle must not take
 * log-in down with it.
 */
export class RedisSlidingWindowLimiter implements RateLimiter {
  constructor(
    private readonly redis: Redis,
    /** Namespaces this limiter's keys, e.g. "login:account". */
    private readonly name: string,
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly onError: (error: unknown) => void,
    private readonly clock: () => number = Date.now,
  ) {}

  async isLimited(key: string): Promise<boolean> {
    const redisKey = this.keyOf(key);
    try {
      const results = await this.redis
        .multi()
        .zremrangebyscore(redisKey, 0, this.clock() - this.windowMs)
        .zcard(redisKey)
        .exec();
      return Number(results?.[1]?.[1] ?? 0) >= this.limit;
    } catch (error) {
      this.onError(error);
      return false;
    }
  }

  async record(key: string): Promise<void> {
    const redisKey = this.keyOf(key);
    const now = this.clock();
    // The member must be unique: two events in the same millisecond both count.
    const member = `${now}:${randomUUID()}`;
    try {
      await this.redis.multi().zadd(redisKey, now, member).pexpire(redisKey, this.windowMs).exec();
    } catch (error) {
      this.onError(error);
    }
  }

  private keyOf(key: string): string {
    return `rate:${this.name}:${key}`;
  }
}

/** Builds the limiters of one api process: in Redis when a client is given, else in memory. */
export function rateLimiterFactory(redis: Redis | null, onError: (error: unknown) => void) {
  return (name: string, limit: number, windowMs: number): RateLimiter =>
    redis
      ? new RedisSlidingWindowLimiter(redis, name, limit, windowMs, onError)
      : new SlidingWindowLimiter(limit, windowMs);
}
export type RateLimiterFactory = ReturnType<typeof rateLimiterFactory>;
