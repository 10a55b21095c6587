import { fork, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const SERVER_SCRIPT = fileURLToPath(new URL('./embedded-server.js', import.meta.url));

/**
 * Starts PGlite + PostGIS in a child process listening on loopback and returns
 * a PostgreSQL URL for it. `dataDir` may be `memory://` for a throwaway database.
 */
export async function startEmbeddedDatabase(options: {
  dataDir: string;
  port?: number;
  maxConnections?: number;
  startTimeoutMs?: number;
}): Promise<EmbeddedDatabase> {
  const { dataDir, port = 0, maxConnections = 10, startTimeoutMs = 120_000 } = options;
  const child = fork(SERVER_SCRIPT, [dataDir, String(port), String(maxConnections)], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const actualPort = await waitForPort(child, startTimeoutMs);
  return {
    url: `postgresql://postgres@127.0.0.1:${actualPort}/postgres`,
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
      try {
        resolve((JSON.parse(line) as { port: number }).port);
      } catch {
        reject(new Error(`Embedded database said: ${line}`));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Embedded database exited with code ${code} before it was ready`));
    });
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
