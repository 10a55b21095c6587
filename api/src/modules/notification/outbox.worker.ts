import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { MailKind } from './outbox.entity.js';
import { runSql, type OutboxTx } from './outbox.sql.js';
import { renderMail, type TemplateContext } from './templates.js';
import type { MailTransport } from './transport.js';

export interface OutboxWorkerOptions {
  transport: MailTransport;
  from: string;
  template?: TemplateContext;
  /** Names this worker in the claims; unique per process by default. */
  workerId?: string;
  batchSize?: number;
  /** Attempts before a message is marked FAILED. */
  maxAttempts?: number;
  /** Delay before the 2nd attempt; it doubles at each further attempt. */
  backoffBaseMs?: number;
  /** How long a claim holds: a batch left by a dead worker goes to another after it. */
  leaseMs?: number;
  /** A message SENDING for longer than this was cut short (its worker died mid-send). */
  sendingTimeoutMs?: number;
  /** Stops after this many batches in one run (the scheduler calls again later). */
  maxBatches?: number;
  now?: () => Date;
}

export interface OutboxRunResult {
  sent: number;
  retried: number;
  failed: number;
  /** Messages found cut short mid-send by a dead worker. */
  interrupted: number;
}

interface ClaimedMessage {
  id: string;
  kind: MailKind;
  recipient: string;
  payload: Record<string, unknown>;
}

/** Recorded on a message whose send was cut short, for the admins who read the list. */
export const INTERRUPTED_ERROR =
  "Envoi interrompu (arrêt du serveur pendant l'envoi) : non renvoyé, pour ne jamais l'envoyer deux fois.";
const INTERRUPTED_RETRY =
  "Envoi interrompu (arrêt du serveur pendant l'envoi) : nouvelle tentative.";

const DEFAULT_WORKER_ID = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/** The delay before attempt `attempts + 1`: base, 2 × base, 4 × base... */
export function backoffMs(attempts: number, baseMs: number): number {
  return baseMs * 2 ** Math.max(0, attempts - 1);
}

/**
 * Sends what the outbox holds. Protocol, with each step its own committed statement:
 * 1. claim a batch of due PENDING messages under a lease (`for update skip locked`: several
 *    api instances share the queue, none takes a message another holds);
 * 2. per message, mark it SENDING (attempts + 1) only if this worker still holds the claim;
 * 3. hand it to the transport; 4. mark it SENT, or PENDING again with a later attempt, or
 *    FAILED after the last attempt, recording the error.
 * A worker dying between 2 and 4 leaves the message SENDING: nobody knows whether the mail
 * left, so it is never sent again (FAILED, for a person to look at) unless the transport is
 * idempotent (the .eml file), where it is simply retried. The rest of its batch is PENDING
 * under an expired lease and goes to the next worker. So: at most once per message with SMTP,
 * exactly once with files.
 */
export async function runOutboxWorker(
  db: OutboxTx,
  options: OutboxWorkerOptions,
): Promise<OutboxRunResult> {
  const {
    transport,
    from,
    template = {},
    workerId = DEFAULT_WORKER_ID,
    batchSize = 20,
    maxAttempts = 5,
    backoffBaseMs = 60_000,
    leaseMs = 5 * 60_000,
    sendingTimeoutMs = 15 * 60_000,
    maxBatches = 10,
    now = () => new Date(),
  } = options;
  const result: OutboxRunResult = { sent: 0, retried: 0, failed: 0, interrupted: 0 };
  result.interrupted = await recoverInterrupted(db, transport.idempotent, now(), sendingTimeoutMs);

  for (let batch = 0; batch < maxBatches; batch++) {
    const claimedAt = now();
    const claimed = await runSql<ClaimedMessage>(
      db,
      `update outbox_message m set claimed_by = $1, claimed_at = $2
        where m.id in (
          select id from outbox_message
           where status = 'PENDING' and next_attempt_at <= $2
             and (claimed_at is null or claimed_at <= $2::timestamptz - make_interval(secs => $3::double precision))
           order by next_attempt_at, id
           limit $4
             for update skip locked)
        returning m.id::text as id, m.kind, m.recipient, m.payload`,
      [workerId, claimedAt, leaseMs / 1000, batchSize],
    );
    if (claimed.length === 0) break;
    claimed.sort((a, b) => Number(a.id) - Number(b.id));
    for (const message of claimed) {
      const outcome = await sendOne(db, message, {
        transport,
        from,
        template,
        workerId,
        maxAttempts,
        backoffBaseMs,
        now,
      });
      if (outcome) result[outcome]++;
    }
    if (claimed.length < batchSize) break;
  }
  return result;
}

async function sendOne(
  db: OutboxTx,
  message: ClaimedMessage,
  options: Required<
    Pick<
      OutboxWorkerOptions,
      'transport' | 'from' | 'template' | 'workerId' | 'maxAttempts' | 'backoffBaseMs' | 'now'
    >
  >,
): Promise<'sent' | 'retried' | 'failed' | null> {
  const { transport, workerId, now } = options;
  let mail;
  try {
    mail = renderMail(message.kind, message.payload, options.template);
  } catch (error) {
    await markFailed(db, message.id, workerId, now(), errorText(error));
    return 'failed';
  }
  const [started] = await runSql<{ attempts: number }>(
    db,
    `update outbox_message set status = 'SENDING', sending_at = $3, attempts = attempts + 1
      where id = $1 and claimed_by = $2 and status = 'PENDING'
      returning attempts`,
    [message.id, workerId, now()],
  );
  // Another worker took the message over after this one's lease ran out.
  if (!started) return null;
  try {
    await transport.send({ ...mail, id: message.id, from: options.from, to: message.recipient });
  } catch (error) {
    if (started.attempts >= options.maxAttempts) {
      await markFailed(db, message.id, workerId, now(), errorText(error));
      return 'failed';
    }
    const next = new Date(now().getTime() + backoffMs(started.attempts, options.backoffBaseMs));
    await runSql(
      db,
      `update outbox_message
          set status = 'PENDING', next_attempt_at = $3, last_error = $4,
              claimed_by = null, claimed_at = null, sending_at = null
        where id = $1 and claimed_by = $2`,
      [message.id, workerId, next, errorText(error)],
    );
    return 'retried';
  }
  await runSql(
    db,
    `update outbox_message set status = 'SENT', sent_at = $3, failed_at = null, last_error = null
      where id = $1 and claimed_by = $2`,
    [message.id, workerId, now()],
  );
  return 'sent';
}

async function markFailed(
  db: OutboxTx,
  id: string,
  workerId: string,
  at: Date,
  error: string,
): Promise<void> {
  await runSql(
    db,
    `update outbox_message set status = 'FAILED', failed_at = $3, last_error = $4
      where id = $1 and claimed_by = $2`,
    [id, workerId, at, error],
  );
}

/** Messages left SENDING by a dead worker: FAILED (unknown fate), or retried if idempotent. */
async function recoverInterrupted(
  db: OutboxTx,
  idempotent: boolean,
  at: Date,
  sendingTimeoutMs: number,
): Promise<number> {
  const rows = await runSql<{ id: string }>(
    db,
    idempotent
      ? `update outbox_message
            set status = 'PENDING', claimed_by = null, claimed_at = null, sending_at = null,
                last_error = $3
          where status = 'SENDING' and sending_at <= $1::timestamptz - make_interval(secs => $2::double precision)
          returning id::text as id`
      : `update outbox_message set status = 'FAILED', failed_at = $1, last_error = $3
          where status = 'SENDING' and sending_at <= $1::timestamptz - make_interval(secs => $2::double precision)
          returning id::text as id`,
    [at, sendingTimeoutMs / 1000, idempotent ? INTERRUPTED_RETRY : INTERRUPTED_ERROR],
  );
  return rows.length;
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, 1000) || 'Erreur inconnue';
}
