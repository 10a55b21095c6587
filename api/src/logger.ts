import { pino, type Logger } from 'pino';
import { hostname } from 'node:os';
import type { Config } from './config.js';

/** The name of this api process in logs and metrics: INSTANCE_ID, or host:port. */
export function instanceId(config: Pick<Config, 'INSTANCE_ID' | 'PORT'>): string {
  return config.INSTANCE_ID ?? `${hostname()}:${config.PORT}`;
}

/**
 * JSON lines (pino) in production and tests; in development, one readable line per entry
 * and per request: `09:41:02 POST /graphql LogIn 200 12 ms`. Each request's lines carry its
 * `reqId` (the X-Request-Id the proxy sent, or a new one, echoed in the answer) and every
 * line the instance, so that lines of several instances can be merged and followed.
 */
export function createLogger(
  config: Pick<Config, 'LOG_LEVEL'> & Partial<Pick<Config, 'NODE_ENV' | 'INSTANCE_ID' | 'PORT'>>,
): Logger {
  const instance =
    config.INSTANCE_ID ?? (config.PORT === undefined ? undefined : instanceId(config as Config));
  const options = { level: config.LOG_LEVEL, base: { service: 'api', instance } };
  return config.NODE_ENV === 'development'
    ? pino(
        options,
        readableLines((text) => process.stdout.write(text)),
      )
    : pino(options);
}

const LEVELS: Record<number, string> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warn',
  50: 'error',
  60: 'fatal',
};
/** Fields every entry has, or that the line already shows. */
const SHOWN = new Set([
  'level',
  'time',
  'pid',
  'hostname',
  'service',
  'instance',
  'msg',
  'reqId',
  'request',
]);

/** A pino destination that writes each JSON entry as one readable line (an error's stack after). */
export function readableLines(write: (text: string) => void): { write(line: string): void } {
  return {
    write(line: string) {
      let entry: Record<string, unknown>;
      try {
        entry = JSON.parse(line) as Record<string, unknown>;
      } catch {
        write(line);
        return;
      }
      write(`${formatEntry(entry)}\n`);
    },
  };
}

export function formatEntry(entry: Record<string, unknown>): string {
  const time = new Date(Number(entry.time)).toTimeString().slice(0, 8);
  const level = LEVELS[Number(entry.level)] ?? String(entry.level);
  const request = entry.request as
    { method: string; url: string; operation?: string; status: number; ms: number } | undefined;
  if (request) {
    const operation = request.operation ? ` ${request.operation}` : '';
    const flag = level === 'info' ? '' : ` ${level.toUpperCase()}`;
    return `${time} ${request.method} ${request.url}${operation} ${request.status} ${request.ms} ms${flag}`;
  }
  const err = entry.err as { stack?: string; message?: string } | undefined;
  const extra = Object.entries(entry)
    .filter(([key]) => !SHOWN.has(key) && key !== 'err')
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  const head = [
    time,
    level === 'info' ? '' : level.toUpperCase(),
    String(entry.msg ?? ''),
    ...extra,
  ]
    .filter(Boolean)
    .join(' ');
  return err ? `${head}\n${err.stack ?? err.message ?? ''}` : head;
}
export type { Logger };
