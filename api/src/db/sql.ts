import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import pg from 'pg';
import QueryStream from 'pg-query-stream';

/**
 * The one way to PostgreSQL: plain SQL with `$1` placeholders on one pg pool, and one
 * transaction helper. Every module reaches the database through a `SqlClient`: the
 * `Database` itself, or the client of the transaction it runs in.
 */
export interface SqlClient {
  query<T>(text: string, values?: unknown[], options?: QueryOptions): Promise<T[]>;
}

export interface QueryOptions {
  /**
   * Hot statements: prepared once per connection (named after their text) so the server
   * skips parsing and, once it settles on a generic plan, planning. Ignored in transactions
   * and on the embedded database.
   */
  prepare?: boolean;
}

/** Statement names by text: the same text always has the same name on every connection. */
const statementNames = new Map<string, string>();
const MAX_STATEMENT_NAMES = 1_000;

function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `pc_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    if (statementNames.size < MAX_STATEMENT_NAMES) statementNames.set(text, name);
  }
  return name;
}

/**
 * No connection came free in time: the database is saturated (or, embedded, busy with
 * one long piece of work). Retryable; the api answers SERVICE_BUSY in French.
 */
export class DatabaseBusyError extends Error {
  constructor() {
    super('No database connection came free in time');
    this.name = 'DatabaseBusyError';
  }
}

/**
 * The database cannot be reached or is restarting (connection refused or cut, the server
 * shutting down or starting up). Retryable like DatabaseBusyError, of which it is a kind: the
 * api answers SERVICE_BUSY and the pool reconnects by itself once the server is back. A
 * transaction cut this way never committed (PostgreSQL rolls it back), unless the cut came
 * after its commit was sent: clients retry with their idempotency key.
 */
export class DatabaseUnavailableError extends DatabaseBusyError {
  constructor(cause: unknown) {
    super();
    this.message = `The database is unreachable: ${(cause as Error)?.message ?? String(cause)}`;
    this.name = 'DatabaseUnavailableError';
  }
}

/** Code inside a transaction reached for the pool instead of its transaction's client. */
export class PoolUsedInTransactionError extends Error {
  constructor() {
    super(
      "The pool was used inside a transaction: pass the transaction's client instead " +
        '(a second connection can wait for ever on the first, and sees none of its writes).',
    );
    this.name = 'PoolUsedInTransactionError';
  }
}

export interface DatabaseOptions {
  /** Connections at most; 1 for the embedded database, which serves one session. */
  max: number;
  /** How long a statement may wait for a free connection before DatabaseBusyError. */
  acquireTimeoutMs: number;
  /** Sees every statement sent (tests count them). */
  onQuery?: (text: string) => void;
}

/** Calendar dates (birth dates, report days) stay `YYYY-MM-DD` text: a Date would carry a time zone. */
const TYPES = new pg.TypeOverrides();
TYPES.setTypeParser(pg.types.builtins.DATE, (text) => text);

/**
 * Session settings sent with each connection's start-up. Search's trigram matching (`%>`,
 * pg_trgm) keeps words at least half alike: "teatre" is 0.57 like "théâtre", below the
 * extension's default of 0.6. (The embedded database, one session, sets it at its start.)
 */
export const SESSION_OPTIONS = '-c pg_trgm.word_similarity_threshold=0.5';

/** pg-pool's own words when a queued request for a connection times out. */
const POOL_TIMEOUT = /timeout exceeded when trying to connect/i;

/** An error the server sent (it has a SQLSTATE), not one of the code running the transaction. */
function isServerError(error: unknown): boolean {
  return error instanceof pg.DatabaseError;
}

/** Socket-level failures, and SQLSTATEs of a server going away or not ready yet. */
const CONNECTION_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
]);
const CONNECTION_SQLSTATES = /^(08...|57P0[123])$/;
const CONNECTION_MESSAGES =
  /Connection terminated|connection error|Client was closed|terminating connection|the database system is (starting up|shutting down|in recovery)/i;

/** The error means "the server is not there right now", not "this statement is wrong". */
export function isConnectionFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as Error & { code?: unknown }).code;
  if (typeof code === 'string' && (CONNECTION_ERRNOS.has(code) || CONNECTION_SQLSTATES.test(code)))
    return true;
  return CONNECTION_MESSAGES.test(error.message);
}

function busyOr(error: unknown): unknown {
  if (error instanceof DatabaseBusyError) return error;
  if (error instanceof Error && POOL_TIMEOUT.test(error.message)) return new DatabaseBusyError();
  return isConnectionFailure(error) ? new DatabaseUnavailableError(error) : error;
}

/** How full a pool is (the metrics read it). */
export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

export class Database implements SqlClient {
  private readonly pool: pg.Pool;
  private readonly onQuery?: (text: string) => void;
  private readonly max: number;
  /**
   * One connection to a database that serves one session (the embedded one): after the
   * server refused a statement inside a transaction, its socket bridge has been seen
   * answering later statements on that connection with other statements' results, so the
   * connection is closed and the next transaction opens a fresh one.
   */
  private readonly singleSession: boolean;
  /** Set while a transaction's work runs: the pool must not be used from there. */
  private readonly transactionScope = new AsyncLocalStorage<true>();

  constructor(url: string, options: DatabaseOptions) {
    this.pool = new pg.Pool({
      connectionString: url,
      max: options.max,
      connectionTimeoutMillis: options.acquireTimeoutMs,
      idleTimeoutMillis: 10_000,
      types: TYPES,
      // The embedded database (one session) sets them itself at its start.
      options: options.max === 1 ? undefined : SESSION_OPTIONS,
    });
    this.onQuery = options.onQuery;
    this.max = options.max;
    this.singleSession = options.max === 1;
    // An idle client's error (e.g. the server restarting) must not crash the process.
    this.pool.on('error', () => undefined);
  }

  async query<T>(text: string, values: unknown[] = [], options?: QueryOptions): Promise<T[]> {
    this.assertOutsideTransaction();
    this.onQuery?.(text);
    try {
      if (options?.prepare && !this.singleSession) {
        return (await this.pool.query({ name: statementName(text), text, values })).rows as T[];
      }
      return (await this.pool.query(text, values)).rows as T[];
    } catch (error) {
      throw busyOr(error);
    }
  }

  /** Runs `work` in one transaction on one connection; rolls back on any error. */
  async transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T> {
    return this.inTransaction(work).catch((error: unknown) => {
      throw busyOr(error);
    });
  }

  private inTransaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T> {
    return this.withConnection(async (client, markBroken) => {
      const run = async (text: string, values: unknown[] = []) => {
        this.onQuery?.(text);
        return (await client.query(text, values)).rows;
      };
      await run('begin');
      try {
        const result = await this.transactionScope.run(true, () => work({ query: run }));
        await run('commit');
        return result;
      } catch (error) {
        // A connection that cannot even roll back (the server ended it) must not go back to the pool.
        const rolledBack = await run('rollback').then(
          () => true,
          () => false,
        );
        if (!rolledBack || (this.singleSession && isServerError(error))) markBroken();
        throw error;
      }
    });
  }

  /**
   * A connection of its own for `work` (a cursor streaming an export, a session-level
   * setting), released when the returned promise settles.
   */
  async withConnection<T>(
    work: (client: pg.PoolClient, markBroken: () => void) => Promise<T>,
  ): Promise<T> {
    this.assertOutsideTransaction();
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw busyOr(error);
    }
    let broken = false;
    // pg-pool listens for errors on idle clients only: a checked-out client whose server
    // connection dies would emit an unhandled 'error' and bring the whole process down.
    const onConnectionError = () => {
      broken = true;
    };
    client.on('error', onConnectionError);
    try {
      return await work(client, () => {
        broken = true;
      });
    } finally {
      client.removeListener('error', onConnectionError);
      client.release(broken);
    }
  }

  /**
   * The rows of a long read streamed through a cursor on a connection of its own, held
   * until the iteration ends (memory stays flat at any size). A connection that failed
   * mid-read is discarded rather than reused.
   */
  async *cursor<T>(
    text: string,
    values: unknown[],
    options: { batchSize: number; rowMode?: 'array' },
  ): AsyncGenerator<T> {
    this.assertOutsideTransaction();
    this.onQuery?.(text);
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw busyOr(error);
    }
    let failed = false;
    try {
      yield* client.query(new QueryStream(text, values, options)) as AsyncIterable<T>;
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      client.release(failed);
    }
  }

  stats(): PoolStats {
    return {
      total: this.pool.totalCount,
      idle: this.pool.idleCount,
      waiting: this.pool.waitingCount,
      max: this.max,
    };
  }

  end(): Promise<void> {
    return this.pool.end();
  }

  /** Throws PoolUsedInTransactionError when called from a transaction's work. */
  assertOutsideTransaction(): void {
    if (this.transactionScope.getStore()) throw new PoolUsedInTransactionError();
  }
}
