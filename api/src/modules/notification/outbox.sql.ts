import type { EntityManager } from '@mikro-orm/postgresql';
import type { SqlClient } from '../../db/sql.js';

/**
 * Either kind of transaction the code runs in: the plain pg client of the booking hot path
 * (`$1` placeholders) or a MikroORM entity manager (`em.transactional`, `?` placeholders).
 * Outbox writes take either, so a message always commits or rolls back with its change.
 */
export type OutboxTx = SqlClient | EntityManager;

/**
 * Runs `$n`-numbered SQL on either kind of client. For the entity manager the placeholders
 * become `?` in order of appearance (the SQL here never holds a literal `?`), and arrays
 * become Postgres array literals, which the ORM would otherwise expand into lists.
 */
export async function runSql<T>(tx: OutboxTx, text: string, values: unknown[] = []): Promise<T[]> {
  if (!('execute' in tx)) return tx.query<T>(text, values);
  const ordered: unknown[] = [];
  const positional = text.replace(/\$(\d+)/g, (_match, index: string) => {
    const value = values[Number(index) - 1];
    ordered.push(Array.isArray(value) ? `{${value.join(',')}}` : value);
    return '?';
  });
  return tx.execute<T[]>(positional, ordered as never[]);
}
