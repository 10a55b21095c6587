import { execFile, execFileSync, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
  appendFileSync,
} from 'node:fs';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A local cluster from Debian's own pieces, for drills and for trying the scale-out path:
 * a PostgreSQL 15 primary and a streaming replica made with pg_basebackup, Redis, N api
 * instances (the built server, jobs on) and HAProxy in front, health-checking /healthz.
 * Everything listens on loopback ports from one base; every process it starts has a PID file
 * under `<dir>/run` (PostgreSQL: its own postmaster.pid), and `stop` ends exactly those.
 */

export interface ClusterOptions {
  /** Where data, logs and PID files go (default api/.data/cluster). */
  dir: string;
  /** First of the ports (default 55400): +0 HAProxy, +1 its stats, +2 primary, +3 replica, +4 Redis, +10… api. */
  portBase: number;
  instances: number;
  /** Extra environment for the api instances (e.g. JOBS_INTERVAL_SECONDS, PASSWORD_HASH_COST). */
  apiEnv: Record<string, string>;
  log: (line: string) => void;
}

export interface ClusterState {
  dir: string;
  url: string;
  statsUrl: string;
  primary: { port: number; dataDir: string; url: string; adminUrl: string };
  replica: { port: number; dataDir: string; url: string };
  redis: { port: number; url: string };
  apis: { name: string; port: number; url: string }[];
  startedInMs: number;
}

const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
const HAPROXY = process.env.HAPROXY_BIN ?? '/usr/sbin/haproxy';
const REDIS = process.env.REDIS_SERVER_BIN ?? 'redis-server';
/** The api package's folder, from src/cluster (tests) or dist/src/cluster (the built CLI). */
const HERE = fileURLToPath(new URL('.', import.meta.url));
const API_ROOT = resolve(HERE, HERE.includes('/dist/src/') ? '../../..' : '../..');
const API_MAIN = join(API_ROOT, 'dist/src/main.js');

export function defaultOptions(env: NodeJS.ProcessEnv = process.env): ClusterOptions {
  const apiEnv: Record<string, string> = {};
  for (const key of ['JOBS_INTERVAL_SECONDS', 'PASSWORD_HASH_COST', 'LOG_LEVEL', 'SEED_DEMO']) {
    const value = env[key];
    if (value !== undefined) apiEnv[key] = value;
  }
  return {
    dir: resolve(env.CLUSTER_DIR ?? join(API_ROOT, '.data/cluster')),
    portBase: Number(env.CLUSTER_PORT_BASE ?? 55400),
    instances: Number(env.CLUSTER_INSTANCES ?? 2),
    apiEnv,
    log: (line) => console.log(line),
  };
}

/** PostgreSQL refuses to run as root: as root, its commands run as the `postgres` user. */
const AS_ROOT = process.getuid?.() === 0;

function pgCommand(binary: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  const command = join(PG_BIN, binary);
  const [file, fileArgs] = AS_ROOT
    ? ['runuser', ['-u', 'postgres', '--', command, ...args]]
    : [command, args];
  return execFileSync(file, fileArgs, {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The same, without blocking the event loop (drills keep their load running meanwhile). */
async function pgCommandAsync(binary: string, args: string[]): Promise<void> {
  const command = join(PG_BIN, binary);
  const [file, fileArgs] = AS_ROOT
    ? ['runuser', ['-u', 'postgres', '--', command, ...args]]
    : [command, args];
  await promisify(execFile)(file, fileArgs);
}

function ownForPostgres(path: string): void {
  if (!AS_ROOT) return;
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  chownSync(path, uid, gid);
}

/** As root, PostgreSQL runs as `postgres`, which must reach the data folder (not under /root). */
function assertPostgresCanWrite(dir: string): void {
  if (!AS_ROOT) return;
  try {
    execFileSync('runuser', ['-u', 'postgres', '--', 'test', '-w', dir]);
  } catch {
    throw new Error(
      `the postgres user cannot write ${dir} (a folder above it is closed to other users): ` +
        'set CLUSTER_DIR (DRILL_CLUSTER_DIR for the drills) to a folder it can reach, e.g. /var/tmp/passculture-cluster',
    );
  }
}

interface Secrets {
  superuser: string;
  app: string;
  replicator: string;
}

function layout(options: ClusterOptions) {
  const { dir, portBase } = options;
  return {
    pgDir: join(dir, 'pg'),
    primaryDir: join(dir, 'pg/primary'),
    replicaDir: join(dir, 'pg/replica'),
    runDir: join(dir, 'run'),
    logDir: join(dir, 'logs'),
    secretsFile: join(dir, 'secrets.json'),
    stateFile: join(dir, 'cluster.json'),
    haproxyPort: portBase,
    statsPort: portBase + 1,
    primaryPort: portBase + 2,
    replicaPort: portBase + 3,
    redisPort: portBase + 4,
    apiPort: (i: number) => portBase + 10 + i,
  };
}

function secretsOf(file: string): Secrets {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Secrets;
  const secret = () => randomBytes(18).toString('base64url');
  const secrets = { superuser: secret(), app: secret(), replicator: secret() };
  writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 });
  return secrets;
}

export function stateOf(options: Pick<ClusterOptions, 'dir'>): ClusterState | null {
  const file = join(options.dir, 'cluster.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ClusterState) : null;
}

export function portOpen(port: number): Promise<boolean> {
  return new Promise((resolvePort) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolvePort(true);
    });
    socket.once('error', () => resolvePort(false));
  });
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what}: not ready after ${timeoutMs / 1000} s`);
}

async function healthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

/** Starts `command` detached, output to `<logDir>/<name>.log`, its PID in `<runDir>/<name>.pid`. */
function startDetached(
  options: ClusterOptions,
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): number {
  const { runDir, logDir } = layout(options);
  const out = openSync(join(logDir, `${name}.log`), 'a');
  const child = spawn(command, args, { env, detached: true, stdio: ['ignore', out, out] });
  closeSync(out);
  child.unref();
  if (!child.pid) throw new Error(`${name} did not start`);
  writeFileSync(join(runDir, `${name}.pid`), `${child.pid}\n`);
  return child.pid;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function commandLineOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

/** The PID of a process this cluster started, if it still runs what it ran (not a reused PID). */
export function pidOf(options: ClusterOptions, name: string, mustContain: string): number | null {
  const file = join(layout(options).runDir, `${name}.pid`);
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').trim());
  return pid > 0 && alive(pid) && commandLineOf(pid).includes(mustContain) ? pid : null;
}

async function stopPid(pid: number, signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 15_000) {
  try {
    process.kill(pid, signal);
  } catch {
    return;
  }
  const until = Date.now() + timeoutMs;
  while (alive(pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  if (alive(pid)) process.kill(pid, 'SIGKILL');
}

function postmasterPid(dataDir: string): number | null {
  const file = join(dataDir, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  return pid > 0 && alive(pid) ? pid : null;
}

// ---------------------------------------------------------------- PostgreSQL

const POSTGRESQL_CONF = (port: number) => `
# Written by the cluster script (api/src/cluster/cluster.ts)
listen_addresses = '127.0.0.1'
port = ${port}
unix_socket_directories = ''
max_connections = 100
shared_buffers = 64MB
jit = off
wal_level = replica
max_wal_senders = 5
wal_keep_size = 256MB
hot_standby = on
hot_standby_feedback = on
max_standby_streaming_delay = 5s
# A standby whose primary restarted tries again after 1 s (default 5 s).
wal_retrieve_retry_interval = 1s
logging_collector = off
log_min_messages = warning
log_line_prefix = '%m [%p] '
`;

function initPrimary(options: ClusterOptions, secrets: Secrets): void {
  const l = layout(options);
  const pwfile = join(l.pgDir, 'superuser.pw');
  writeFileSync(pwfile, secrets.superuser, { mode: 0o600 });
  ownForPostgres(pwfile);
  pgCommand('initdb', [
    '-D',
    l.primaryDir,
    '-U',
    'postgres',
    '--pwfile',
    pwfile,
    '--auth-host=scram-sha-256',
    '--auth-local=peer',
    '--encoding=UTF8',
    '--locale=C.UTF-8',
  ]);
  rmSync(pwfile);
  appendFileSync(join(l.primaryDir, 'postgresql.conf'), POSTGRESQL_CONF(l.primaryPort));
}

function pgStart(options: ClusterOptions, dataDir: string, name: string): void {
  const l = layout(options);
  pgCommand('pg_ctl', [
    'start',
    '-D',
    dataDir,
    '-l',
    join(l.pgDir, `${name}.log`),
    '-w',
    '-t',
    '60',
  ]);
}

/** Fast shutdown: sessions are ended, in-flight transactions rolled back, then a checkpoint. */
export function pgStop(dataDir: string, mode: 'fast' | 'immediate' = 'fast'): void {
  if (!postmasterPid(dataDir)) return;
  pgCommand('pg_ctl', ['stop', '-D', dataDir, '-m', mode, '-w', '-t', '60']);
}

/** Stops the primary or the replica (fast shutdown), without blocking the event loop. */
export async function pgStopNamed(options: ClusterOptions, which: 'primary' | 'replica') {
  const l = layout(options);
  const dataDir = which === 'primary' ? l.primaryDir : l.replicaDir;
  if (!postmasterPid(dataDir)) return;
  await pgCommandAsync('pg_ctl', ['stop', '-D', dataDir, '-m', 'fast', '-w', '-t', '60']);
}

/** Starts the primary or the replica again and waits until it accepts connections. */
export async function pgStartNamed(options: ClusterOptions, which: 'primary' | 'replica') {
  const l = layout(options);
  const dataDir = which === 'primary' ? l.primaryDir : l.replicaDir;
  await pgCommandAsync('pg_ctl', [
    'start',
    '-D',
    dataDir,
    '-l',
    join(l.pgDir, `${which}.log`),
    '-w',
    '-t',
    '60',
  ]);
}

async function prepareDatabase(l: ReturnType<typeof layout>, secrets: Secrets): Promise<void> {
  const { default: pg } = await import('pg');
  const admin = (database: string) =>
    new pg.Client({
      host: '127.0.0.1',
      port: l.primaryPort,
      user: 'postgres',
      password: secrets.superuser,
      database,
    });
  const client = admin('postgres');
  await client.connect();
  try {
    const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;
    await client.query(`create role passculture login password ${quote(secrets.app)}`);
    await client.query(
      `create role replicator login replication password ${quote(secrets.replicator)}`,
    );
    await client.query('create database passculture owner passculture');
  } finally {
    await client.end();
  }
  // PostGIS is not a trusted extension: the superuser installs it for the api's role.
  const inDatabase = admin('passculture');
  await inDatabase.connect();
  try {
    await inDatabase.query('create extension if not exists postgis');
  } finally {
    await inDatabase.end();
  }
}

function makeReplica(options: ClusterOptions, secrets: Secrets): void {
  const l = layout(options);
  // -R writes standby.signal and primary_conninfo; -X stream copies the WAL made meanwhile.
  pgCommand(
    'pg_basebackup',
    [
      '-h',
      '127.0.0.1',
      '-p',
      String(l.primaryPort),
      '-U',
      'replicator',
      '-D',
      l.replicaDir,
      '-R',
      '-X',
      'stream',
      '-c',
      'fast',
    ],
    { PGPASSWORD: secrets.replicator },
  );
  appendFileSync(join(l.replicaDir, 'postgresql.auto.conf'), `port = ${l.replicaPort}\n`);
}

// ---------------------------------------------------------------- HAProxy

const RETRYABLE_BODY = JSON.stringify({
  errors: [
    {
      message: 'Le service est très sollicité en ce moment : réessaie dans quelques secondes.',
      extensions: { code: 'SERVICE_BUSY', retryable: true },
    },
  ],
});

function errorFile(status: number, reason: string): string {
  return [
    `HTTP/1.0 ${status} ${reason}`,
    'Cache-Control: no-cache',
    'Connection: close',
    'Content-Type: application/json; charset=utf-8',
    'Retry-After: 2',
    '',
    RETRYABLE_BODY,
    '',
  ].join('\r\n');
}

export function haproxyConfig(options: ClusterOptions): string {
  const l = layout(options);
  const servers = Array.from(
    { length: options.instances },
    (_, i) => `  server api-${i + 1} 127.0.0.1:${l.apiPort(i + 1)} check`,
  );
  const files = (status: number) => join(options.dir, `haproxy-${status}.http`);
  return `# Written by the cluster script (api/src/cluster/cluster.ts)
global
  log stdout format raw local0 info
  maxconn 4000

defaults
  mode http
  log global
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  timeout http-request 30s
  # A connection refused (an instance just died) is retried on another instance:
  # nothing was sent, so this is safe for every request, bookings included.
  retries 2
  option redispatch 1
  # Checked every 500 ms; two failures take an instance out, two successes put it back. A dead
  # instance refuses the check's connection at once (out within ~1 s); a busy one gets 2 s to
  # answer, so that a load peak does not take every instance out together.
  timeout check 2s
  default-server inter 500ms fastinter 250ms downinter 1s fall 2 rise 2

frontend web
  bind 127.0.0.1:${l.haproxyPort}
  # One request id from the edge through every instance's logs (kept when the client sent one).
  unique-id-format %{+X}o\\ %ci-%cp-%Ts-%rt-%pid
  http-request set-header X-Request-Id %[unique-id] unless { req.hdr(x-request-id) -m found }
  http-request capture req.hdr(x-request-id) len 64
  log-format "%ci:%cp [%tr] %ft %b/%s %TR/%Tw/%Tc/%Tr/%Ta %ST %B %tsc %{+Q}r id=%[capture.req.hdr(0)]"
  # Metrics are scraped on each instance directly, never through the public entry.
  http-request deny deny_status 404 if { path_beg /metrics }
  default_backend api

backend api
  balance roundrobin
  option httpchk
  http-check send meth GET uri /healthz
  http-check expect status 200
  http-response set-header X-Served-By %s
  errorfile 502 ${files(502)}
  errorfile 503 ${files(503)}
  errorfile 504 ${files(504)}
${servers.join('\n')}

listen stats
  bind 127.0.0.1:${l.statsPort}
  stats enable
  stats uri /stats
  stats refresh 5s
`;
}

// ---------------------------------------------------------------- api instances

function apiEnv(options: ClusterOptions, secrets: Secrets, index: number): NodeJS.ProcessEnv {
  const l = layout(options);
  const app = encodeURIComponent(secrets.app);
  return {
    ...process.env,
    DATABASE_URL: `postgresql://passculture:${app}@127.0.0.1:${l.primaryPort}/passculture`,
    DATABASE_REPLICA_URL: `postgresql://passculture:${app}@127.0.0.1:${l.replicaPort}/passculture`,
    REDIS_URL: `redis://127.0.0.1:${l.redisPort}`,
    HOST: '127.0.0.1',
    PORT: String(l.apiPort(index)),
    INSTANCE_ID: `api-${index}`,
    DATA_DIR: join(options.dir, 'data'),
    MALLOC_ARENA_MAX: '2',
    ...options.apiEnv,
  };
}

export async function startApi(options: ClusterOptions, index: number): Promise<void> {
  const l = layout(options);
  const secrets = secretsOf(l.secretsFile);
  const name = `api-${index}`;
  if (pidOf(options, name, API_MAIN)) return;
  startDetached(
    options,
    name,
    process.execPath,
    ['--max-old-space-size=256', '--enable-source-maps', API_MAIN],
    apiEnv(options, secrets, index),
  );
  await waitFor(name, () => healthy(`http://127.0.0.1:${l.apiPort(index)}`), 120_000);
}

export async function startRedis(options: ClusterOptions): Promise<void> {
  const l = layout(options);
  if (pidOf(options, 'redis', REDIS_MARK(l.redisPort))) return;
  startDetached(options, 'redis', REDIS, [
    '--bind',
    '127.0.0.1',
    '--port',
    String(l.redisPort),
    '--save',
    '',
    '--appendonly',
    'no',
    '--dir',
    options.dir,
  ]);
  await waitFor('redis', () => portOpen(l.redisPort));
}

const REDIS_MARK = (port: number) => `:${port}`;

export async function stopRedis(options: ClusterOptions): Promise<void> {
  const pid = pidOf(options, 'redis', REDIS_MARK(layout(options).redisPort));
  if (pid) await stopPid(pid);
}

// ---------------------------------------------------------------- whole cluster

export async function startCluster(options: ClusterOptions): Promise<ClusterState> {
  const started = Date.now();
  const l = layout(options);
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: build the api first`);
  for (const dir of [options.dir, l.runDir, l.logDir, l.pgDir, join(options.dir, 'data')])
    mkdirSync(dir, { recursive: true });
  chmodSync(l.pgDir, 0o700);
  ownForPostgres(l.pgDir);
  assertPostgresCanWrite(l.pgDir);
  const secrets = secretsOf(l.secretsFile);
  const step = (what: string) =>
    options.log(`  ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  const fresh = !existsSync(join(l.primaryDir, 'PG_VERSION'));
  if (fresh) {
    initPrimary(options, secrets);
    step('primary initialised (initdb)');
  }
  if (!postmasterPid(l.primaryDir)) pgStart(options, l.primaryDir, 'primary');
  if (fresh) await prepareDatabase(l, secrets);
  step(`primary up on 127.0.0.1:${l.primaryPort}`);
  if (!existsSync(join(l.replicaDir, 'PG_VERSION'))) {
    makeReplica(options, secrets);
    step('replica copied (pg_basebackup)');
  }
  if (!postmasterPid(l.replicaDir)) pgStart(options, l.replicaDir, 'replica');
  step(`replica streaming on 127.0.0.1:${l.replicaPort}`);

  await startRedis(options);
  step(`redis on 127.0.0.1:${l.redisPort}`);

  // The first instance migrates and seeds alone; the others then start side by side.
  await startApi(options, 1);
  await Promise.all(
    Array.from({ length: options.instances - 1 }, (_, i) => startApi(options, i + 2)),
  );
  step(`${options.instances} api instances healthy`);

  for (const [status, reason] of [
    [502, 'Bad Gateway'],
    [503, 'Service Unavailable'],
    [504, 'Gateway Timeout'],
  ] as const)
    writeFileSync(join(options.dir, `haproxy-${status}.http`), errorFile(status, reason));
  const config = join(options.dir, 'haproxy.cfg');
  writeFileSync(config, haproxyConfig(options));
  execFileSync(HAPROXY, ['-c', '-q', '-f', config]);
  if (!pidOf(options, 'haproxy', config))
    startDetached(options, 'haproxy', HAPROXY, ['-db', '-f', config]);
  await waitFor('haproxy', () => healthy(`http://127.0.0.1:${l.haproxyPort}`));
  step(`haproxy on http://127.0.0.1:${l.haproxyPort}`);

  const app = encodeURIComponent(secrets.app);
  const state: ClusterState = {
    dir: options.dir,
    url: `http://127.0.0.1:${l.haproxyPort}`,
    statsUrl: `http://127.0.0.1:${l.statsPort}/stats`,
    primary: {
      port: l.primaryPort,
      dataDir: l.primaryDir,
      url: `postgresql://passculture:${app}@127.0.0.1:${l.primaryPort}/passculture`,
      adminUrl: `postgresql://postgres:${encodeURIComponent(secrets.superuser)}@127.0.0.1:${l.primaryPort}/passculture`,
    },
    replica: {
      port: l.replicaPort,
      dataDir: l.replicaDir,
      url: `postgresql://passculture:${app}@127.0.0.1:${l.replicaPort}/passculture`,
    },
    redis: { port: l.redisPort, url: `redis://127.0.0.1:${l.redisPort}` },
    apis: Array.from({ length: options.instances }, (_, i) => ({
      name: `api-${i + 1}`,
      port: l.apiPort(i + 1),
      url: `http://127.0.0.1:${l.apiPort(i + 1)}`,
    })),
    startedInMs: Date.now() - started,
  };
  writeFileSync(l.stateFile, JSON.stringify(state, null, 2), { mode: 0o600 });
  return state;
}

export async function stopApi(
  options: ClusterOptions,
  index: number,
  signal: NodeJS.Signals = 'SIGTERM',
) {
  const pid = pidOf(options, `api-${index}`, API_MAIN);
  if (pid) await stopPid(pid, signal);
}

/** Stops what `startCluster` started, front to back, each by its PID file. */
export async function stopCluster(options: ClusterOptions): Promise<string[]> {
  const l = layout(options);
  const stopped: string[] = [];
  const haproxy = pidOf(options, 'haproxy', join(options.dir, 'haproxy.cfg'));
  if (haproxy) {
    await stopPid(haproxy);
    stopped.push('haproxy');
  }
  const names = existsSync(l.runDir)
    ? readdirSync(l.runDir).filter((f) => /^api-\d+\.pid$/.test(f))
    : [];
  await Promise.all(
    names.map(async (file) => {
      const index = Number(/\d+/.exec(file)![0]);
      if (pidOf(options, `api-${index}`, API_MAIN)) {
        await stopApi(options, index);
        stopped.push(`api-${index}`);
      }
    }),
  );
  if (pidOf(options, 'redis', REDIS_MARK(l.redisPort))) {
    await stopRedis(options);
    stopped.push('redis');
  }
  for (const [name, dir] of [
    ['replica', l.replicaDir],
    ['primary', l.primaryDir],
  ] as const) {
    if (postmasterPid(dir)) {
      pgStop(dir);
      stopped.push(name);
    }
  }
  rmSync(l.stateFile, { force: true });
  return stopped;
}

/** Proportional memory (PSS, kB) of the cluster's processes and their children. */
export function clusterMemoryKb(options: ClusterOptions): Record<string, number> {
  const l = layout(options);
  const roots: [string, number | null][] = [
    ['primary', postmasterPid(l.primaryDir)],
    ['replica', postmasterPid(l.replicaDir)],
    ['redis', pidOf(options, 'redis', REDIS_MARK(l.redisPort))],
    ['haproxy', pidOf(options, 'haproxy', join(options.dir, 'haproxy.cfg'))],
    ...Array.from(
      { length: options.instances },
      (_, i) =>
        [`api-${i + 1}`, pidOf(options, `api-${i + 1}`, API_MAIN)] as [string, number | null],
    ),
  ];
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // gone meanwhile
    }
  }
  const pss = (pid: number) => {
    try {
      const match = /^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      return match ? Number(match[1]) : 0;
    } catch {
      return 0;
    }
  };
  const result: Record<string, number> = {};
  for (const [name, root] of roots) {
    if (!root) continue;
    let total = pss(root);
    for (const [pid, ppid] of parents) if (ppid === root) total += pss(pid);
    result[name] = total;
  }
  return result;
}

export { layout as clusterLayout };
