import { z } from 'zod';

/** Every setting the api reads from the environment, validated once at start. */
const ConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** A PostgreSQL URL with PostGIS; unset: the embedded PGlite database under DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  /** Port of the embedded database (0: any free port). */
  EMBEDDED_DB_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /**
   * A streaming replica of DATABASE_URL for reads that may be a little stale (search, offer and
   * venue pages, the dashboard); unset: every read goes to the primary, as with one server.
   */
  DATABASE_REPLICA_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** Connections to the replica; defaults to DB_POOL_MAX. */
  DB_REPLICA_POOL_MAX: z.coerce.number().int().min(1).max(200).optional(),
  /** Beyond this replay lag the replica is skipped and reads go to the primary. */
  REPLICA_MAX_LAG_MS: z.coerce.number().int().min(0).default(5_000),
  /** How often each instance measures the replica's lag (and whether it answers). */
  REPLICA_PROBE_INTERVAL_MS: z.coerce.number().int().min(100).default(1_000),
  /** Names this api process in logs and metrics; default host:port. */
  INSTANCE_ID: z
    .string()
    .regex(/^[\w.:-]{1,64}$/)
    .optional(),
  /** Serve Prometheus metrics at /metrics (keep the path off the public proxy). */
  METRICS_ENABLED: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Answer plain searchOffers, searchFacets and home documents by the lean paths (graphql/lean-path.ts); false: Apollo answers all. */
  LEAN_SEARCH_PATH: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** How long a request may wait for a database connection before SERVICE_BUSY (retryable). */
  DB_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** log2 of scrypt's N; 15 = 32 MiB of memory per hash. Lower only in tests. */
  PASSWORD_HASH_COST: z.coerce.number().int().min(10).max(20).default(15),
  /** Serve cookies with the Secure flag (behind HTTPS). */
  COOKIE_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** Seed the demo data when the database has no user yet. */
  SEED_DEMO: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Folder holding the built web apps (web-youth/dist, web-pro/dist, web-admin/dist). */
  WEB_ROOT: z.string().optional(),
  /** The grant policy in force: new credits follow it (DOMAIN.md, Grant policies). */
  GRANT_POLICY: z.enum(['GRANT_2019', 'GRANT_2021', 'GRANT_2025']).default('GRANT_2019'),
  /** How often the api runs the booking and notification jobs; 0 turns every job off, mail sending included. */
  JOBS_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(300),
  /** Extra image hosts the web apps may load (map tiles), comma-separated origins. */
  CSP_IMG_SOURCES: z
    .string()
    .default('https://tile.openstreetmap.org')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(z.string().regex(/^https?:\/\/[\w.-]+(:\d+)?$/, 'must be origins like https://host')),
    ),
  /** Redis shared by api instances for rate limits (log-in throttle); unset: in memory. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
    .optional(),
  /** Prefix of every Redis key, so that environments may share one Redis. */
  REDIS_KEY_PREFIX: z.string().min(1).max(64).default('passculture:'),
  /** SMTP server for the emails (nodemailer URL, e.g. smtps://user:pass@host:465); unset: .eml files under DATA_DIR/mail. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('pass Culture <ne-pas-repondre@passculture.local>'),
  /** The apps' public origin (e.g. https://pass.example.org), for links in emails; none when unset. */
  PUBLIC_URL: z.url().optional(),
  /** How often the api sends the outbox's emails (when jobs run at all: JOBS_INTERVAL_SECONDS > 0). */
  OUTBOX_INTERVAL_SECONDS: z.coerce.number().int().min(1).default(15),
  /** Calls an API key may make per minute (modules/apikey). */
  API_KEY_CALLS_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  /**
   * How long a client may take to send a whole request, body included (408 after it):
   * a slow or stalled upload does not hold a connection and its buffers for ever.
   */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1_000).default(120_000),
  /** Largest offer import file (bytes): far above 100,000 lines of catalogue. It streams, so this bounds time, not memory. */
  IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(100 * 1024 * 1024),
  /** Where uploaded images are kept (the folder store); unset: DATA_DIR/images. */
  IMAGE_DIR: z.string().min(1).optional(),
  /** Image uploads a pro (or an API key) may make per hour. */
  IMAGE_UPLOADS_PER_HOUR: z.coerce.number().int().min(1).default(60),
  /** Bytes of images (original and every derived size) an offerer may keep. */
  IMAGE_QUOTA_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(2 * 1024 * 1024 * 1024),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

export function parseConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = ConfigSchema.refine((c) => !c.DATABASE_REPLICA_URL || c.DATABASE_URL, {
    message: 'needs DATABASE_URL: the embedded database has no replica',
    path: ['DATABASE_REPLICA_URL'],
  }).safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}
