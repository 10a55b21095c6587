import pg from 'pg';

/**
 * Plain SQL on a pg pool, for the hot paths (booking, session look-up) where the
 * ORM's query building would cost more than it gives. `$1` placeholders.
 */
export interface SqlClient {
  query<T>(text: string, values?: unknown[]): Promise<T[]>;
}

export class SqlPool implements SqlClient {
  private readonly pool: pg.Pool;

  constructor(
    url: string,
    max: number,
    /** Sees every statement sent (tests count them). */
    private readonly onQuery?: (text: string) => void,
  ) {
    this.pool = new pg.Pool({ connectionString: url, max, idleTimeoutMillis: 10_000 });
    // An idle client's error (e.g. the server restarting) must not crash the process.
    this.pool.on('error', () => undefined);
  }

  async query<T>(text: string, values: unknown[] = []): Promise<T[]> {
    this.onQuery?.(text);
    return (await this.pool.query(text, values)).rows as T[];
  }

  /** Runs `work` in one transaction on one connection; rolls back on any error. */
  async transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken = false;
    // pg-pool listens for errors on idle clients only: a checked-out client whose server
    // connection dies would emit an unhandled 'error' and bring the whole process down.
    const onConnectionError = () => {
      broken = true;
    };
    client.on('error', onConnectionError);
    try {
      await client.query('begin');
      const result = await work({
        query: async (text, values = []) => (await client.query(text, values)).rows,
      });
      await client.query('commit');
      return result;
    } catch (error) {
      // A connection that cannot even roll back (the server ended it) must not go back to the pool.
      const rolledBack = await client.query('rollback').then(
        () => true,
        () => false,
      );
      broken ||= !rolledBack;
      throw error;
    } finally {
      client.removeListener('error', onConnectionError);
      client.release(broken);
    }
  }

  /** A connection of its own for a long read (a streamed export); release it when done. */
  connect(): Promise<pg.PoolClient> {
    return this.pool.connect();
  }

  end(): Promise<void> {
    return this.pool.end();
  }
}
