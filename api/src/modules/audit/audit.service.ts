import type { SqlClient } from '../../db/sql.js';
import { auditPage, insertAuditEntry, type AuditTx } from './audit.queries.js';

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
  SELECTION_CREATED = 'SELECTION_CREATED',
  SELECTION_UPDATED = 'SELECTION_UPDATED',
  SELECTION_PUBLISHED = 'SELECTION_PUBLISHED',
  SELECTION_UNPUBLISHED = 'SELECTION_UNPUBLISHED',
  SELECTIONS_REORDERED = 'SELECTIONS_REORDERED',
  SELECTION_DELETED = 'SELECTION_DELETED',
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
    | 'OUTBOX_MESSAGE'
    | 'SELECTION';
  targetId: string | number;
  details?: Record<string, unknown>;
}

/** Writes one entry; call it inside the transaction of the change it records. */
export async function recordAudit(tx: AuditTx, record: AuditRecord): Promise<void> {
  await insertAuditEntry(tx, {
    adminId: record.adminId,
    action: record.action,
    targetType: record.targetType,
    targetId: String(record.targetId),
    details: JSON.stringify(record.details ?? {}),
  });
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
  const rows = await auditPage(db, request.beforeId, Math.min(Math.max(request.first, 1), 200));
  return rows.map((r) => ({
    id: String(r.id),
    action: r.action as AuditAction,
    targetType: r.target_type,
    targetId: r.target_id,
    details: r.details,
    createdAt: new Date(r.created_at),
    adminEmail: r.email,
    adminName: r.name,
  }));
}
