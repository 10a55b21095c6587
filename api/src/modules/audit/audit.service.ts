import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlClientOfEm } from '../../db/em-bridge.js';
import type { SqlClient } from '../../db/sql.js';

/** Every admin action the back office records. */
export enum AuditAction {
  ACTIVATION_APPROVED = 'ACTIVATION_APPROVED',
  ACTIVATION_REJECTED = 'ACTIVATION_REJECTED',
  DEPARTMENT_OPENED = 'DEPARTMENT_OPENED',
  OFFERER_VALIDATED = 'OFFERER_VALIDATED',
  OFFERER_REJECTED = 'OFFERER_REJECTED',
  MEMBERSHIP_VALIDATED = 'MEMBERSHIP_VALIDATED',
  MEMBERSHIP_REJECTED = 'MEMBERSHIP_REJECTED',
  OFFER_APPROVED = 'OFFER_APPROVED',
  OFFER_REJECTED = 'OFFER_REJECTED',
  MODERATION_RULE_CREATED = 'MODERATION_RULE_CREATED',
  MODERATION_RULE_ENABLED = 'MODERATION_RULE_ENABLED',
  MODERATION_RULE_DISABLED = 'MODERATION_RULE_DISABLED',
  USER_SUSPENDED = 'USER_SUSPENDED',
  USER_REINSTATED = 'USER_REINSTATED',
  EMAIL_RESENT = 'EMAIL_RESENT',
}

export interface AuditRecord {
  adminId: number;
  action: AuditAction;
  targetType:
    | 'USER'
    | 'DEPARTMENT'
    | 'OFFERER'
    | 'MEMBERSHIP'
    | 'OFFER'
    | 'MODERATION_RULE'
    | 'OUTBOX_MESSAGE';
  targetId: string | number;
  details?: Record<string, unknown>;
}

/** Writes one entry; call it inside the transaction of the change it records. */
export async function recordAudit(
  client: SqlClient | EntityManager,
  record: AuditRecord,
): Promise<void> {
  const db = 'execute' in client ? sqlClientOfEm(client) : client;
  await db.query(
    `insert into audit_log (admin_id, action, target_type, target_id, details) values ($1, $2, $3, $4, $5)`,
    [
      record.adminId,
      record.action,
      record.targetType,
      String(record.targetId),
      JSON.stringify(record.details ?? {}),
    ],
  );
}

export interface AuditEntryView {
  id: string;
  action: AuditAction;
  targetType: string;
  targetId: string;
  details: Record<string, unknown>;
  createdAt: Date;
  adminEmail: string;
  adminName: string;
}

/** Newest first; `beforeId` pages backwards. */
export async function listAudit(
  db: SqlClient,
  request: { first: number; beforeId: string | null },
): Promise<AuditEntryView[]> {
  const rows = await db.query<{
    id: string;
    action: AuditAction;
    target_type: string;
    target_id: string;
    details: Record<string, unknown>;
    created_at: Date;
    email: string;
    name: string;
  }>(
    `select a.id, a.action, a.target_type, a.target_id, a.details, a.created_at,
            u.email, u.first_name || ' ' || u.last_name as name
       from audit_log a join app_user u on u.id = a.admin_id
      where ($1::bigint is null or a.id < $1)
      order by a.id desc
      limit $2`,
    [request.beforeId, Math.min(Math.max(request.first, 1), 200)],
  );
  return rows.map((r) => ({
    id: String(r.id),
    action: r.action,
    targetType: r.target_type,
    targetId: r.target_id,
    details: r.details,
    createdAt: new Date(r.created_at),
    adminEmail: r.email,
    adminName: r.name,
  }));
}
