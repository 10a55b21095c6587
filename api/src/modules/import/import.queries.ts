import type { SqlClient } from '../../db/sql.js';

/** The venue's offer carrying this external reference (references are kept trimmed). */
export async function offerIdByExternalRef(
  sql: SqlClient,
  venueId: number,
  externalRef: string,
): Promise<number | null> {
  const [row] = await sql.query<{ id: number }>(
    'select id from offer where venue_id = $1 and external_ref = $2',
    [venueId, externalRef.trim()],
  );
  return row?.id ?? null;
}
