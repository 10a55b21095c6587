import { describe, expect, it } from 'vitest';
import { cropFor, sniffImageType } from '../../src/modules/media/image-processing.js';
import { BoundedWorkQueue } from '../../src/shared/work-queue.js';

const bytes = (...parts: (number[] | string)[]) =>
  Buffer.concat(
    parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))),
  );

describe('sniffImageType', () => {
  it('knows the four formats by their first bytes', () => {
    expect(sniffImageType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniffImageType(bytes([0x89], 'PNG\r\n\x1a\n'))).toBe('png');
    expect(sniffImageType(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))).toBe('webp');
    expect(sniffImageType(bytes([0, 0, 0, 28], 'ftypavif', [0, 0, 0, 0], 'avifmif1miaf'))).toBe(
      'avif',
    );
    // A HEIF whose compatible brands name AVIF is AVIF.
    expect(sniffImageType(bytes([0, 0, 0, 24], 'ftypmif1', [0, 0, 0, 0], 'mif1avif'))).toBe('avif');
  });

  it('refuses everything else, whatever its name', () => {
    for (const other of [
      bytes('GIF89a'),
      bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      bytes('%PDF-1.7'),
      bytes([0, 0, 0, 24], 'ftypheic', [0, 0, 0, 0], 'mif1heic'),
      bytes('RIFF', [0, 0, 0, 0], 'WAVEfmt '),
      bytes([0xff, 0xd8]),
      Buffer.alloc(0),
    ]) {
      expect(sniffImageType(other)).toBeNull();
    }
  });
});

describe('cropFor', () => {
  it('takes the largest centred crop at the ratio when none is asked', () => {
    expect(cropFor('offer', 2000, 1500, null)).toEqual({
      left: 437,
      top: 0,
      width: 1125,
      height: 1500,
    });
    expect(cropFor('venue', 1000, 1000, null)).toEqual({
      left: 0,
      top: 166,
      width: 1000,
      height: 667,
    });
  });

  it('accepts a crop inside the image at the ratio (2 % of slack), and nothing else', () => {
    expect(cropFor('offer', 2000, 1500, { left: 10, top: 20, width: 900, height: 1200 })).toEqual({
      left: 10,
      top: 20,
      width: 900,
      height: 1200,
    });
    expect(() =>
      cropFor('offer', 2000, 1500, { left: 10, top: 20, width: 900, height: 1210 }),
    ).not.toThrow();
    for (const bad of [
      { left: 1200, top: 0, width: 900, height: 1200 },
      { left: 0, top: 400, width: 900, height: 1200 },
      { left: 0, top: 0, width: 900, height: 900 },
      { left: -1, top: 0, width: 900, height: 1200 },
      { left: 0.5, top: 0, width: 900, height: 1200 },
    ]) {
      expect(() => cropFor('offer', 2000, 1500, bad)).toThrow(/recadrage/);
    }
  });
});

describe('BoundedWorkQueue', () => {
  it('runs at most its concurrency at once, queues a few, refuses the rest at once', async () => {
    const queue = new BoundedWorkQueue(1, 2, () => new Error('occupé'));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const order: number[] = [];
    const jobs = [1, 2, 3].map((n) =>
      queue.run(async () => {
        if (n === 1) await gate;
        order.push(n);
      }),
    );
    await expect(queue.run(async () => undefined)).rejects.toThrow('occupé');
    expect(queue.load()).toEqual({ running: 1, waiting: 2 });
    release();
    await Promise.all(jobs);
    expect(order).toEqual([1, 2, 3]);
    expect(queue.load()).toEqual({ running: 0, waiting: 0 });
  });
});
