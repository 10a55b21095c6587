import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { buildApiSchema } from './graphql/schema.js';
import type { Config } from './config.js';
import { openDatabase, type DatabaseHandle } from './db/database.js';
import { migrate, migrationsUpToDate, openOrm } from './db/orm.js';
import type { Logger } from './logger.js';
import { apiJobs, mailTransportFor, startScheduler } from './jobs/scheduler.js';
import { Database } from './db/sql.js';
import { openRedis } from './db/redis.js';

export interface RunningServer {
  app: FastifyInstance;
  /** The one pool every module queries through. */
  db: Database;
  database: DatabaseHandle;
  url: string;
  /** How long each step of the start took, in ms (database, migrations, seed, app, listen). */
  timings: Record<string, number>;
  /** Stops accepting requests, lets in-flight ones finish, closes the pool and the embedded database. */
  close(): Promise<void>;
}

/** Fills an empty database (the demo data); says whether it wrote anything. */
export type Seeder = (db: Database) => Promise<{ seeded: boolean }>;

export interface ServerOptions {
  seed?: Seeder;
  /** Sees every SQL statement (tests count them). */
  onQuery?: (sql: string) => void;
}

/** Opens the database, migrates it, runs the seeder if given, and listens. */
export async function startServer(
  config: Config,
  logger: Logger,
  { seed, onQuery }: ServerOptions = {},
): Promise<RunningServer> {
  const timings: Record<string, number> = {};
  let stepStartedAt = performance.now();
  const step = (name: string) => {
    const now = performance.now();
    timings[name] = Math.round(now - stepStartedAt);
    stepStartedAt = now;
  };
  const opening = openDatabase(config);
  // Built while the database process starts (it runs on the other core): ≈ 0.5 s less.
  const schema = buildApiSchema();
  schema.catch(() => undefined); // awaited by buildApp; a failure surfaces there
  const database = await opening;
  step('database');
  logger.info({ embedded: database.embedded }, 'database ready');
  try {
    // MikroORM only migrates: one connection, closed before the api's pool opens.
    const migrating = !(await migrationsUpToDate(database.url));
    if (migrating) {
      const orm = await openOrm({
        url: database.url,
        poolMax: 1,
        log: (message) => logger.info(message),
      });
      try {
        await migrate(orm);
      } finally {
        await orm.close();
      }
    }
    await database.migrated();
    step('migrations');
    // The embedded database serves one session: one connection, every statement and
    // transaction queued behind it, or two requests' messages would interleave on it.
    const openPool = () =>
      new Database(database.url, {
        max: database.embedded ? 1 : config.DB_POOL_MAX,
        acquireTimeoutMs: config.DB_ACQUIRE_TIMEOUT_MS,
        onQuery,
      });
    let sql = openPool();
    let seeded = false;
    if (seed) {
      const summary = await seed(sql);
      seeded = summary.seeded;
      if (summary.seeded) logger.info(summary, 'demo data seeded');
      step('seed');
    }
    if (database.embedded && (migrating || seeded)) {
      // A new database process, without the memory creating everything took.
      await sql.end();
      await database.restart();
      sql = openPool();
      step('restart');
    }
    const redis = config.REDIS_URL
      ? await openRedis(config.REDIS_URL, config.REDIS_KEY_PREFIX)
      : null;
    if (redis) logger.info('rate limits shared through Redis');
    const app = await buildApp({ config, sql, redis, logger, schema });
    step('app');
    // While draining, answers close their connection, so keep-alive clients do not hold the shutdown.
    let draining = false;
    app.addHook('onSend', async (_request, reply) => {
      if (draining) reply.header('connection', 'close');
    });
    await app.listen({ host: config.HOST, port: config.PORT });
    step('listen');
    logger.info({ timings }, 'started');
    const transport = config.JOBS_INTERVAL_SECONDS > 0 ? mailTransportFor(config) : null;
    const scheduler = transport ? startScheduler(apiJobs(sql, config, transport), logger) : null;
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    let closing: Promise<void> | undefined;
    return {
      app,
      db: sql,
      database,
      url: `http://${config.HOST}:${port}`,
      timings,
      close: () =>
        (closing ??= (async () => {
          draining = true;
          await app.close();
          await scheduler?.stop();
          transport?.close();
          await sql.end();
          await redis?.quit();
          await database.stop();
        })()),
    };
  } catch (error) {
    await database.stop();
    throw error;
  }
}
