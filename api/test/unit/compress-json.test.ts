import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { brotliWindowBits, chosenEncoding } from '../../src/http/compress-json.js';

describe('compressing JSON answers', () => {
  it('picks brotli, else gzip, and honours q=0', () => {
    expect(chosenEncoding('gzip, deflate, br')).toBe('br');
    expect(chosenEncoding('gzip')).toBe('gzip');
    expect(chosenEncoding('br;q=0, gzip')).toBe('gzip');
    expect(chosenEncoding('br;q=0.0, gzip;q=0')).toBeNull();
    expect(chosenEncoding(undefined)).toBeNull();
  });

  it('sizes the brotli window to hold the answer, within brotli’s 10 to 24 bits', () => {
    expect(brotliWindowBits(1024)).toBe(11);
    expect(brotliWindowBits(60_000)).toBe(16);
    expect(brotliWindowBits(65_520)).toBe(16);
    expect(brotliWindowBits(65_521)).toBe(17);
    expect(brotliWindowBits(0)).toBe(10);
    expect(brotliWindowBits(100_000_000)).toBe(24);
    // A window that holds the whole answer loses nothing: the same body back, a byte or so apart
    // (a window too small, 10 bits here, is 26 % bigger).
    const body = Buffer.from(
      JSON.stringify({
        data: Array.from({ length: 900 }, (_, i) => ({ id: i, name: `Offre ${i}` })),
      }),
    );
    const quality = { [constants.BROTLI_PARAM_QUALITY]: 4 };
    const fitted = brotliCompressSync(body, {
      params: { ...quality, [constants.BROTLI_PARAM_LGWIN]: brotliWindowBits(body.length) },
    });
    expect(fitted.length).toBeLessThanOrEqual(
      brotliCompressSync(body, { params: quality }).length + 2,
    );
    expect(brotliDecompressSync(fitted).equals(body)).toBe(true);
  });
});
