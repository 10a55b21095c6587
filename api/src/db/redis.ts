import { Redis } from 'ioredis';

/**
 * Connects to the Redis that api instances share (rate limits). Fails the start when it
 * cannot be reached, so a wrong REDIS_URL shows at once; later outages are survived by
 * the limiters themselves.
 */
export async function openRedis(url: string, keyPrefix: string): Promise<Redis> {
  const redis = new Redis(url, {
    keyPrefix,
    lazyConnect: true,
    // A throttle check must answer fast or not at all: no queueing while disconnected.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 5_000,
  });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    throw new Error(`Redis at REDIS_URL cannot be reached: ${(error as Error).message}`);
  }
  return redis;
}
