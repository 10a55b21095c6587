import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';

/**
 * One event taken from a key's allowance. Limits that count failures only (log-in,
 * counter look-ups) take the attempt before judging it and give it back when it
 * succeeded: N parallel attempts are then treated exactly like N sequential ones.
 */
export interface Taken {
  giveBack(): Promise<void>;
}

/**
 * Counts events per key over a sliding window. `take` counts and judges in one atomic
 * step (the in-process store synchronously, Redis in one Lua script): of N attempts sent
 * at once, exactly as many pass as the limit leaves, whatever their interleaving.
 */
export interface RateLimiter {
  /** Counts one event for the key and returns it; null (nothing counted) when the key is at its limit. */
  take(key: string): Promise<Taken | null>;
}

const NOTHING_TO_GIVE_BACK: Taken = { giveBack: async () => undefined };

/** In this process's memory: right for one api instance (the embedded default). */
export class SlidingWindowLimiter implements RateLimiter {
  private readonly events = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  // No await between the count and the judgement: nothing else runs in between.
  async take(key: string): Promise<Taken | null> {
    const recent = this.recent(key);
    if (recent.length >= this.limit) return null;
    const at = this.clock();
    recent.push(at);
    this.events.set(key, recent);
    if (this.events.size > 100_000) this.prune();
    return {
      giveBack: async () => {
        const events = this.events.get(key);
        const index = events?.indexOf(at) ?? -1;
        if (index >= 0) events!.splice(index, 1);
      },
    };
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
 * Trims the window, judges and counts in one step on the Redis server, so two api
 * instances (or two requests of one) cannot both read "9" and both pass a limit of 10.
 * KEYS[1] the sorted set; ARGV now, window, limit, unique member. Returns 1 when taken.
 */
const TAKE_SCRIPT = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], 0, tonumber(ARGV[1]) - tonumber(ARGV[2]))
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1`;

/**
 * In Redis, shared by every api instance: one sorted set per key, scored by time,
 * trimmed to the window on each take and expiring with it. When Redis cannot answer,
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

  async take(key: string): Promise<Taken | null> {
    const redisKey = `rate:${this.name}:${key}`;
    const now = this.clock();
    // The member must be unique: two events in the same millisecond both count.
    const member = `${now}:${randomUUID()}`;
    try {
      const taken = await this.redis.eval(
        TAKE_SCRIPT,
        1,
        redisKey,
        now,
        this.windowMs,
        this.limit,
        member,
      );
      if (Number(taken) !== 1) return null;
    } catch (error) {
      this.onError(error);
      return NOTHING_TO_GIVE_BACK;
    }
    return {
      giveBack: async () => {
        try {
          await this.redis.zrem(redisKey, member);
        } catch (error) {
          this.onError(error);
        }
      },
    };
  }
}

/**
 * Takes one event from each (limiter, key) pair, or from none: when one refuses, those
 * already taken are given back, so a refused attempt counts nowhere.
 */
export async function takeAll(
  pairs: readonly (readonly [RateLimiter, string])[],
): Promise<Taken | null> {
  const taken = await Promise.all(pairs.map(([limiter, key]) => limiter.take(key)));
  const held = taken.filter((t): t is Taken => t !== null);
  const giveBack = async () => {
    await Promise.all(held.map((t) => t.giveBack()));
  };
  if (held.length < taken.length) {
    await giveBack();
    return null;
  }
  return { giveBack };
}

/**
 * Runs `work` with one attempt taken from each limit first, so that parallel attempts
 * are counted before any is judged; the attempt is given back unless `work` failed in
 * the way the limit counts (a wrong password), so only failures use the allowance.
 */
export async function countingFailures<T>(
  pairs: readonly (readonly [RateLimiter, string])[],
  refusal: () => Error,
  isFailure: (error: unknown) => boolean,
  work: () => Promise<T>,
): Promise<T> {
  const taken = await takeAll(pairs);
  if (!taken) throw refusal();
  try {
    const result = await work();
    await taken.giveBack();
    return result;
  } catch (error) {
    if (!isFailure(error)) await taken.giveBack();
    throw error;
  }
}

/** Counts every attempt: it is refused once the allowance of any limit is used. */
export async function countingAttempts(
  pairs: readonly (readonly [RateLimiter, string])[],
  refusal: () => Error,
): Promise<void> {
  if (!(await takeAll(pairs))) throw refusal();
}

/** Builds the limiters of one api process: in Redis when a client is given, else in memory. */
export function rateLimiterFactory(redis: Redis | null, onError: (error: unknown) => void) {
  return (name: string, limit: number, windowMs: number): RateLimiter =>
    redis
      ? new RedisSlidingWindowLimiter(redis, name, limit, windowMs, onError)
      : new SlidingWindowLimiter(limit, windowMs);
}
export type RateLimiterFactory = ReturnType<typeof rateLimiterFactory>;
