import type { SqlClient } from '../../db/sql.js';

/** When the uptake rollups were last recomputed. */
export async function uptakeRefreshedAt(sql: SqlClient): Promise<Date> {
  const [row] = await sql.query<{ refreshed_at: Date }>(
    'select refreshed_at from insights_refresh where id = 1',
  );
  return new Date(row!.refreshed_at);
}
