import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { buildApiSchema } from './graphql/schema.js';
import type { Config } from './config.js';
import { openDatabase, type DatabaseHandle } from './db/database.js';
import { migrationsUpToDate } from './db/migration-state.js';
import type { Logger } from './logger.js';
import { apiJobs, mailTransportFor, startScheduler } from './jobs/scheduler.js';
import { Database } from './db/sql.js';
import { openRedis } from './db/redis.js';
import {
  MemoryWriteMarks,
  ReplicaMonitor,
  RedisWriteMarks,
  type ReadRouting,
} from './db/read-routing.js';
import { createMetrics, type Metrics } from './metrics.js';
import { instanceId } from './logger.js';
import { FacetIndex } from './modules/search/facet-index.js';

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
  /** The database, already being opened (main.ts starts it before loading the api's modules). */
  opening?: Promise<DatabaseHandle>;
}

/** Opens the database, migrates it, runs the seeder if given, and listens. */
export async function startServer(
  config: Config,
  logger: Logger,
  { seed, onQuery, opening = openDatabase(config) }: ServerOptions = {},
): Promise<RunningServer> {
  const timings: Record<string, number> = {};
  let stepStartedAt = performance.now();
  const step = (name: string) => {
    const now = performance.now();
    timings[name] = Math.round(now - stepStartedAt);
    stepStartedAt = now;
  };
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
      const { migrate, openOrm } = await import('./db/orm.js');
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
    // The routing counts its decisions in the metrics, which read the routing's state.
    const counted: { metrics?: Metrics } = {};
    const routing = openReplica(config, sql, redis, logger, (target, reason) =>
      counted.metrics?.readRouted(target, reason),
    );
    const metrics = createMetrics({ db: sql, routing, instance: instanceId(config) });
    counted.metrics = metrics;
    const facetIndex = new FacetIndex(sql);
    const app = await buildApp({
      config,
      sql,
      redis,
      logger,
      routing,
      metrics,
      schema,
      facetIndex,
    });
    step('app');
    // While draining, answers close their connection, so keep-alive clients do not hold the shutdown.
    let draining = false;
    app.addHook('onSend', async (_request, reply) => {
      if (draining) reply.header('connection', 'close');
    });
    await app.listen({ host: config.HOST, port: config.PORT });
    step('listen');
    logger.info({ timings }, 'started');
    if (database.embedded) {
      // PGlite compiles PostGIS's library (17 MB of WebAssembly, ≈ 0.7 s) when a statement first
      // needs it: now, while the banner is read, rather than in the first search.
      void sql.query('select postgis_lib_version()').catch(() => undefined);
    }
    // The facets' copy (1 s at a million offers) read now rather than by the first search's
    // chips; tests read it when they ask.
    if (config.NODE_ENV !== 'test') void facetIndex.sync().catch(() => undefined);
    const transport = config.JOBS_INTERVAL_SECONDS > 0 ? mailTransportFor(config) : null;
    const scheduler = transport
      ? startScheduler(apiJobs(sql, config, transport), logger, metrics.jobRan)
      : null;
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
          await routing?.monitor.stop();
          await routing?.replica.end();
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

/**
 * The replica of DATABASE_REPLICA_URL, its lag monitor and the write marks (in Redis when
 * configured, so that a person's next request on another instance sees them); null without.
 */
function openReplica(
  config: Config,
  primary: Database,
  redis: import('ioredis').Redis | null,
  logger: Logger,
  observe: ReadRouting['observe'],
): ReadRouting | null {
  if (!config.DATABASE_REPLICA_URL) return null;
  const replica = new Database(config.DATABASE_REPLICA_URL, {
    max: config.DB_REPLICA_POOL_MAX ?? config.DB_POOL_MAX,
    acquireTimeoutMs: Math.min(config.DB_ACQUIRE_TIMEOUT_MS, 2_000),
  });
  let lastReport = 0;
  const monitor = new ReplicaMonitor(primary, replica, {
    intervalMs: config.REPLICA_PROBE_INTERVAL_MS,
    maxLagMs: config.REPLICA_MAX_LAG_MS,
    onProbeError: (target, error) => {
      // One line every 30 s at most while a server is away.
      if (Date.now() - lastReport < 30_000) return;
      lastReport = Date.now();
      logger.warn(
        { err: error, target },
        'replica probe failed: stale-tolerant reads use the primary',
      );
    },
  });
  monitor.start();
  // Marks live a little longer than any lag the replica may be read with.
  const ttlMs = Math.max(60_000, config.REPLICA_MAX_LAG_MS * 4);
  const marks = redis
    ? new RedisWriteMarks(redis, ttlMs, (error) =>
        logger.warn({ err: error }, 'write marks unreachable: signed-in reads use the primary'),
      )
    : new MemoryWriteMarks(ttlMs);
  logger.info(
    { maxLagMs: config.REPLICA_MAX_LAG_MS, sharedMarks: Boolean(redis) },
    'stale-tolerant reads may use the replica',
  );
  return { primary, replica, monitor, marks, observe };
}
