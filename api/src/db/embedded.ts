import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface EmbeddedDatabase {
  url: string;
  /** Writes a gzipped tarball of the data directory, to start other instances from. */
  dump(path: string): Promise<void>;
  stop(): Promise<void>;
}

// Next to this file once built; from the sources (tests), the built copy.
const SERVER_SCRIPT = [
  new URL('./embedded-server.js', import.meta.url),
  new URL('../../dist/src/db/embedded-server.js', import.meta.url),
]
  .map((url) => fileURLToPath(url))
  .find((path) => existsSync(path))!;

/**
 * The database process's V8 flags. PGlite is 27 MB of WebAssembly (PostgreSQL and PostGIS):
 * its baseline code (Liftoff, compiled function by function as they are first called) is
 * enough for demo-sized queries, and optimising the hot functions again with TurboFan cost
 * ≈ 100 MB of code and was slower over a short session (measured: 100 nearby-venue searches
 * 458 ms without the tier-up, 524 ms with it; 50 aggregates 127 ms vs 363 ms). A small young
 * generation and a capped heap keep the JavaScript side (the in-memory files) collected.
 */
const EMBEDDED_NODE_FLAGS = [
  '--no-wasm-tier-up',
  '--expose-gc',
  '--max-semi-space-size=1',
  '--max-old-space-size=128',
];

/**
 * glibc malloc for a database process that stays: loading PGlite decodes and copies tens of
 * MB in blocks that are freed once it runs, but freed blocks in the middle of the heap are
 * never given back. Blocks of 32 KiB and more are mapped on their own instead, and unmapped
 * when freed. Measured quiet, a start on the demo's data: 1.5 s and 208 MB resident with it,
 * 0.9 s and 244-285 MB without (16 KiB: 1.7 s, 209 MB; 128 KiB: 1.0 s, 241-256 MB). A process
 * that only creates the database and is then replaced (`keepsMemory: false`) keeps glibc's
 * default. Two arenas as for the api either way.
 */
const LEAN_MALLOC_ENV = { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '32768' };
const FAST_MALLOC_ENV = { MALLOC_ARENA_MAX: '2' };

/**
 * Starts PGlite + PostGIS in a child process listening on loopback and returns
 * a PostgreSQL URL for it. `dataDir` may be `memory://` for a throwaway database.
 */
export async function startEmbeddedDatabase(options: {
  dataDir: string;
  port?: number;
  maxConnections?: number;
  /** A tarball made by PGlite's dumpDataDir to start from. */
  dumpPath?: string;
  startTimeoutMs?: number;
  /** false: the process is replaced once it has created the database (see LEAN_MALLOC_ENV). */
  keepsMemory?: boolean;
}): Promise<EmbeddedDatabase> {
  const {
    dataDir,
    port = 0,
    maxConnections = 10,
    dumpPath,
    startTimeoutMs = 120_000,
    keepsMemory = true,
  } = options;
  const args = [dataDir, String(port), String(maxConnections), ...(dumpPath ? [dumpPath] : [])];
  const child = fork(SERVER_SCRIPT, args, {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    execArgv: EMBEDDED_NODE_FLAGS,
    env: { ...process.env, ...(keepsMemory ? LEAN_MALLOC_ENV : FAST_MALLOC_ENV) },
  });
  const actualPort = await waitForPort(child, startTimeoutMs);
  return {
    url: `postgresql://postgres@127.0.0.1:${actualPort}/postgres`,
    dump: (path) => dumpChild(child, path),
    stop: () => stopChild(child),
  };
}

function waitForPort(child: ChildProcess, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Embedded database did not start within ${timeoutMs} ms`));
    }, timeoutMs);
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      clearTimeout(timer);
      let said: { port?: number; error?: string };
      try {
        said = JSON.parse(line) as typeof said;
      } catch {
        reject(new Error(`Embedded database said: ${line}`));
        return;
      }
      if (said.error) reject(new Error(said.error));
      else resolve(said.port!);
    });
    // 'close', not 'exit': its stdout is read to the end first (a refusal is written there).
    child.once('close', (code) => {
      clearTimeout(timer);
      reject(new Error(`Embedded database exited with code ${code} before it was ready`));
    });
  });
}

function dumpChild(child: ChildProcess, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: { type?: string; error?: string }) => {
      if (message.type === 'dumped') resolve();
      else if (message.type === 'dump-failed') reject(new Error(message.error));
      else return;
      child.off('message', onMessage);
    };
    child.on('message', onMessage);
    child.send({ type: 'dump', path });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
