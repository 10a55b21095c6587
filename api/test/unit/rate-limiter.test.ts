import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import {
  countingFailures,
  RedisSlidingWindowLimiter,
  SlidingWindowLimiter,
  takeAll,
  type RateLimiter,
} from '../../src/shared/rate-limiter.js';

type Make = (limit: number, clock?: () => number) => RateLimiter[];

/** The behaviour every store must have, on a clock the test moves. */
function sharedBehaviour(make: Make) {
  it('limits after N events in the window and forgets them after it', async () => {
    let now = 1_000_000;
    const [first, second = first] = make(3, () => now);
    for (let i = 0; i < 3; i++) {
      expect(await (i % 2 ? second! : first!).take('a')).not.toBeNull();
      now += 1_000;
    }
    expect(await first!.take('a')).toBeNull();
    expect(await second!.take('a')).toBeNull();
    expect(await first!.take('b')).not.toBeNull();
    now += 60_000;
    expect(await first!.take('a')).not.toBeNull();
  });

  it('lets exactly the limit through when 50 attempts come at once', async () => {
    const [first, second = first] = make(10);
    const taken = await Promise.all(
      Array.from({ length: 50 }, (_, i) => (i % 2 ? second! : first!).take('parallel')),
    );
    expect(taken.filter((t) => t !== null)).toHaveLength(10);
  });

  it('gives an event back, and a refusal counts nowhere', async () => {
    const [limiter] = make(2);
    const one = await limiter!.take('k');
    await limiter!.take('k');
    expect(await limiter!.take('k')).toBeNull();
    await one!.giveBack();
    expect(await limiter!.take('k')).not.toBeNull();
    expect(await limiter!.take('k')).toBeNull();
  });

  it('takes from several limits or from none', async () => {
    const [narrow] = make(1);
    const [wide] = make(5);
    expect(
      await takeAll([
        [narrow!, 'x'],
        [wide!, 'y'],
      ]),
    ).not.toBeNull();
    // The narrow one refuses: the wide one's event is given back.
    for (let i = 0; i < 3; i++)
      expect(
        await takeAll([
          [narrow!, 'x'],
          [wide!, 'y'],
        ]),
      ).toBeNull();
    const left = await Promise.all(Array.from({ length: 10 }, () => wide!.take('y')));
    expect(left.filter((t) => t !== null)).toHaveLength(4);
  });

  it('counts failures only, even when 40 attempts run at once', async () => {
    const [limiter] = make(10);
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) =>
        countingFailures(
          [[limiter!, 'account']],
          () => new Error('limited'),
          (error) => (error as Error).message === 'wrong',
          async () => {
            await new Promise((resolve) => setTimeout(resolve, 5));
            if (i % 10 === 9) return 'ok';
            throw new Error('wrong');
          },
        ),
      ),
    );
    const reasons = results.map((r) => (r.status === 'fulfilled' ? r.value : r.reason.message));
    // Ten judged at once (the limit), of which one right; the other thirty refused unjudged.
    expect(reasons.filter((r) => r === 'limited')).toHaveLength(30);
    expect(reasons.filter((r) => r === 'wrong')).toHaveLength(9);
    expect(reasons.filter((r) => r === 'ok')).toHaveLength(1);
    // The success gave its event back: one more attempt may be judged.
    expect(await limiter!.take('account')).not.toBeNull();
    expect(await limiter!.take('account')).toBeNull();
  });
}

describe('SlidingWindowLimiter (memory)', () => {
  sharedBehaviour((limit, clock) => [new SlidingWindowLimiter(limit, 60_000, clock)]);
});

const redisUrl = process.env.TEST_REDIS_URL;

describe.skipIf(!redisUrl)('RedisSlidingWindowLimiter (TEST_REDIS_URL)', () => {
  const clients: Redis[] = [];
  const fail = (error: unknown) => {
    throw error;
  };
  afterAll(() => clients.forEach((c) => c.disconnect()));

  // Two clients (two api instances) on one prefix, sharing one limiter name per test.
  sharedBehaviour((limit, clock) => {
    const prefix = `test:${randomUUID()}:`;
    const pair = [
      new Redis(redisUrl!, { keyPrefix: prefix }),
      new Redis(redisUrl!, { keyPrefix: prefix }),
    ];
    clients.push(...pair);
    return pair.map(
      (redis) => new RedisSlidingWindowLimiter(redis, 'shared', limit, 60_000, fail, clock),
    );
  });

  it('lets requests through, and reports it, when Redis does not answer', async () => {
    const redis = new Redis(redisUrl!, { lazyConnect: true, enableOfflineQueue: false });
    const errors: unknown[] = [];
    const limiter = new RedisSlidingWindowLimiter(redis, 'down', 1, 60_000, (e) => errors.push(e));
    expect(await limiter.take('a')).not.toBeNull();
    expect(await limiter.take('a')).not.toBeNull();
    expect(errors).toHaveLength(2);
  });
});
