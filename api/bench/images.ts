/**
 * npm run bench:images — what one upload costs the api, per megapixel: the whole pipeline
 * of modules/media (sniff, header checks, one decode cropped to the largest width, AVIF +
 * WebP + JPEG at every width, the stripped full-size master) on photographs of 1 to 40
 * megapixels (blurred noise as JPEG: fine grain everywhere, harder for every codec than a real photo), each in a fresh process so its
 * peak resident memory is its own. The floor, measured in the same processes: decoding the
 * same file once and resizing it to the largest width, with nothing encoded — no pipeline
 * can give its files for less.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const SIZES: [number, number][] = [
  [1000, 1000],
  [2000, 2000],
  [3000, 4000],
  [4000, 6000],
  [5000, 8000],
];
const RUNS = Number(process.env.BENCH_IMAGE_RUNS ?? 2);

interface Measure {
  megapixels: number;
  bytes: number;
  floorMs: number;
  pipelineMs: number;
  peakRssMb: number;
  baseRssMb: number;
}

async function photo(width: number, height: number): Promise<Buffer> {
  return (
    sharp({
      create: {
        width,
        height,
        channels: 3,
        background: '#808080',
        noise: { type: 'gaussian', mean: 128, sigma: 60 },
      },
    })
      // Grain at the scale of a few pixels, as a camera's: pure per-pixel noise is no photo.
      .blur(1.2)
      .jpeg({ quality: 82 })
      .toBuffer()
  );
}

/** In the child: builds the photo, measures the floor, then the pipeline, with peak RSS. */
async function one(width: number, height: number): Promise<Measure> {
  const { processImage } = await import('../src/modules/media/image-processing.js');
  const bytes = await photo(width, height);
  if (global.gc) global.gc();
  await new Promise((resolve) => setTimeout(resolve, 50));
  const baseRss = process.memoryUsage().rss;
  let peak = baseRss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  let floorMs = Infinity;
  let pipelineMs = Infinity;
  for (let run = 0; run < RUNS; run++) {
    let started = performance.now();
    await sharp(bytes, { sequentialRead: true, limitInputPixels: 40_000_000 })
      .resize(1200)
      .raw()
      .toBuffer();
    floorMs = Math.min(floorMs, performance.now() - started);
    started = performance.now();
    await processImage(bytes, 'offer', null);
    pipelineMs = Math.min(pipelineMs, performance.now() - started);
  }
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return {
    megapixels: (width * height) / 1e6,
    bytes: bytes.length,
    floorMs,
    pipelineMs,
    peakRssMb: (peak - baseRss) / 2 ** 20,
    baseRssMb: baseRss / 2 ** 20,
  };
}

function child(width: number, height: number): Promise<Measure> {
  return new Promise((resolve, reject) => {
    const process_ = spawn(
      process.execPath,
      ['--expose-gc', fileURLToPath(import.meta.url), '--one', String(width), String(height)],
      { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, MALLOC_ARENA_MAX: '2' } },
    );
    let output = '';
    process_.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    process_.once('exit', (code) =>
      code === 0 ? resolve(JSON.parse(output) as Measure) : reject(new Error(`exit ${code}`)),
    );
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--one') {
    process.stdout.write(JSON.stringify(await one(Number(args[1]), Number(args[2]))));
    return;
  }
  console.log(
    `Image pipeline, best of ${RUNS} runs per size, one fresh process per size (sharp ${sharp.versions.sharp}, libvips ${sharp.versions.vips})`,
  );
  console.log(
    'size (MP)  file (MB)  floor (ms)  pipeline (ms)  ×floor  ms/MP  peak RSS over base (MB)  MB/MP',
  );
  const measures: Measure[] = [];
  for (const [width, height] of SIZES) {
    const m = await child(width, height);
    measures.push(m);
    console.log(
      [
        m.megapixels.toFixed(0).padStart(9),
        (m.bytes / 2 ** 20).toFixed(1).padStart(9),
        m.floorMs.toFixed(0).padStart(10),
        m.pipelineMs.toFixed(0).padStart(13),
        (m.pipelineMs / m.floorMs).toFixed(1).padStart(7),
        (m.pipelineMs / m.megapixels).toFixed(0).padStart(6),
        m.peakRssMb.toFixed(0).padStart(24),
        (m.peakRssMb / m.megapixels).toFixed(1).padStart(6),
      ].join('  '),
    );
  }
  // Beyond the fixed cost of encoding the renditions, time and memory grow with the pixels.
  const [small, large] = [measures[0]!, measures[measures.length - 1]!];
  const span = large.megapixels - small.megapixels;
  console.log(
    `marginal cost per megapixel (from ${small.megapixels} to ${large.megapixels} MP): ` +
      `${((large.pipelineMs - small.pipelineMs) / span).toFixed(0)} ms, ` +
      `${((large.peakRssMb - small.peakRssMb) / span).toFixed(1)} MB of resident memory`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
