import type { SqlClient } from '../../db/sql.js';

/** The client of the transaction the audited change runs in. */
export type AuditTx = SqlClient;

export async function insertAuditEntry(
  tx: AuditTx,
  entry: { adminId: number; action: string; targetType: string; targetId: string; details: string },
): Promise<void> {
  await tx.query(
    `insert into audit_log (admin_id, action, target_type, target_id, details) values ($1, $2, $3, $4, $5)`,
    [entry.adminId, entry.action, entry.targetType, entry.targetId, entry.details],
  );
}

export interface AuditEntryRow {
  id: string;
  action: string;
  target_type: string;
  target_id: string;
  details: Record<string, unknown>;
  created_at: Date;
  email: string;
  name: string;
}

/** Newest first, `beforeId` paging backwards. */
export async function auditPage(
  db: SqlClient,
  beforeId: string | null,
  limit: number,
): Promise<AuditEntryRow[]> {
  return db.query<AuditEntryRow>(
    `select a.id, a.action, a.target_type, a.target_id, a.details, a.created_at,
            u.email, u.first_name || ' ' || u.last_name as name
       from audit_log a join app_user u on u.id = a.admin_id
      where ($1::bigint is null or a.id < $1)
      order by a.id desc
      limit $2`,
    [beforeId, limit],
  );
}
