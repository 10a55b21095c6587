import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOutboxWorker } from '../../src/modules/notification/outbox.worker.js';
import { smtpTransport, type MailTransport } from '../../src/modules/notification/transport.js';
import { errorCode, startTestServer, type TestServer } from '../support/server.js';
import { insertUser, logInAs } from '../support/fixtures.js';

/**
 * At most once: an SMTP failure after which the server may have the message is never retried
 * (UNCERTAIN, left for an admin); a failure that certainly delivered nothing is retried.
 * Each case against a real SMTP conversation on a local socket.
 */

const FROM = 'pass Culture <ne-pas-repondre@passculture.local>';
let api: TestServer;
let adminToken: string;
let people = 0;

beforeAll(async () => {
  api = await startTestServer();
  await insertUser(api, { email: 'admin-courriels@exemple.fr', roles: ['ADMIN'] });
  adminToken = await logInAs(api, 'admin-courriels@exemple.fr');
});
afterAll(async () => {
  await api?.close();
});

/** Parks earlier messages, then queues one of our own; its id. */
async function queueOne(): Promise<string> {
  await api.sql(
    `update outbox_message set status = 'SENT', sent_at = now() where status not in ('SENT')`,
  );
  const [row] = await api.sql<{ id: string }>(
    `insert into outbox_message (kind, recipient, payload)
     values ('ACTIVATION_REJECTED', $1, jsonb_build_object('firstName', 'Léa'))
     returning id::text as id`,
    [`lea${++people}@exemple.fr`],
  );
  return row!.id;
}

async function message(id: string) {
  const [row] = await api.sql<{
    status: string;
    attempts: number;
    last_error: string | null;
    failed_at: Date | null;
  }>('select status, attempts, last_error, failed_at from outbox_message where id = $1', [id]);
  return row!;
}

/**
 * Runs the worker once with this transport, the clock at `at` ms from now (by default a
 * second ahead: PostgreSQL's now() has microseconds, a JS Date only milliseconds, so a
 * message queued this very millisecond could look due a fraction of it later).
 */
async function work(transport: MailTransport, at = 1_000) {
  const now = new Date(Date.now() + at);
  try {
    return await runOutboxWorker(api.server.db, { transport, from: FROM, now: () => now });
  } finally {
    transport.close();
  }
}

/**
 * A hand-written SMTP server that follows the conversation up to the end of the message data,
 * then does what `afterData` says: never answer, drop the connection, or refuse in words.
 * `onGreeting: 'silence'` never greets at all. Counts the messages whose data it received.
 */
async function scriptedSmtp(
  behaviour: { afterData?: 'silence' | 'close' | 'refuse'; onGreeting?: 'silence' } = {},
): Promise<{ url: string; dataReceived: () => number; close: () => Promise<void> }> {
  let received = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    if (behaviour.onGreeting === 'silence') return;
    socket.write('220 test ESMTP\r\n');
    let buffer = '';
    let inData = false;
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('latin1');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          buffer = buffer.slice(end + 5);
          inData = false;
          received++;
          if (behaviour.afterData === 'close') socket.destroy();
          else if (behaviour.afterData === 'refuse') socket.write('554 5.6.0 message refused\r\n');
          else if (behaviour.afterData !== 'silence') socket.write('250 2.0.0 queued\r\n');
          continue;
        }
        const line = buffer.indexOf('\r\n');
        if (line < 0) return;
        const command = buffer.slice(0, line).toUpperCase();
        buffer = buffer.slice(line + 2);
        if (command.startsWith('EHLO') || command.startsWith('HELO')) socket.write('250 test\r\n');
        else if (command.startsWith('DATA')) {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (command.startsWith('QUIT')) socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${(server.address() as AddressInfo).port}`,
    dataReceived: () => received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A real SMTP server (smtp-server) that refuses in words at one step of the envelope. */
async function refusingSmtp(step: 'MAIL FROM' | 'RCPT TO', code: number) {
  let dataReceived = 0;
  const refuse = (callback: (error?: Error) => void) =>
    callback(Object.assign(new Error(`${code} non merci`), { responseCode: code }));
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onMailFrom: (_address, _session, callback) =>
      step === 'MAIL FROM' ? refuse(callback) : callback(),
    onRcptTo: (_address, _session, callback) =>
      step === 'RCPT TO' ? refuse(callback) : callback(),
    onData(stream, _session, callback) {
      stream.resume();
      stream.on('end', () => {
        dataReceived++;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    dataReceived: () => dataReceived,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// As in production, the greeting times out before the socket does.
const FAST = { connectionMs: 1_000, greetingMs: 500, socketMs: 1_500 };

describe('failures that may have delivered the message are not retried', () => {
  it('a server silent after the message data: UNCERTAIN, never sent again', async () => {
    const smtp = await scriptedSmtp({ afterData: 'silence' });
    try {
      const id = await queueOne();
      expect(await work(smtpTransport(smtp.url, FAST))).toMatchObject({ uncertain: 1, retried: 0 });
      const row = await message(id);
      expect(row).toMatchObject({ status: 'UNCERTAIN', attempts: 1 });
      expect(row.failed_at).not.toBeNull();
      expect(row.last_error).toMatch(/Peut-être reçu/);
      // Hours later, the worker still leaves it alone.
      expect(await work(smtpTransport(smtp.url, FAST), 6 * 3_600_000)).toMatchObject({
        sent: 0,
        retried: 0,
        uncertain: 0,
      });
      expect(smtp.dataReceived()).toBe(1);
    } finally {
      await smtp.close();
    }
  });

  it('a connection lost after the message data: UNCERTAIN, never sent again', async () => {
    const smtp = await scriptedSmtp({ afterData: 'close' });
    try {
      const id = await queueOne();
      expect(await work(smtpTransport(smtp.url, FAST))).toMatchObject({ uncertain: 1 });
      expect(await message(id)).toMatchObject({ status: 'UNCERTAIN', attempts: 1 });
      await work(smtpTransport(smtp.url, FAST), 6 * 3_600_000);
      expect(smtp.dataReceived()).toBe(1);
    } finally {
      await smtp.close();
    }
  });

  it('any error of unknown phase from a transport is UNCERTAIN', async () => {
    const id = await queueOne();
    const transport: MailTransport = {
      idempotent: false,
      send: () => Promise.reject(new Error('quelque chose a cassé')),
      close: () => undefined,
    };
    expect(await work(transport)).toMatchObject({ uncertain: 1 });
    expect(await message(id)).toMatchObject({ status: 'UNCERTAIN' });
  });
});

describe('failures that certainly delivered nothing are retried (1, 2, 4, 8 min, then FAILED)', () => {
  it('connection refused', async () => {
    const smtp = await scriptedSmtp();
    const url = smtp.url;
    await smtp.close(); // nothing listens on that port any more
    const id = await queueOne();
    expect(await work(smtpTransport(url, FAST))).toMatchObject({ retried: 1, uncertain: 0 });
    expect(await message(id)).toMatchObject({ status: 'PENDING', attempts: 1 });
  });

  it('a server that never greets (timeout before anything was sent)', async () => {
    const smtp = await scriptedSmtp({ onGreeting: 'silence' });
    try {
      const id = await queueOne();
      expect(await work(smtpTransport(smtp.url, FAST))).toMatchObject({ retried: 1 });
      expect(await message(id)).toMatchObject({ status: 'PENDING', attempts: 1 });
    } finally {
      await smtp.close();
    }
  });

  it('a 4xx reply to MAIL FROM, then a 5xx to RCPT TO, until FAILED; nothing was delivered', async () => {
    const busy = await refusingSmtp('MAIL FROM', 451);
    const unknown = await refusingSmtp('RCPT TO', 550);
    try {
      const id = await queueOne();
      expect(await work(smtpTransport(busy.url, FAST))).toMatchObject({ retried: 1 });
      expect(await message(id)).toMatchObject({ status: 'PENDING', attempts: 1 });
      // Due again after 1, 2, 4, 8 minutes (counted from each attempt); FAILED at the 5th.
      let at = 0;
      for (const [minutes, attempts] of [
        [1, 2],
        [2, 3],
        [4, 4],
      ] as const) {
        at += minutes * 60_000;
        expect(await work(smtpTransport(unknown.url, FAST), at - 1_000)).toMatchObject({
          retried: 0,
        });
        expect(await work(smtpTransport(unknown.url, FAST), at + 1_000)).toMatchObject({
          retried: 1,
        });
        expect(await message(id)).toMatchObject({ status: 'PENDING', attempts });
        at += 1_000;
      }
      at += 8 * 60_000;
      expect(await work(smtpTransport(unknown.url, FAST), at + 1_000)).toMatchObject({
        failed: 1,
      });
      const row = await message(id);
      expect(row).toMatchObject({ status: 'FAILED', attempts: 5 });
      expect(row.last_error).toMatch(/550/);
      expect(busy.dataReceived() + unknown.dataReceived()).toBe(0);
    } finally {
      await busy.close();
      await unknown.close();
    }
  });

  it('a refusal in words after the message data (5xx): the server did not take it', async () => {
    const smtp = await scriptedSmtp({ afterData: 'refuse' });
    try {
      const id = await queueOne();
      expect(await work(smtpTransport(smtp.url, FAST))).toMatchObject({ retried: 1 });
      expect(await message(id)).toMatchObject({ status: 'PENDING', attempts: 1 });
    } finally {
      await smtp.close();
    }
  });
});

const LIST = `query($s: OutboxStatus) { outboxMessages(status: $s, first: 50) { id status lastError failedAt } }`;
const RESEND = `mutation($id: ID!) { resendOutboxMessage(id: $id) { id status attempts } }`;

describe('admins see uncertain emails and resend them by hand', () => {
  it('lists it as UNCERTAIN, resends it once (audited) however many clicks, and it is then sent', async () => {
    const silent = await scriptedSmtp({ afterData: 'silence' });
    const id = await queueOne();
    try {
      await work(smtpTransport(silent.url, FAST));
    } finally {
      await silent.close();
    }
    const listed = await api.gql<{
      outboxMessages: { id: string; status: string; lastError: string; failedAt: string }[];
    }>(LIST, { s: 'UNCERTAIN' }, { token: adminToken });
    const entry = listed.data!.outboxMessages.find((m) => m.id === id);
    expect(entry).toMatchObject({ status: 'UNCERTAIN' });
    expect(entry!.lastError).toMatch(/Peut-être reçu/);
    expect(entry!.failedAt).not.toBeNull();

    // Ten admins' clicks at once: one requeues it, the others are told it is no longer due.
    const clicks = await Promise.all(
      Array.from({ length: 10 }, () =>
        api.gql<{ resendOutboxMessage: { id: string; status: string; attempts: number } }>(
          RESEND,
          { id },
          { token: adminToken },
        ),
      ),
    );
    const ok = clicks.filter((c) => !c.errors);
    expect(ok).toHaveLength(1);
    expect(ok[0]!.data!.resendOutboxMessage).toEqual({ id, status: 'PENDING', attempts: 0 });
    expect(clicks.filter((c) => errorCode(c) === 'BAD_USER_INPUT')).toHaveLength(9);
    const audit = await api.sql<{ action: string; target_type: string; details: object }>(
      `select action, target_type, details from audit_log where target_id = $1`,
      [id],
    );
    expect(audit).toEqual([
      expect.objectContaining({ action: 'EMAIL_RESENT', target_type: 'OUTBOX_MESSAGE' }),
    ]);

    const good = await scriptedSmtp();
    try {
      expect(await work(smtpTransport(good.url, FAST))).toMatchObject({ sent: 1 });
      expect(good.dataReceived()).toBe(1);
    } finally {
      await good.close();
    }
    expect(await message(id)).toMatchObject({ status: 'SENT', attempts: 1 });
    // Sent: not resendable.
    expect(errorCode(await api.gql(RESEND, { id }, { token: adminToken }))).toBe('BAD_USER_INPUT');
  });

  it('gives nothing to anyone but admins, and nothing for unknown ids', async () => {
    const id = await queueOne();
    await api.sql(
      `update outbox_message set status = 'UNCERTAIN', failed_at = now(), last_error = 'x' where id = $1`,
      [id],
    );
    await insertUser(api, { email: 'pas-admin@exemple.fr', roles: ['PRO'] });
    const pro = await logInAs(api, 'pas-admin@exemple.fr');
    for (const token of [pro, undefined]) {
      const resend = await api.gql(RESEND, { id }, { token });
      expect(resend.data ?? null).toBeNull();
      expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(errorCode(resend));
      const list = await api.gql(LIST, { s: 'UNCERTAIN' }, { token });
      expect(list.data ?? null).toBeNull();
    }
    expect(await message(id)).toMatchObject({ status: 'UNCERTAIN' });
    expect(errorCode(await api.gql(RESEND, { id: '999999999' }, { token: adminToken }))).toBe(
      'NOT_FOUND',
    );
  });
});
