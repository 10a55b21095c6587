import { ConfigError, parseConfig } from './config.js';
import { openDatabase } from './db/database.js';
import type { Logger } from './logger.js';

/**
 * Last line of defence: an error of a stream (a client's socket, a request body) that
 * escaped its request is logged and the process goes on serving the others. Any other
 * uncaught error means the process's state is unknown: it exits for its supervisor to
 * restart it. Tests look for the log line: a request must never need this guard.
 */
function guardAgainstEscapedStreamErrors(logger: Logger): void {
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
  // The embedded database process starts first: it loads while this one loads the api's
  // modules (≈ 1.5 s each, on two cores).
  const opening = openDatabase(config);
  opening.catch(() => undefined); // awaited by startServer; a failure surfaces there
  await import('reflect-metadata');
  const [
    { createLogger },
    { startServer },
    { DEMO_ACCOUNTS, seedDemo },
    { DEMO_EMAILS },
    { seedDemoImagesIfMissing },
    { createImageStore },
    { readyBanner },
  ] = await Promise.all([
    import('./logger.js'),
    import('./server.js'),
    import('../seeds/demo.js'),
    import('../seeds/demo-accounts.js'),
    import('../seeds/images.js'),
    import('./modules/media/image-setup.js'),
    import('./ready-banner.js'),
  ]);
  const logger = createLogger(config);
  guardAgainstEscapedStreamErrors(logger);
  const server = await startServer(config, logger, {
    seed: config.SEED_DEMO ? seedDemo : undefined,
    opening,
  });

  console.log(
    readyBanner({
      seconds: (Date.now() - startedAt) / 1000,
      url: server.url,
      database: server.database.embedded
        ? `embedded database at ${server.database.url} (data in ${config.DATA_DIR}/pglite)`
        : 'database of DATABASE_URL',
      accounts: config.SEED_DEMO ? DEMO_ACCOUNTS : [],
    }),
  );
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
