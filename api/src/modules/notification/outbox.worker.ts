import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { SqlClient } from '../../db/sql.js';
import {
  claimDueMessages,
  markGivenUp,
  markSending,
  markSent,
  markToRetry,
  recoverInterrupted,
  type ClaimedMessage,
} from './outbox-worker.queries.js';
import { renderMail, type TemplateContext } from './templates.js';
import { MailRefusedError, type MailTransport } from './transport.js';

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
  /** Messages that may have been delivered despite the error: left for an admin. */
  uncertain: number;
  /** Messages found cut short mid-send by a dead worker. */
  interrupted: number;
}

/** Recorded on a message whose send was cut short, for the admins who read the list. */
export const INTERRUPTED_ERROR =
  "Envoi interrompu (arrêt du serveur pendant l'envoi) : peut-être reçu, non renvoyé, pour ne jamais l'envoyer deux fois.";
/** Prefixed to the error of a send that may have been delivered. */
export const UNCERTAIN_PREFIX = 'Peut-être reçu, non renvoyé automatiquement : ';
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
 * 3. hand it to the transport; 4. mark it SENT; or, when the transport certainly did not
 *    deliver it (MailRefusedError), PENDING again with a later attempt, FAILED after the last
 *    one; or, when it may have (a timeout or a lost connection after the data was sent, any
 *    error of unknown phase), UNCERTAIN: never retried, an admin reads it and may resend it.
 * A worker dying between 2 and 4 leaves the message SENDING: nobody knows whether the mail
 * left, so it becomes UNCERTAIN too, unless the transport is idempotent (the .eml file),
 * where it is simply retried, as is any failure of such a transport. The rest of its batch
 * is PENDING under an expired lease and goes to the next worker. So: at most once per message
 * with SMTP, exactly once with files.
 */
export async function runOutboxWorker(
  db: SqlClient,
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
  const result: OutboxRunResult = { sent: 0, retried: 0, failed: 0, uncertain: 0, interrupted: 0 };
  result.interrupted = await recoverInterrupted(
    db,
    transport.idempotent,
    now(),
    sendingTimeoutMs / 1000,
    transport.idempotent ? INTERRUPTED_RETRY : INTERRUPTED_ERROR,
  );

  for (let batch = 0; batch < maxBatches; batch++) {
    const claimed = await claimDueMessages(db, workerId, now(), leaseMs / 1000, batchSize);
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
  db: SqlClient,
  message: ClaimedMessage,
  options: Required<
    Pick<
      OutboxWorkerOptions,
      'transport' | 'from' | 'template' | 'workerId' | 'maxAttempts' | 'backoffBaseMs' | 'now'
    >
  >,
): Promise<'sent' | 'retried' | 'failed' | 'uncertain' | null> {
  const { transport, workerId, now } = options;
  let mail;
  try {
    mail = renderMail(message.kind, message.payload, options.template);
  } catch (error) {
    await markGivenUp(db, message.id, workerId, 'FAILED', now(), errorText(error));
    return 'failed';
  }
  const started = await markSending(db, message.id, workerId, now());
  // Another worker took the message over after this one's lease ran out.
  if (!started) return null;
  try {
    await transport.send({ ...mail, id: message.id, from: options.from, to: message.recipient });
  } catch (error) {
    if (!mayRetry(error, transport)) {
      await markGivenUp(
        db,
        message.id,
        workerId,
        'UNCERTAIN',
        now(),
        UNCERTAIN_PREFIX + errorText(error),
      );
      return 'uncertain';
    }
    if (started.attempts >= options.maxAttempts) {
      await markGivenUp(db, message.id, workerId, 'FAILED', now(), errorText(error));
      return 'failed';
    }
    const next = new Date(now().getTime() + backoffMs(started.attempts, options.backoffBaseMs));
    await markToRetry(db, message.id, workerId, next, errorText(error));
    return 'retried';
  }
  await markSent(db, message.id, workerId, now());
  return 'sent';
}

/**
 * A failed send may be tried again only when it certainly delivered nothing, or when sending
 * twice is harmless (an idempotent transport).
 */
export function mayRetry(error: unknown, transport: Pick<MailTransport, 'idempotent'>): boolean {
  return transport.idempotent || error instanceof MailRefusedError;
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, 1000) || 'Erreur inconnue';
}
