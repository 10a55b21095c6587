import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The built api, as `npm start` runs it. */
export const API_MAIN = fileURLToPath(new URL('../../dist/src/main.js', import.meta.url));

/** Starts the built api as `npm start` does and waits for its ready banner. */
export async function startApi(env: Record<string, string>) {
  const merged: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'false',
    ...env,
  };
  if (!env.DATABASE_URL) delete merged.DATABASE_URL;
  const child = spawn(process.execPath, [API_MAIN], {
    env: merged,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready: ${output}`)), 200_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphQL\s+(http:\/\/127\.0\.0\.1:\d+)\/graphql/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return { child, url, exited, output: () => output };
}
