import type { Database, SqlClient } from '../db/sql.js';

/**
 * Runs `work` in one transaction holding a transaction-scoped advisory lock named `name`, so
 * that one api instance at a time does it; null (nothing done) when another holds the lock.
 */
export async function inExclusiveTransaction<T>(
  db: Database,
  name: string,
  work: (tx: SqlClient) => Promise<T>,
): Promise<T | null> {
  return db.transaction(async (tx) => {
    const [lock] = await tx.query<{ locked: boolean }>(
      `select pg_try_advisory_xact_lock(hashtext($1)) as locked`,
      [name],
    );
    return lock?.locked ? work(tx) : null;
  });
}
