import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs `work` in one transaction holding a transaction-scoped advisory lock named `name`, so
 * that one api instance at a time does it; null (nothing done) when another holds the lock.
 */
export async function inExclusiveTransaction<T>(
  em: EntityManager,
  name: string,
  work: (tx: EntityManager) => Promise<T>,
): Promise<T | null> {
  return em.transactional(async (tx) => {
    const [lock] = await tx.execute<{ locked: boolean }[]>(
      `select pg_try_advisory_xact_lock(hashtext(?)) as locked`,
      [name],
    );
    return lock?.locked ? work(tx) : null;
  });
}
