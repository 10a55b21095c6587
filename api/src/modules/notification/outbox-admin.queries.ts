import type { SqlClient } from '../../db/sql.js';
import type { MailKind, OutboxStatus } from './outbox.entity.js';

/** The SQL behind the admins' outbox list and their manual resend. */

export interface OutboxRow {
  id: string;
  kind: MailKind;
  recipient: string;
  status: OutboxStatus;
  attempts: number;
  payload: Record<string, unknown>;
  createdAt: Date;
  sentAt: Date | null;
  failedAt: Date | null;
  nextAttemptAt: Date;
  lastError: string | null;
}

const OUTBOX_COLUMNS = `id::text as id, kind, recipient, status, attempts, payload,
  created_at as "createdAt", sent_at as "sentAt", failed_at as "failedAt",
  next_attempt_at as "nextAttemptAt", last_error as "lastError"`;

/** The latest messages, newest first, of one status or all. */
export function latestOutboxMessages(
  db: SqlClient,
  status: OutboxStatus | null,
  first: number,
): Promise<OutboxRow[]> {
  return db.query<OutboxRow>(
    `select ${OUTBOX_COLUMNS}
       from outbox_message
      where $1::text is null or status = $1
      order by created_at desc, id desc
      limit $2`,
    [status, first],
  );
}

/** Locks one message; null when there is none. */
export async function lockOutboxMessage(tx: SqlClient, id: string): Promise<OutboxRow | null> {
  const [row] = await tx.query<OutboxRow>(
    `select ${OUTBOX_COLUMNS} from outbox_message where id = $1 for update`,
    [id],
  );
  return row ?? null;
}

/**
 * Puts a given-up message back in the queue, due now, with a fresh set of attempts. Its last
 * error stays, for the record, until it is sent.
 */
export async function requeueMessage(tx: SqlClient, id: string, at: Date): Promise<OutboxRow> {
  const [row] = await tx.query<OutboxRow>(
    `update outbox_message
        set status = 'PENDING', attempts = 0, next_attempt_at = $2, failed_at = null,
            claimed_by = null, claimed_at = null, sending_at = null
      where id = $1
      returning ${OUTBOX_COLUMNS}`,
    [id, at],
  );
  return row!;
}

/**
 * Messages waiting to be sent, and how overdue the oldest is (the outbox depth metrics):
 * on the worker's partial index, cheap at every scrape.
 */
export async function outboxDepth(
  db: SqlClient,
): Promise<{ pending: number; oldestDueSeconds: number }> {
  const [row] = await db.query<{ pending: number; oldestDueSeconds: number | null }>(
    `select count(*)::int as pending,
            extract(epoch from now() - min(next_attempt_at))::float8 as "oldestDueSeconds"
       from outbox_message
      where status = 'PENDING'`,
  );
  return { pending: row?.pending ?? 0, oldestDueSeconds: Math.max(0, row?.oldestDueSeconds ?? 0) };
}
