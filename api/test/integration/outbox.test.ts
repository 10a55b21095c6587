import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelLiveBookings } from '../../src/modules/booking/bulk-cancel.js';
import { runBookingJobs } from '../../src/modules/booking/booking.jobs.js';
import { runNotificationJobs } from '../../src/jobs/notification.jobs.js';
import {
  enqueueActivationApproved,
  enqueueActivationRejected,
  enqueueBookingConfirmed,
  enqueueOfferRejected,
} from '../../src/modules/notification/outbox.queries.js';
import {
  INTERRUPTED_ERROR,
  runOutboxWorker,
} from '../../src/modules/notification/outbox.worker.js';
import {
  emlFileName,
  fileTransport,
  MailRefusedError,
  type MailTransport,
  type OutgoingMail,
} from '../../src/modules/notification/transport.js';
import { Database } from '../../src/db/sql.js';
import { errorCode, startTestServer, type TestServer } from '../support/server.js';
import {
  insertBeneficiary,
  insertBooking,
  insertOfferWithStock,
  insertPro,
  insertUser,
  insertVenue,
  logInAs,
} from '../support/fixtures.js';

const DAY = 86_400_000;
const FROM = 'pass Culture <ne-pas-repondre@passculture.local>';
let api: TestServer;
let venueId: number;
let offererId: number;
let users = 0;

beforeAll(async () => {
  api = await startTestServer();
  ({ venueId, offererId } = await insertVenue(api));
  await api.sql(
    `update venue set booking_email = 'reservations@lieu.test', address = '1 rue de Paris' where id = $1`,
    [venueId],
  );
});
afterAll(async () => {
  await api?.close();
});

interface MessageRow {
  id: string;
  kind: string;
  recipient: string;
  status: string;
  attempts: number;
  payload: Record<string, unknown>;
  last_error: string | null;
  next_attempt_at: string;
}

async function messages(where = 'true', params: unknown[] = []): Promise<MessageRow[]> {
  return api.sql<MessageRow>(
    `select id::text as id, kind, recipient, status, attempts, payload, last_error, next_attempt_at
       from outbox_message where ${where} order by id`,
    params,
  );
}

async function messagesAbout(bookingId: number) {
  return messages(`(payload->>'bookingId')::int = $1`, [bookingId]);
}

async function youngPerson() {
  return insertBeneficiary(api, `outbox${++users}@exemple.fr`);
}

async function bookable(fields: { subcategoryId?: string; priceCents?: number } = {}) {
  return insertOfferWithStock(api, venueId, {
    subcategoryId: fields.subcategoryId ?? 'CARTE_MUSEE',
    priceCents: fields.priceCents ?? 1_500,
    name: 'Musée <du> "Louvre" & co',
  });
}

async function booked(subcategoryId = 'CARTE_MUSEE') {
  const who = await youngPerson();
  const { offerId, stockId } = await bookable({ subcategoryId });
  const id = await insertBooking(api, {
    userId: who.userId,
    depositId: who.depositId,
    offerId,
    stockId,
    amountCents: 1_500,
    capFamily: subcategoryId === 'LIVRE_PAPIER' ? 'PHYSICAL' : null,
  });
  return { id, offerId, stockId, ...who };
}

const BOOK = `mutation($s: ID!, $k: String) { bookOffer(stockId: $s, quantity: 1, idempotencyKey: $k) { id token } }`;

describe('events write their messages in the same transaction', () => {
  it('a booking writes one message to the young person and one to the venue, once per booking', async () => {
    const who = await youngPerson();
    const { stockId } = await bookable();
    const first = await api.gql<{ bookOffer: { id: string; token: string } }>(
      BOOK,
      { s: String(stockId), k: 'outbox-key-1' },
      { token: who.token },
    );
    const id = Number(first.data!.bookOffer.id);
    // The same idempotency key answers with the same booking and writes nothing more.
    await api.gql(BOOK, { s: String(stockId), k: 'outbox-key-1' }, { token: who.token });

    const written = await messagesAbout(id);
    expect(written.map((m) => [m.kind, m.recipient])).toEqual([
      ['BOOKING_CONFIRMED', `outbox${users}@exemple.fr`],
      ['VENUE_NEW_BOOKING', 'reservations@lieu.test'],
    ]);
    expect(written[0]!.payload).toMatchObject({
      token: first.data!.bookOffer.token,
      amountCents: 1_500,
      creditLeftCents: 50_000 - 1_500,
      venueAddress: '1 rue de Paris',
      firstName: 'Prénom',
    });
    // The venue learns nothing of the young person but the booking.
    expect(written[1]!.payload).not.toHaveProperty('firstName');
    expect(written[1]!.payload).not.toHaveProperty('creditLeftCents');
  });

  it('a refused booking writes none, and an outbox write rolls back with its plain-pg transaction', async () => {
    const who = await youngPerson();
    const { stockId } = await bookable({ priceCents: 60_000 });
    const before = (await messages()).length;
    const refused = await api.gql(BOOK, { s: String(stockId) }, { token: who.token });
    expect(errorCode(refused)).toBe('INSUFFICIENT_CREDIT');

    const pool = new Database(api.server.database.url, { max: 1, acquireTimeoutMs: 10_000 });
    const { id } = await booked();
    await expect(
      pool.transaction(async (tx) => {
        await enqueueBookingConfirmed(tx, id);
        const [row] = await tx.query<{ n: string }>(
          `select count(*) as n from outbox_message where (payload->>'bookingId')::int = $1`,
          [id],
        );
        expect(Number(row!.n)).toBe(2);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await pool.end();
    expect(await messagesAbout(id)).toEqual([]);
    expect((await messages()).length).toBe(before);
  });

  it('a venue without a usable booking email gets nothing, and the booking still goes through', async () => {
    const other = await insertVenue(api);
    await api.sql(`update venue set booking_email = 'pas une adresse' where id = $1`, [
      other.venueId,
    ]);
    const who = await youngPerson();
    const { stockId } = await insertOfferWithStock(api, other.venueId, {
      subcategoryId: 'CARTE_MUSEE',
      priceCents: 500,
    });
    const res = await api.gql<{ bookOffer: { id: string } }>(
      BOOK,
      { s: String(stockId) },
      { token: who.token },
    );
    expect(res.errors).toBeUndefined();
    const written = await messagesAbout(Number(res.data!.bookOffer.id));
    expect(written.map((m) => m.kind)).toEqual(['BOOKING_CONFIRMED']);
  });

  it('a pro cancelling writes one message; the young person cancelling writes none', async () => {
    const pro = await insertPro(api, `pro-outbox${++users}@exemple.fr`, offererId);
    const byPro = await booked();
    const byYouth = await booked();
    const CANCEL = 'mutation($id: ID!) { cancelBooking(bookingId: $id) { status } }';
    expect(
      (await api.gql(CANCEL, { id: String(byPro.id) }, { token: pro.token })).errors,
    ).toBeUndefined();
    expect(
      (await api.gql(CANCEL, { id: String(byYouth.id) }, { token: byYouth.token })).errors,
    ).toBeUndefined();

    const written = await messagesAbout(byPro.id);
    expect(written.map((m) => m.kind)).toEqual(['BOOKING_CANCELLED']);
    expect(written[0]!.payload).toMatchObject({
      cancellationReason: 'OFFERER',
      creditLeftCents: 50_000,
    });
    expect(await messagesAbout(byYouth.id)).toEqual([]);
  });

  it('cancelLiveBookings writes one message per cancelled booking, none when its transaction rolls back', async () => {
    const a = await booked();
    const b = await booked();
    await expect(
      api.server.db.transaction(async (tx) => {
        await cancelLiveBookings(tx, { stockIds: [a.stockId, b.stockId] }, 'FRAUD');
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await messagesAbout(a.id)).toEqual([]);

    await api.server.db.transaction((tx) =>
      cancelLiveBookings(tx, { offerIds: [a.offerId, b.offerId] }, 'BACKOFFICE'),
    );
    for (const booking of [a, b]) {
      const written = await messagesAbout(booking.id);
      expect(written.map((m) => [m.kind, m.payload.cancellationReason])).toEqual([
        ['BOOKING_CANCELLED', 'BACKOFFICE'],
      ]);
    }
  });

  it('expiry writes one message per expired booking', async () => {
    const book = await booked('LIVRE_PAPIER');
    await api.sql('update booking set booked_at = $1 where id = $2', [
      new Date(Date.now() - 11 * DAY),
      book.id,
    ]);
    await runBookingJobs(api.server.db);
    await runBookingJobs(api.server.db);
    const written = await messagesAbout(book.id);
    expect(written.map((m) => [m.kind, m.payload.cancellationReason])).toEqual([
      ['BOOKING_CANCELLED', 'EXPIRED'],
    ]);
  });

  it('reminds 7 then 5 days before expiry, each once, and not those who turned reminders off', async () => {
    const book = await booked('LIVRE_PAPIER');
    const quiet = await booked('LIVRE_PAPIER');
    const bookedAt = new Date(Date.now() - 3.5 * DAY);
    await api.sql('update booking set booked_at = $1 where id in ($2, $3)', [
      bookedAt,
      book.id,
      quiet.id,
    ]);
    const off = await api.gql(
      'mutation { updateEmailPreferences(nonEssential: false) { nonEssential } }',
      {},
      { token: quiet.token },
    );
    expect(off.data).toEqual({ updateEmailPreferences: { nonEssential: false } });

    const now = new Date();
    await runNotificationJobs(api.server.db, now);
    await runNotificationJobs(api.server.db, new Date(now.getTime() + DAY));
    expect((await messagesAbout(book.id)).map((m) => m.payload.reminderDays)).toEqual([7]);
    await runNotificationJobs(api.server.db, new Date(now.getTime() + 2 * DAY));
    await runNotificationJobs(api.server.db, new Date(now.getTime() + 3 * DAY));
    const reminders = await messagesAbout(book.id);
    expect(reminders.map((m) => [m.kind, m.payload.reminderDays])).toEqual([
      ['EXPIRY_REMINDER', 7],
      ['EXPIRY_REMINDER', 5],
    ]);
    expect(await messagesAbout(quiet.id)).toEqual([]);
  });

  it('sends the daily summary once a day to the pros who asked for it', async () => {
    const venue = await insertVenue(api);
    const askedEmail = `pro-summary${++users}@exemple.fr`;
    const asked = await insertPro(api, askedEmail, venue.offererId);
    await insertPro(api, `pro-nosummary${++users}@exemple.fr`, venue.offererId);
    const on = await api.gql(
      'mutation { updateEmailPreferences(dailyBookingSummary: true) { dailyBookingSummary nonEssential } }',
      {},
      { token: asked.token },
    );
    expect(on.data).toEqual({
      updateEmailPreferences: { dailyBookingSummary: true, nonEssential: true },
    });
    const who = await youngPerson();
    const { offerId, stockId } = await insertOfferWithStock(api, venue.venueId, {
      subcategoryId: 'CARTE_MUSEE',
      priceCents: 1_000,
      name: 'Visite guidée',
    });
    const id = await insertBooking(api, {
      userId: who.userId,
      depositId: who.depositId,
      offerId,
      stockId,
      amountCents: 1_000,
      quantity: 2,
    });
    // Booked at 10:00 Paris on 2026-11-24; the job runs the next morning, twice.
    await api.sql('update booking set booked_at = $1 where id = $2', [
      new Date('2026-11-24T09:00:00Z'),
      id,
    ]);
    const morning = new Date('2026-11-25T06:00:00Z');
    await runNotificationJobs(api.server.db, morning);
    await runNotificationJobs(api.server.db, new Date(morning.getTime() + 3_600_000));

    const summaries = await messages(`kind = 'PRO_DAILY_SUMMARY'`);
    expect(summaries.map((m) => m.recipient)).toEqual([askedEmail]);
    expect(summaries[0]!.payload).toMatchObject({
      day: '2026-11-24',
      bookingCount: 1,
      placeCount: 2,
      offers: [{ offerName: 'Visite guidée', bookings: 1, places: 2 }],
    });
  });

  it('writes the activation and moderation messages the lead wires at merge', async () => {
    const who = await youngPerson();
    const pro = await insertPro(api, `pro-moderation${++users}@exemple.fr`, offererId);
    const { offerId } = await bookable();
    await api.server.db.transaction(async (tx) => {
      await enqueueActivationApproved(tx, who.userId);
      await enqueueActivationRejected(tx, who.userId, 'Justificatif illisible');
      await enqueueOfferRejected(tx, offerId, 3, 'Offre hors du champ culturel');
    });
    const written = await messages(
      `kind in ('ACTIVATION_APPROVED', 'ACTIVATION_REJECTED', 'OFFER_REJECTED') and user_id in ($1, $2)`,
      [who.userId, pro.userId],
    );
    expect(written.map((m) => m.kind)).toEqual([
      'ACTIVATION_APPROVED',
      'ACTIVATION_REJECTED',
      'OFFER_REJECTED',
    ]);
    expect(written[0]!.payload).toMatchObject({ creditCents: 50_000 });
    expect(written[1]!.payload).toMatchObject({ reason: 'Justificatif illisible' });
    expect(written[2]!.payload).toMatchObject({
      cancelledBookings: 3,
      reason: 'Offre hors du champ culturel',
    });
  });
});

describe('retention', () => {
  it('deletes sent messages after 30 days and failed ones after 90, nothing else', async () => {
    const ids = await freshQueue(4);
    const day = (n: number) => new Date(Date.now() - n * DAY);
    await api.sql(`update outbox_message set status = 'SENT', sent_at = $1 where id = $2`, [
      day(31),
      ids[0],
    ]);
    await api.sql(`update outbox_message set status = 'SENT', sent_at = $1 where id = $2`, [
      day(29),
      ids[1],
    ]);
    await api.sql(
      `update outbox_message set status = 'FAILED', failed_at = $1, last_error = 'x' where id = $2`,
      [day(60), ids[2]],
    );
    await api.sql(`update outbox_message set created_at = $1 where id = $2`, [day(200), ids[3]]);
    const result = await runNotificationJobs(api.server.db);
    expect(result?.purged).toBeGreaterThanOrEqual(1);
    const left = await messages(`id = any($1::bigint[])`, [ids]);
    expect(left.map((m) => m.id)).toEqual(ids.slice(1));
  });
});

describe('email preferences', () => {
  it('default to non-essential on and no summary, are private, and refuse a summary to a young person', async () => {
    const who = await youngPerson();
    const me = await api.gql(
      '{ me { emailPreferences { nonEssential dailyBookingSummary } } }',
      {},
      { token: who.token },
    );
    expect(me.data).toEqual({
      me: { emailPreferences: { nonEssential: true, dailyBookingSummary: false } },
    });
    const refused = await api.gql(
      'mutation { updateEmailPreferences(dailyBookingSummary: true) { dailyBookingSummary } }',
      {},
      { token: who.token },
    );
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    const anonymous = await api.gql(
      'mutation { updateEmailPreferences(nonEssential: false) { nonEssential } }',
    );
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
  });
});

/** A transport that records what it was given; optionally fails or dies. */
function recordingTransport(
  behaviour: (mail: OutgoingMail, n: number) => Promise<void> = async () => undefined,
) {
  const sent: string[] = [];
  const transport: MailTransport = {
    idempotent: false,
    async send(mail) {
      sent.push(mail.id);
      await behaviour(mail, sent.length);
    },
    close: () => undefined,
  };
  return { transport, sent };
}

async function freshQueue(count: number): Promise<string[]> {
  // Park what earlier tests wrote, then queue `count` messages of our own.
  await api.sql(
    `update outbox_message set status = 'SENT', sent_at = now() where status <> 'SENT'`,
  );
  const who = await youngPerson();
  const rows = await api.sql<{ id: string }>(
    `insert into outbox_message (kind, recipient, user_id, payload)
     select 'ACTIVATION_REJECTED', $1, $2, jsonb_build_object('firstName', 'Léa ' || n)
       from generate_series(1, $3) n returning id::text as id`,
    [`outbox${users}@exemple.fr`, who.userId, count],
  );
  return rows.map((r) => r.id);
}

describe('the worker', () => {
  it('sends each message once across two concurrent workers', async () => {
    const ids = await freshQueue(40);
    const { transport, sent } = recordingTransport(
      () => new Promise((resolve) => setTimeout(resolve, 2)),
    );
    const options = { transport, from: FROM, batchSize: 5, maxBatches: 100 };
    const [a, b] = await Promise.all([
      runOutboxWorker(api.server.db, { ...options, workerId: 'worker-a' }),
      runOutboxWorker(api.server.db, { ...options, workerId: 'worker-b' }),
    ]);
    expect(a.sent + b.sent).toBe(40);
    expect(a.sent).toBeGreaterThan(0);
    expect(b.sent).toBeGreaterThan(0);
    expect([...sent].sort()).toEqual([...ids].sort());
    const statuses = await messages(`id = any($1::bigint[])`, [ids]);
    expect(statuses.every((m) => m.status === 'SENT' && m.attempts === 1)).toBe(true);
  });

  it('never sends a message twice after a crash mid-batch; the rest of the batch goes once', async () => {
    const ids = await freshQueue(5);
    const t0 = new Date(Date.now() + 1); // due at t0 (see the backoff test)
    // The first worker sends two messages, then dies while the third is in flight.
    const dying = recordingTransport((_mail, n) =>
      n === 3 ? new Promise(() => undefined) : Promise.resolve(),
    );
    void runOutboxWorker(api.server.db, {
      transport: dying.transport,
      from: FROM,
      workerId: 'dying',
      batchSize: 10,
      now: () => t0,
    });
    await expect.poll(() => dying.sent.length).toBe(3);

    // Before its lease ends, nobody else takes its messages.
    const early = recordingTransport();
    await runOutboxWorker(api.server.db, {
      transport: early.transport,
      from: FROM,
      workerId: 'early',
      now: () => new Date(t0.getTime() + 60_000),
    });
    expect(early.sent).toEqual([]);

    const later = new Date(t0.getTime() + 20 * 60_000);
    const next = recordingTransport();
    const result = await runOutboxWorker(api.server.db, {
      transport: next.transport,
      from: FROM,
      workerId: 'next',
      now: () => later,
    });
    expect(result).toMatchObject({ sent: 2, interrupted: 1 });
    expect(next.sent).toEqual(ids.slice(3));
    // Across both workers: each message handed to a transport exactly once.
    expect([...dying.sent, ...next.sent]).toEqual(ids);
    const rows = await messages(`id = any($1::bigint[])`, [ids]);
    expect(rows.map((m) => m.status)).toEqual(['SENT', 'SENT', 'UNCERTAIN', 'SENT', 'SENT']);
    expect(rows[2]!.last_error).toBe(INTERRUPTED_ERROR);
  });

  it('retries a failing transport with exponential backoff, then marks the message failed', async () => {
    const [id] = await freshQueue(1);
    const failing = recordingTransport(() =>
      Promise.reject(new MailRefusedError('550 boîte inconnue')),
    );
    // The database stamps microseconds, JavaScript milliseconds: one more millisecond makes
    // sure the message, queued a moment ago, is due at t0.
    const t0 = new Date(Date.now() + 1);
    const base = 60_000;
    const run = (at: number) =>
      runOutboxWorker(api.server.db, {
        transport: failing.transport,
        from: FROM,
        maxAttempts: 3,
        backoffBaseMs: base,
        now: () => new Date(t0.getTime() + at),
      });
    expect(await run(0)).toMatchObject({ retried: 1 });
    let [row] = await messages('id = $1', [id]);
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1, last_error: '550 boîte inconnue' });
    expect(new Date(row!.next_attempt_at).getTime()).toBe(t0.getTime() + base);

    expect(await run(base - 1)).toMatchObject({ sent: 0, retried: 0, failed: 0 });
    expect(await run(base)).toMatchObject({ retried: 1 });
    [row] = await messages('id = $1', [id]);
    expect(new Date(row!.next_attempt_at).getTime()).toBe(t0.getTime() + base + 2 * base);

    expect(await run(3 * base)).toMatchObject({ failed: 1 });
    [row] = await messages('id = $1', [id]);
    expect(row).toMatchObject({ status: 'FAILED', attempts: 3, last_error: '550 boîte inconnue' });
    expect(failing.sent).toEqual([id, id, id]);
    expect(await run(10 * base)).toMatchObject({ sent: 0, retried: 0, failed: 0 });
  });

  it('writes .eml files without SMTP, and admins (only) list the messages with their status', async () => {
    const [id] = await freshQueue(1);
    const dir = await mkdtemp(join(tmpdir(), 'pc-mail-'));
    try {
      const result = await runOutboxWorker(api.server.db, {
        transport: fileTransport(dir),
        from: FROM,
      });
      expect(result.sent).toBe(1);
      expect(await readdir(dir)).toEqual([emlFileName(id!)]);
      const eml = await readFile(join(dir, emlFileName(id!)), 'utf8');
      expect(eml).toMatch(/^Subject: /m);
      expect(eml).toMatch(/Message-ID: <outbox-\d+@passculture\.local>/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }

    await insertUser(api, { email: `admin-outbox${++users}@exemple.fr`, roles: ['ADMIN'] });
    const admin = await logInAs(api, `admin-outbox${users}@exemple.fr`);
    const LIST =
      '{ outboxMessages(first: 3) { id kind recipient status attempts subject text sentAt lastError } }';
    const listed = await api.gql<{
      outboxMessages: { id: string; status: string; subject: string; text: string }[];
    }>(LIST, {}, { token: admin });
    expect(listed.data!.outboxMessages[0]).toMatchObject({
      id,
      status: 'SENT',
      subject: "Ta demande de crédit pass Culture n'a pas été acceptée",
    });
    expect(listed.data!.outboxMessages[0]!.text).toContain('Bonjour Léa 1,');
    const who = await youngPerson();
    expect(errorCode(await api.gql(LIST, {}, { token: who.token }))).toBe('FORBIDDEN');
  });
});
