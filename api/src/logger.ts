import { pino, type Logger } from 'pino';
import { hostname } from 'node:os';
import type { Config } from './config.js';

/** The name of this api process in logs and metrics: INSTANCE_ID, or host:port. */
export function instanceId(config: Pick<Config, 'INSTANCE_ID' | 'PORT'>): string {
  return config.INSTANCE_ID ?? `${hostname()}:${config.PORT}`;
}

/**
 * JSON lines; each request's lines carry its `reqId` (the X-Request-Id the proxy sent, or a
 * new one, echoed in the answer) and every line the instance, so that lines of several
 * instances can be merged and followed.
 */
export function createLogger(
  config: Pick<Config, 'LOG_LEVEL'> & Partial<Pick<Config, 'INSTANCE_ID' | 'PORT'>>,
): Logger {
  const instance =
    config.INSTANCE_ID ?? (config.PORT === undefined ? undefined : instanceId(config as Config));
  return pino({ level: config.LOG_LEVEL, base: { service: 'api', instance } });
}
export type { Logger };
