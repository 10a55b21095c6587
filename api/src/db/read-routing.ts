import type { Redis } from 'ioredis';
import type { Database, QueryOptions, SqlClient } from './sql.js';

/**
 * Read routing between the primary and a streaming replica.
 *
 * - `ReplicaMonitor` (one per process) measures, every probe interval, the primary's WAL
 *   position and the replica's replay position, and from the primary's recent positions the
 *   replica's lag in time. A replica that does not answer, is no longer in recovery, or lags
 *   beyond the bound is skipped.
 * - `WriteMarks` remembers, per person, the primary's WAL position just after their last
 *   write (shared by instances in Redis; in this process without it).
 * - `ReadRouter` (one per request) is the `SqlClient` behind `ctx.dbRead`: for a request
 *   declared stale-tolerant it reads from the replica when the replica is up, within the lag
 *   bound, and has replayed the caller's own last write; otherwise, and for everything else,
 *   from the primary. A read the replica fails is retried once on the primary.
 *
 * Money is never decided here: services deciding money take `ctx.db` (the primary) and their
 * transactions; only reads shown to people as they are go through a router.
 */

/** Why a read went where it went (a metric label). */
export type RouteReason =
  | 'replica'
  | 'no_replica'
  | 'not_stale_tolerant'
  | 'replica_down'
  | 'replica_lagging'
  | 'own_recent_write'
  | 'write_mark_unknown'
  | 'replica_failed';

export interface RouteObserver {
  (target: 'primary' | 'replica', reason: RouteReason): void;
}

/** A PostgreSQL LSN ('16/B374D848') as a number of bytes. */
export function parseLsn(text: string): bigint {
  const [high, low] = text.split('/');
  if (!high || !low) throw new Error(`not an LSN: ${text}`);
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}

export interface ReplicaState {
  /** The replica answered the last probe, recently, as a replica. */
  up: boolean;
  /** Replay lag in milliseconds (overestimated by at most one probe interval); null when unknown. */
  lagMs: number | null;
  /** What the replica had replayed at the last probe. */
  replayLsn: bigint | null;
}

interface Sample {
  at: number;
  lsn: bigint;
}

export class ReplicaMonitor {
  private samples: Sample[] = [];
  private replayLsn: bigint | null = null;
  private replicaSeenAt = 0;
  private lagMs: number | null = null;
  private timer: NodeJS.Timeout | undefined;
  private probing: Promise<void> | undefined;

  constructor(
    private readonly primary: SqlClient,
    private readonly replica: SqlClient,
    private readonly options: {
      intervalMs: number;
      maxLagMs: number;
      onProbeError?: (target: 'primary' | 'replica', error: unknown) => void;
      clock?: () => number;
    },
  ) {}

  private now(): number {
    return (this.options.clock ?? Date.now)();
  }

  start(): void {
    void this.probe();
    this.timer = setInterval(() => void this.probe(), this.options.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.probing;
  }

  /** One measurement (the timer calls it; tests too). Never throws. */
  probe(): Promise<void> {
    this.probing ??= this.measure().finally(() => {
      this.probing = undefined;
    });
    return this.probing;
  }

  private async measure(): Promise<void> {
    const at = this.now();
    const [primary, replica] = await Promise.allSettled([
      this.primary.query<{ lsn: string }>('select pg_current_wal_lsn()::text as lsn'),
      this.replica.query<{ lsn: string | null }>('select pg_last_wal_replay_lsn()::text as lsn'),
    ]);
    if (primary.status === 'fulfilled' && primary.value[0]) {
      this.samples.push({ at, lsn: parseLsn(primary.value[0].lsn) });
      // Keep enough history to measure lags well beyond the bound.
      const keepFrom = at - Math.max(60_000, this.options.maxLagMs * 4);
      while (this.samples.length > 2 && this.samples[0]!.at < keepFrom) this.samples.shift();
    } else if (primary.status === 'rejected') {
      this.options.onProbeError?.('primary', primary.reason);
    }
    if (replica.status === 'fulfilled' && replica.value[0]?.lsn) {
      this.replayLsn = parseLsn(replica.value[0].lsn);
      this.replicaSeenAt = at;
    } else {
      // Not answering, or answering as a primary (promoted): not a replica to read from.
      this.replicaSeenAt = 0;
      if (replica.status === 'rejected') this.options.onProbeError?.('replica', replica.reason);
    }
    this.lagMs = this.computeLag(at);
  }

  /**
   * Time since the replica stopped being caught up: from the last primary sample it had
   * replayed (its position then was at most the replica's now) to the probe's time.
   */
  private computeLag(now: number): number | null {
    if (this.replayLsn === null || this.samples.length === 0) return null;
    const replayed = this.replayLsn;
    const latest = this.samples.at(-1)!;
    if (latest.lsn <= replayed) return 0;
    let lastReplayed: Sample | undefined;
    for (const sample of this.samples) if (sample.lsn <= replayed) lastReplayed = sample;
    return now - (lastReplayed ?? this.samples[0]!).at;
  }

  state(): ReplicaState {
    const fresh = this.now() - this.replicaSeenAt <= this.options.intervalMs * 3;
    return { up: fresh, lagMs: this.lagMs, replayLsn: fresh ? this.replayLsn : null };
  }

  /** Where a stale-tolerant read may go, before looking at the caller's own writes. */
  availability(): { ok: true; replayLsn: bigint } | { ok: false; reason: RouteReason } {
    const state = this.state();
    if (!state.up || state.replayLsn === null) return { ok: false, reason: 'replica_down' };
    if (state.lagMs === null || state.lagMs > this.options.maxLagMs)
      return { ok: false, reason: 'replica_lagging' };
    return { ok: true, replayLsn: state.replayLsn };
  }
}

/**
 * The primary's WAL position after each person's last write. `get` answers `unknown` when
 * the store cannot answer: the caller then reads from the primary.
 */
export interface WriteMarks {
  set(userId: number, lsn: bigint): Promise<void>;
  get(userId: number): Promise<bigint | null | 'unknown'>;
}

/** In this process: right for one instance; with several, use Redis. */
export class MemoryWriteMarks implements WriteMarks {
  private readonly marks = new Map<number, { lsn: bigint; at: number }>();
  constructor(private readonly ttlMs: number) {}

  async set(userId: number, lsn: bigint): Promise<void> {
    const previous = this.marks.get(userId);
    if (!previous || previous.lsn < lsn) this.marks.set(userId, { lsn, at: Date.now() });
    if (this.marks.size > 100_000) {
      const expired = Date.now() - this.ttlMs;
      for (const [key, mark] of this.marks) if (mark.at < expired) this.marks.delete(key);
    }
  }

  async get(userId: number): Promise<bigint | null> {
    const mark = this.marks.get(userId);
    return mark && mark.at >= Date.now() - this.ttlMs ? mark.lsn : null;
  }
}

/** Keeps the larger of the stored and the given position, with an expiry. */
const SET_MAX_SCRIPT = `
local current = redis.call('GET', KEYS[1])
if (not current) or tonumber(current) < tonumber(ARGV[1]) then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
end
return 1`;

/** In Redis, shared by every instance: a person's next request may reach another one. */
export class RedisWriteMarks implements WriteMarks {
  constructor(
    private readonly redis: Redis,
    private readonly ttlMs: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  async set(userId: number, lsn: bigint): Promise<void> {
    try {
      await this.redis.eval(SET_MAX_SCRIPT, 1, `write-mark:${userId}`, lsn.toString(), this.ttlMs);
    } catch (error) {
      this.onError(error);
    }
  }

  async get(userId: number): Promise<bigint | null | 'unknown'> {
    try {
      const value = await this.redis.get(`write-mark:${userId}`);
      return value === null ? null : BigInt(value);
    } catch (error) {
      this.onError(error);
      return 'unknown';
    }
  }
}

/** What one process shares between its requests' routers. */
export interface ReadRouting {
  primary: Database;
  replica: Database;
  monitor: ReplicaMonitor;
  marks: WriteMarks;
  observe: RouteObserver;
}

/** Records the caller's write position after a write (mutations), when a replica is in use. */
export async function markWrite(routing: ReadRouting, userId: number): Promise<void> {
  const [row] = await routing.primary.query<{ lsn: string }>(
    'select pg_current_wal_lsn()::text as lsn',
  );
  if (row) await routing.marks.set(userId, parseLsn(row.lsn));
}

/**
 * `ctx.dbRead` for one request. Until the request is declared stale-tolerant (by the
 * GraphQL plugin, from the operation's root fields), it is the primary.
 */
export class ReadRouter implements SqlClient {
  /** Set before the resolvers run: every root field of the operation is stale-tolerant. */
  staleTolerant = false;
  private route: Promise<'primary' | 'replica'> | undefined;

  constructor(
    private readonly routing: ReadRouting | null,
    private readonly primary: Database,
    private readonly viewerId: () => Promise<number | null>,
  ) {}

  async query<T>(text: string, values?: unknown[], options?: QueryOptions): Promise<T[]> {
    // The options (a prepared statement) go through: dropping them would plan hot statements anew each time.
    if (!this.routing) return this.primary.query<T>(text, values, options);
    // Inside a transaction the replica would read outside it: refused, as the pool is.
    this.primary.assertOutsideTransaction();
    const target = await (this.route ??= this.decide(this.routing));
    if (target === 'primary') return this.primary.query<T>(text, values, options);
    try {
      return await this.routing.replica.query<T>(text, values, options);
    } catch {
      // Stopped, restarting, a query cancelled by recovery: the primary answers instead,
      // and this request does not try the replica again.
      this.route = Promise.resolve('primary');
      this.routing.observe('primary', 'replica_failed');
      return this.primary.query<T>(text, values, options);
    }
  }

  private async decide(routing: ReadRouting): Promise<'primary' | 'replica'> {
    const to = (target: 'primary' | 'replica', reason: RouteReason) => {
      routing.observe(target, reason);
      return target;
    };
    if (!this.staleTolerant) return to('primary', 'not_stale_tolerant');
    const available = routing.monitor.availability();
    if (!available.ok) return to('primary', available.reason);
    const userId = await this.viewerId();
    if (userId !== null) {
      const mark = await routing.marks.get(userId);
      if (mark === 'unknown') return to('primary', 'write_mark_unknown');
      if (mark !== null && mark > available.replayLsn) return to('primary', 'own_recent_write');
    }
    return to('replica', 'replica');
  }
}
