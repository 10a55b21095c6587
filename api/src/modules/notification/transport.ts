import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { RenderedMail } from './templates.js';

export interface OutgoingMail extends RenderedMail {
  /** The outbox message's id: names the .eml file and the Message-ID header. */
  id: string;
  from: string;
  to: string;
}

export interface MailTransport {
  /**
   * Whether sending the same message twice has the effect of sending it once (a file named
   * by the message's id). Only such a transport may retry a message whose send was cut short.
   */
  readonly idempotent: boolean;
  /**
   * Resolves once the message is accepted. Rejects with a MailRefusedError when it certainly
   * was not; any other rejection means it may have been delivered.
   */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** A stable Message-ID: a receiving server may then recognise a duplicate. */
export function messageIdOf(id: string, from: string): string {
  const domain = /@([^>\s]+)/.exec(from)?.[1] ?? 'passculture.local';
  return `<outbox-${id}@${domain}>`;
}

function nodemailerMessage(mail: OutgoingMail) {
  return {
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: messageIdOf(mail.id, mail.from),
    headers: { 'X-Outbox-Id': mail.id },
  };
}

/**
 * A send that certainly did not deliver the message: the server refused it in words (a 4xx/5xx
 * reply), or nothing reached it (connection refused, unknown host, a timeout while connecting).
 * Only such a failure may be retried; any other one may have delivered the message.
 */
export class MailRefusedError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MailRefusedError';
  }
}

/** What nodemailer's SMTP errors carry. */
interface SmtpErrorFacts {
  code?: string;
  originalCode?: string;
  responseCode?: number | false;
  timeoutType?: string;
  command?: string;
}

/** Failures while opening the connection: nothing of the message was written yet. */
const NOTHING_SENT_SYSTEM_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
]);
const SETUP_TIMEOUTS = new Set(['CONNECT_TIMEOUT', 'GREETING_TIMEOUT', 'UPGRADE_TIMEOUT']);
/** Codes nodemailer gives only before the message data is written. */
const BEFORE_DATA_CODES = new Set(['EDNS', 'EAUTH', 'EENVELOPE', 'ETLS', 'EREQUIRETLS']);

/**
 * Whether an SMTP failure certainly left the message undelivered. A reply code from the
 * server is its own refusal (it answered, and did not say 250); codes raised only before the
 * DATA phase, and connections that never opened, sent nothing. Everything else (a socket
 * timeout, a connection lost, an error of unknown origin) may have come after the server took
 * the message: it is not retried.
 */
export function smtpFailureIsRefusal(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const facts = error as Error & SmtpErrorFacts;
  if (typeof facts.responseCode === 'number' && facts.responseCode >= 400) return true;
  if (facts.code && BEFORE_DATA_CODES.has(facts.code)) return true;
  if (facts.code === 'ETIMEDOUT') return SETUP_TIMEOUTS.has(facts.timeoutType ?? '');
  if (facts.code === 'ECONNECTION' || facts.code === 'ESOCKET') {
    return NOTHING_SENT_SYSTEM_CODES.has(facts.originalCode ?? '');
  }
  // Refused before any byte left: an empty or oversized message.
  return facts.code === 'EMESSAGE' && (facts.command === 'API' || facts.command === 'MAIL FROM');
}

/** SMTP through nodemailer (SMTP_URL, e.g. smtps://user:password@smtp.example.org:465). */
export function smtpTransport(
  url: string,
  timeouts: { connectionMs?: number; greetingMs?: number; socketMs?: number } = {},
): MailTransport {
  // The timeouts go beside the url: a second argument would be message defaults, not options.
  const transporter = nodemailer.createTransport({
    url,
    connectionTimeout: timeouts.connectionMs ?? 30_000,
    greetingTimeout: timeouts.greetingMs ?? 30_000,
    socketTimeout: timeouts.socketMs ?? 60_000,
  } as never);
  return {
    idempotent: false,
    async send(mail) {
      try {
        await transporter.sendMail(nodemailerMessage(mail));
      } catch (error) {
        if (!smtpFailureIsRefusal(error)) throw error;
        throw new MailRefusedError(error instanceof Error ? error.message : String(error), {
          cause: error,
        });
      }
    },
    close: () => transporter.close(),
  };
}

/**
 * Without SMTP: each message becomes `<dir>/message-<id>.eml` (RFC 822, readable by any mail
 * client), written under a temporary name then renamed, so a file is whole or absent.
 */
export function fileTransport(dir: string): MailTransport {
  const composer = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'unix',
  });
  let ready: Promise<unknown> | undefined;
  return {
    idempotent: true,
    async send(mail) {
      ready ??= mkdir(dir, { recursive: true });
      await ready;
      const info = (await composer.sendMail(nodemailerMessage(mail))) as { message: Buffer };
      const target = join(dir, emlFileName(mail.id));
      const temporary = `${target}.${process.pid}.tmp`;
      await writeFile(temporary, info.message);
      await rename(temporary, target);
    },
    close: () => composer.close(),
  };
}

export function emlFileName(id: string): string {
  return `message-${id.padStart(8, '0')}.eml`;
}
