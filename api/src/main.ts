import 'reflect-metadata';
import { ConfigError, parseConfig } from './config.js';
import { createLogger } from './logger.js';
import { startServer } from './server.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../seeds/demo.js';
import { DEMO_EMAILS } from '../seeds/demo-accounts.js';
import { seedDemoImagesIfMissing } from '../seeds/images.js';
import { createImageStore } from './modules/media/image-setup.js';

/**
 * Last line of defence: an error of a stream (a client's socket, a request body) that
 * escaped its request is logged and the process goes on serving the others. Any other
 * uncaught error means the process's state is unknown: it exits for its supervisor to
 * restart it. Tests look for the log line: a request must never need this guard.
 */
function guardAgainstEscapedStreamErrors(logger: ReturnType<typeof createLogger>): void {
  process.on('uncaughtException', (error: NodeJS.ErrnoException) => {
    const streamError =
      ['ECONNRESET', 'EPIPE', 'ERR_STREAM_PREMATURE_CLOSE', 'ERR_STREAM_DESTROYED'].includes(
        error.code ?? '',
      ) || error.message === 'aborted';
    if (streamError) {
      logger.error({ err: error }, 'stream error escaped its request (survived)');
      return;
    }
    logger.fatal({ err: error }, 'uncaught error: exiting');
    process.exit(1);
  });
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  let config;
  try {
    config = parseConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config);
  guardAgainstEscapedStreamErrors(logger);
  const server = await startServer(config, logger, {
    seed: config.SEED_DEMO ? seedDemo : undefined,
  });

  const readyMs = Date.now() - startedAt;
  const lines = [
    '',
    `pass Culture is ready in ${(readyMs / 1000).toFixed(1)} s`,
    server.database.embedded
      ? `  embedded database at ${server.database.url} (data in ${config.DATA_DIR}/pglite)`
      : '  database: DATABASE_URL',
    `  jeunes          ${server.url}/`,
    `  professionnels  ${server.url}/pro/`,
    `  administration  ${server.url}/admin/`,
    `  GraphQL         ${server.url}/graphql`,
  ];
  if (config.SEED_DEMO) {
    lines.push('', `Demo accounts (password: ${DEMO_PASSWORD}):`);
    for (const account of DEMO_ACCOUNTS)
      lines.push(`  ${account.email.padEnd(28)} ${account.description}`);
  }
  console.log(lines.join('\n') + '\n');
  if (config.SEED_DEMO) {
    // The demo's posters are drawn while the api already serves (illustrations meanwhile).
    seedDemoImagesIfMissing(server.db, createImageStore(config), DEMO_EMAILS.pro).then(
      (result) => result && logger.info(result, 'demo images drawn'),
      (error: unknown) => logger.warn({ err: error }, 'demo images not drawn (next start retries)'),
    );
  }

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => {
      logger.error('shutdown timed out, exiting');
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS);
    force.unref();
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
