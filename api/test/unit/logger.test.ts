import { pino } from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { createLogger, readableLines } from '../../src/logger.js';

function capture() {
  const lines: string[] = [];
  const logger = pino(
    { level: 'info', base: { service: 'api' } },
    readableLines((text) => lines.push(text)),
  );
  return { logger, lines };
}

describe('development logs', () => {
  it('writes a request as one readable line: method, url, operation, status, duration', () => {
    const { logger, lines } = capture();
    logger
      .child({ reqId: 'abc' })
      .info(
        { request: { method: 'POST', url: '/graphql', operation: 'LogIn', status: 200, ms: 12 } },
        'request',
      );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d POST \/graphql LogIn 200 12 ms\n$/);
  });

  it('marks failed requests and other entries by level, with their fields and stack', () => {
    const { logger, lines } = capture();
    logger.error({ request: { method: 'GET', url: '/healthz', status: 503, ms: 3 } }, 'request');
    logger.warn({ port: 4000 }, 'slow start');
    logger.error({ err: new Error('boom') }, 'unexpected');
    expect(lines[0]).toMatch(/ GET \/healthz 503 3 ms ERROR\n$/);
    expect(lines[1]).toMatch(/^\d\d:\d\d:\d\d WARN slow start port=4000\n$/);
    expect(lines[2]).toMatch(/ERROR unexpected\nError: boom\n\s+at /);
    expect(lines.join('')).not.toContain('{"level"');
  });

  it('is what createLogger writes to stdout in development', () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((text) => {
      written.push(String(text));
      return true;
    });
    try {
      createLogger({ LOG_LEVEL: 'info', NODE_ENV: 'development' }).info('hello');
    } finally {
      spy.mockRestore();
    }
    expect(written).toEqual([expect.stringMatching(/^\d\d:\d\d:\d\d hello\n$/)]);
  });
});
