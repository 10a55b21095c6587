import type { SqlClient } from '../../db/sql.js';
import type { MailKind } from './outbox.entity.js';

/** The SQL of the outbox worker's protocol (outbox.worker.ts), one committed statement each. */

export interface ClaimedMessage {
  id: string;
  kind: MailKind;
  recipient: string;
  payload: Record<string, unknown>;
}

const OLDER_THAN = (column: string, at: string, seconds: string) =>
  `${column} <= ${at}::timestamptz - make_interval(secs => ${seconds}::double precision)`;

/** Claims a batch of due PENDING messages under a lease; skips those another worker holds. */
export function claimDueMessages(
  db: SqlClient,
  workerId: string,
  at: Date,
  leaseSeconds: number,
  batchSize: number,
): Promise<ClaimedMessage[]> {
  return db.query<ClaimedMessage>(
    `update outbox_message m set claimed_by = $1, claimed_at = $2
      where m.id in (
        select id from outbox_message
         where status = 'PENDING' and next_attempt_at <= $2
           and (claimed_at is null or ${OLDER_THAN('claimed_at', '$2', '$3')})
         order by next_attempt_at, id
         limit $4
           for update skip locked)
      returning m.id::text as id, m.kind, m.recipient, m.payload`,
    [workerId, at, leaseSeconds, batchSize],
  );
}

/** Marks a claimed message SENDING (one more attempt); null when the claim was lost. */
export async function markSending(
  db: SqlClient,
  id: string,
  workerId: string,
  at: Date,
): Promise<{ attempts: number } | null> {
  const [row] = await db.query<{ attempts: number }>(
    `update outbox_message set status = 'SENDING', sending_at = $3, attempts = attempts + 1
      where id = $1 and claimed_by = $2 and status = 'PENDING'
      returning attempts`,
    [id, workerId, at],
  );
  return row ?? null;
}

export async function markSent(db: SqlClient, id: string, workerId: string, at: Date) {
  await db.query(
    `update outbox_message set status = 'SENT', sent_at = $3, failed_at = null, last_error = null
      where id = $1 and claimed_by = $2`,
    [id, workerId, at],
  );
}

/** Back to PENDING for a later attempt, the claim released. */
export async function markToRetry(
  db: SqlClient,
  id: string,
  workerId: string,
  nextAttemptAt: Date,
  error: string,
) {
  await db.query(
    `update outbox_message
        set status = 'PENDING', next_attempt_at = $3, last_error = $4,
            claimed_by = null, claimed_at = null, sending_at = null
      where id = $1 and claimed_by = $2`,
    [id, workerId, nextAttemptAt, error],
  );
}

/**
 * Given up: FAILED (certainly not delivered) or UNCERTAIN (may have been delivered: never
 * retried by the worker, an admin decides), with the error.
 */
export async function markGivenUp(
  db: SqlClient,
  id: string,
  workerId: string,
  status: 'FAILED' | 'UNCERTAIN',
  at: Date,
  error: string,
) {
  await db.query(
    `update outbox_message set status = $3, failed_at = $4, last_error = $5
      where id = $1 and claimed_by = $2`,
    [id, workerId, status, at, error],
  );
}

/**
 * Messages left SENDING longer than `timeoutSeconds` (their worker died mid-send): back to
 * PENDING with an idempotent transport, UNCERTAIN otherwise. Returns how many.
 */
export async function recoverInterrupted(
  db: SqlClient,
  idempotent: boolean,
  at: Date,
  timeoutSeconds: number,
  note: string,
): Promise<number> {
  const rows = await db.query<{ id: string }>(
    idempotent
      ? `update outbox_message
            set status = 'PENDING', claimed_by = null, claimed_at = null, sending_at = null,
                last_error = $3
          where status = 'SENDING' and ${OLDER_THAN('sending_at', '$1', '$2')}
          returning id::text as id`
      : `update outbox_message set status = 'UNCERTAIN', failed_at = $1, last_error = $3
          where status = 'SENDING' and ${OLDER_THAN('sending_at', '$1', '$2')}
          returning id::text as id`,
    [at, timeoutSeconds, note],
  );
  return rows.length;
}
