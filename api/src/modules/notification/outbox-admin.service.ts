import type { Database } from '../../db/sql.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { AuditAction, recordAudit } from '../audit/audit.service.js';
import { lockOutboxMessage, requeueMessage, type OutboxRow } from './outbox-admin.queries.js';
import { OutboxStatus } from './outbox.entity.js';

/** Statuses an admin may send again by hand: the worker gave up on them. */
export const RESENDABLE_STATUSES: readonly OutboxStatus[] = [
  OutboxStatus.UNCERTAIN,
  OutboxStatus.FAILED,
];

/**
 * An admin sends a given-up email again (UNCERTAIN: they judged it was not received; FAILED:
 * the cause is fixed): back in the queue, due now, audited. Any other status is refused, so two
 * admins clicking at once requeue it once.
 */
export async function resendOutboxMessage(
  db: Database,
  adminId: number,
  messageId: string,
  now = new Date(),
): Promise<OutboxRow> {
  return db.transaction(async (tx) => {
    const message = await lockOutboxMessage(tx, messageId);
    if (!message) throw new AppError(ErrorCode.NOT_FOUND, 'Cet e-mail est introuvable.');
    if (!RESENDABLE_STATUSES.includes(message.status)) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        'Seuls les e-mails en échec ou à l’envoi incertain peuvent être renvoyés.',
      );
    }
    const requeued = await requeueMessage(tx, messageId, now);
    await recordAudit(tx, {
      adminId,
      action: AuditAction.EMAIL_RESENT,
      targetType: 'OUTBOX_MESSAGE',
      targetId: messageId,
      details: { previousStatus: message.status, lastError: message.lastError },
    });
    return requeued;
  });
}
