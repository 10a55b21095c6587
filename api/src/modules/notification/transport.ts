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
  /** Resolves once the message is accepted; rejects when it was not. */
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

/** SMTP through nodemailer (SMTP_URL, e.g. smtps://user:password@smtp.example.org:465). */
export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport(url, {
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  } as never);
  return {
    idempotent: false,
    async send(mail) {
      await transporter.sendMail(nodemailerMessage(mail));
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
