import { enqueueMembershipDecided, enqueueOffererDecided } from '../notification/outbox.queries.js';
import type { Database } from '../../db/sql.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { AuditAction, recordAudit } from '../audit/audit.service.js';
import { requiredReason } from '../audit/reason.js';
import { grantProRole } from '../identity/identity.queries.js';
import {
  lockMembership,
  lockOffererStatus,
  setMembershipStatus,
  setOffererStatus,
} from '../catalog/structure.queries.js';

export {
  pendingMemberships,
  pendingOfferers,
  type PendingMembership,
  type PendingOfferer,
} from './backoffice.queries.js';

export type OffererDecision = 'VALIDATED' | 'REJECTED';

const ALREADY_DECIDED = 'Cette demande a déjà été traitée.';

/** A rejection needs a reason; a validation may carry a note. */
function decisionNote(decision: OffererDecision, reason: string | null): Record<string, string> {
  if (decision === 'REJECTED') return { reason: requiredReason(reason ?? '') };
  const note = reason?.trim();
  return note ? { reason: note.slice(0, 500) } : {};
}

/**
 * Validates or rejects a new offerer. Once validated, its approved offers become
 * visible and bookable (search and booking check the offerer's status).
 */
export async function decideOfferer(
  db: Database,
  adminId: number,
  offererId: number,
  decision: OffererDecision,
  reason: string | null,
  now = new Date(),
): Promise<void> {
  const note = decisionNote(decision, reason);
  await db.transaction(async (tx) => {
    const status = await lockOffererStatus(tx, offererId);
    if (!status) throw new AppError(ErrorCode.NOT_FOUND, 'Cette structure est introuvable.');
    if (status !== 'NEW') throw new AppError(ErrorCode.BAD_USER_INPUT, ALREADY_DECIDED);
    await setOffererStatus(tx, offererId, decision, now);
    await enqueueOffererDecided(tx, offererId, decision, note.reason ?? null);
    await recordAudit(tx, {
      adminId,
      action:
        decision === 'VALIDATED' ? AuditAction.OFFERER_VALIDATED : AuditAction.OFFERER_REJECTED,
      targetType: 'OFFERER',
      targetId: offererId,
      details: note,
    });
  });
}

/** Validates (the person becomes a pro of that offerer) or rejects a new membership. */
export async function decideMembership(
  db: Database,
  adminId: number,
  membershipId: number,
  decision: OffererDecision,
  reason: string | null,
): Promise<void> {
  const note = decisionNote(decision, reason);
  await db.transaction(async (tx) => {
    const membership = await lockMembership(tx, membershipId);
    if (!membership) throw new AppError(ErrorCode.NOT_FOUND, 'Ce rattachement est introuvable.');
    if (membership.status !== 'NEW') throw new AppError(ErrorCode.BAD_USER_INPUT, ALREADY_DECIDED);
    await setMembershipStatus(tx, membershipId, decision);
    if (decision === 'VALIDATED') await grantProRole(tx, membership.user_id);
    await enqueueMembershipDecided(tx, membershipId, decision, note.reason ?? null);
    await recordAudit(tx, {
      adminId,
      action:
        decision === 'VALIDATED'
          ? AuditAction.MEMBERSHIP_VALIDATED
          : AuditAction.MEMBERSHIP_REJECTED,
      targetType: 'MEMBERSHIP',
      targetId: membershipId,
      details: { userId: membership.user_id, offererId: membership.offerer_id, ...note },
    });
  });
}
