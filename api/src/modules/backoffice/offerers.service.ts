import { enqueueMembershipDecided, enqueueOffererDecided } from '../notification/outbox.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { SqlClient } from '../../db/sql.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { AuditAction, recordAudit } from '../audit/audit.service.js';
import { requiredReason } from '../audit/reason.js';

export type OffererDecision = 'VALIDATED' | 'REJECTED';

export interface PendingOfferer {
  id: number;
  siren: string;
  name: string;
  createdAt: Date;
  venueCount: number;
  /** Emails of the people who asked to join it. */
  memberEmails: string[];
}

export interface PendingMembership {
  id: number;
  userId: number;
  email: string;
  firstName: string;
  lastName: string;
  offererId: number;
  offererName: string;
  offererSiren: string;
  offererStatus: string;
  createdAt: Date;
}

/** New offerers waiting for validation, oldest first. */
export async function pendingOfferers(db: SqlClient): Promise<PendingOfferer[]> {
  const rows = await db.query<{
    id: number;
    siren: string;
    name: string;
    created_at: Date;
    venue_count: number;
    member_emails: string[];
  }>(
    `select o.id, o.siren, o.name, o.created_at,
            (select count(*)::int from venue v where v.offerer_id = o.id and not v.is_virtual) as venue_count,
            coalesce((select array_agg(u.email order by m.id) from offerer_membership m
                        join app_user u on u.id = m.user_id where m.offerer_id = o.id), '{}') as member_emails
       from offerer o
      where o.status = 'NEW'
      order by o.created_at, o.id
      limit 500`,
  );
  return rows.map((r) => ({
    id: r.id,
    siren: r.siren,
    name: r.name,
    createdAt: new Date(r.created_at),
    venueCount: r.venue_count,
    memberEmails: r.member_emails,
  }));
}

/** New memberships waiting for validation, oldest first. */
export async function pendingMemberships(db: SqlClient): Promise<PendingMembership[]> {
  const rows = await db.query<{
    id: number;
    user_id: number;
    email: string;
    first_name: string;
    last_name: string;
    offerer_id: number;
    offerer_name: string;
    siren: string;
    offerer_status: string;
    created_at: Date;
  }>(
    `select m.id, m.user_id, u.email, u.first_name, u.last_name, o.id as offerer_id, o.name as offerer_name,
            o.siren, o.status as offerer_status, m.created_at
       from offerer_membership m
       join app_user u on u.id = m.user_id
       join offerer o on o.id = m.offerer_id
      where m.status = 'NEW'
      order by m.created_at, m.id
      limit 500`,
  );
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    email: r.email,
    firstName: r.first_name,
    lastName: r.last_name,
    offererId: r.offerer_id,
    offererName: r.offerer_name,
    offererSiren: r.siren,
    offererStatus: r.offerer_status,
    createdAt: new Date(r.created_at),
  }));
}

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
  em: EntityManager,
  adminId: number,
  offererId: number,
  decision: OffererDecision,
  reason: string | null,
  now = new Date(),
): Promise<void> {
  const note = decisionNote(decision, reason);
  await em.transactional(async (tx) => {
    const [offerer] = await tx.execute<{ status: string }[]>(
      'select status from offerer where id = ? for update',
      [offererId],
    );
    if (!offerer) throw new AppError(ErrorCode.NOT_FOUND, 'Cette structure est introuvable.');
    if (offerer.status !== 'NEW') throw new AppError(ErrorCode.BAD_USER_INPUT, ALREADY_DECIDED);
    await tx.execute(
      `update offerer set status = ?, validated_at = case when ? = 'VALIDATED' then ?::timestamptz end where id = ?`,
      [decision, decision, now, offererId],
    );
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
  em: EntityManager,
  adminId: number,
  membershipId: number,
  decision: OffererDecision,
  reason: string | null,
): Promise<void> {
  const note = decisionNote(decision, reason);
  await em.transactional(async (tx) => {
    const [membership] = await tx.execute<
      { status: string; user_id: number; offerer_id: number }[]
    >('select status, user_id, offerer_id from offerer_membership where id = ? for update', [
      membershipId,
    ]);
    if (!membership) throw new AppError(ErrorCode.NOT_FOUND, 'Ce rattachement est introuvable.');
    if (membership.status !== 'NEW') throw new AppError(ErrorCode.BAD_USER_INPUT, ALREADY_DECIDED);
    await tx.execute('update offerer_membership set status = ? where id = ?', [
      decision,
      membershipId,
    ]);
    if (decision === 'VALIDATED') {
      await tx.execute(
        `update app_user set roles = array_append(roles, 'PRO') where id = ? and not ('PRO' = any(roles))`,
        [membership.user_id],
      );
    }
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
