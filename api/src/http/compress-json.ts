import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { FastifyInstance } from 'fastify';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Below this, compressing costs more than the bytes it saves. */
const MIN_BYTES = 1024;

/** The encoding to answer in, from the client's Accept-Encoding: brotli, else gzip, else none. */
export function chosenEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  if (!acceptEncoding) return null;
  const accepted = (acceptEncoding ?? '')
    .toLowerCase()
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, ...params]) => !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p)))
    .map(([name]) => name!.trim());
  if (accepted.includes('br')) return 'br';
  if (accepted.includes('gzip')) return 'gzip';
  return null;
}

/** The smallest brotli window (10 to 24 bits) that holds the whole answer. */
export function brotliWindowBits(bytes: number): number {
  return Math.max(10, Math.min(24, Math.ceil(Math.log2(bytes + 16))));
}

/**
 * GraphQL answers are JSON made per request: compressed on the way out (brotli at a fast
 * level, or gzip), as the static files are compressed once at build. Streams (CSV exports,
 * import progress) and small answers go as they are.
 */
export function compressJsonAnswers(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const type = String(reply.getHeader('content-type') ?? '');
    if (!/json/i.test(type) || reply.getHeader('content-encoding')) return payload;
    reply.header('vary', 'accept-encoding');
    const encoding = chosenEncoding(request.headers['accept-encoding']);
    // Decided before the answer is made a Buffer: most answers go as they are.
    if (!encoding) return payload;
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    if (body.length < MIN_BYTES) return payload;
    const compressed =
      encoding === 'br'
        ? await brotli(body, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 4,
              // Node's brotli streams: told nothing, it sets up a 4 MB window for every answer,
              // which cost more than compressing a 60 kB home. Same bytes out, half the time.
              [constants.BROTLI_PARAM_LGWIN]: brotliWindowBits(body.length),
              [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
            },
          })
        : await gzipAsync(body, { level: 6 });
    reply.header('content-encoding', encoding);
    reply.removeHeader('content-length');
    return compressed;
  });
}
