import type { EntityManager } from '@mikro-orm/postgresql';
import type { SqlClient } from './sql.js';

/**
 * Transitional, for the modules not yet moved off MikroORM's EntityManager: `$n` SQL run
 * through an entity manager (and so inside its transaction). Placeholders become `?` in order
 * of appearance, arrays Postgres array literals (the ORM would expand them into lists).
 * Delete this file once no module calls it.
 */
export function sqlClientOfEm(em: EntityManager): SqlClient {
  return {
    query<T>(text: string, values: unknown[] = []): Promise<T[]> {
      const ordered: unknown[] = [];
      const positional = text.replace(/\$(\d+)/g, (_match, index: string) => {
        const value = values[Number(index) - 1];
        ordered.push(Array.isArray(value) ? `{${value.join(',')}}` : value);
        return '?';
      });
      return em.execute<T[]>(positional, ordered as never[]);
    },
  };
}
