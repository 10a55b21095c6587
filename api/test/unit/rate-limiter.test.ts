import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  RedisSlidingWindowLimiter,
  SlidingWindowLimiter,
  type RateLimiter,
} from '../../src/shared/rate-limiter.js';

/** The behaviour both stores must have, on a clock the test moves. */
async function limitsThenForgets(make: (clock: () => number) => RateLimiter[]) {
  let now = 1_000_000;
  const [first, second = first] = make(() => now);
  for (let i = 0; i < 3; i++) {
    expect(await first!.isLimited('a')).toBe(false);
    await (i % 2 ? second! : first!).record('a');
    now += 1_000;
  }
  expect(await first!.isLimited('a')).toBe(true);
  expect(await second!.isLimited('a')).toBe(true);
  expect(await first!.isLimited('b')).toBe(false);
  now += 60_000;
  expect(await first!.isLimited('a')).toBe(false);
}

describe('SlidingWindowLimiter (memory)', () => {
  it('limits after N events in the window and forgets them after it', async () => {
    await limitsThenForgets((clock) => [new SlidingWindowLimiter(3, 60_000, clock)]);
  });
});

const redisUrl = process.env.TEST_REDIS_URL;

describe.skipIf(!redisUrl)('RedisSlidingWindowLimiter (TEST_REDIS_URL)', () => {
  it('counts the events of every instance together, and forgets them after the window', async () => {
    const redis = new Redis(redisUrl!, { keyPrefix: `test:${randomUUID()}:` });
    const fail = (error: unknown) => {
      throw error;
    };
    try {
      await limitsThenForgets((clock) => [
        new RedisSlidingWindowLimiter(redis, 'shared', 3, 60_000, fail, clock),
        new RedisSlidingWindowLimiter(redis, 'shared', 3, 60_000, fail, clock),
      ]);
    } finally {
      redis.disconnect();
    }
  });

  it('lets requests through, and reports it, when Redis does not answer', async () => {
    const redis = new Redis(redisUrl!, { lazyConnect: true, enableOfflineQueue: false });
    const errors: unknown[] = [];
    const limiter = new RedisSlidingWindowLimiter(redis, 'down', 1, 60_000, (e) => errors.push(e));
    await limiter.record('a');
    expect(await limiter.isLimited('a')).toBe(false);
    expect(errors).toHaveLength(2);
  });
});
