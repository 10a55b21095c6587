import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpTransport } from '../../src/modules/notification/transport.js';
import { startTestServer } from '../support/server.js';
import { insertBeneficiary, insertOfferWithStock, insertVenue } from '../support/fixtures.js';

/** A local SMTP server that keeps what it receives, and refuses one recipient. */
const received: { to: string[]; raw: string }[] = [];
let server: SMTPServer;
let url: string;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address === 'inconnu@exemple.fr') {
        const error = Object.assign(new Error('550 boîte inconnue'), { responseCode: 550 });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const mail = {
  id: '42',
  from: 'pass Culture <ne-pas-repondre@passculture.local>',
  subject: 'Ta réservation pour « Le Petit Prince » est confirmée',
  text: 'Bonjour Léa,\n\nCode de réservation : ABC234\n',
  html: '<p>Bonjour Léa,</p>',
};

describe('the SMTP transport (nodemailer)', () => {
  it('hands the message to the server, with a stable Message-ID', async () => {
    const transport = smtpTransport(url);
    await transport.send({ ...mail, to: 'lea@exemple.fr' });
    transport.close();
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(['lea@exemple.fr']);
    expect(received[0]!.raw).toMatch(/^Message-ID: <outbox-42@passculture\.local>/m);
    expect(received[0]!.raw).toMatch(/^Subject: =\?UTF-8\?/m);
    expect(received[0]!.raw).toContain('multipart/alternative');
  });

  it('rejects when the server refuses, so the worker can retry', async () => {
    const transport = smtpTransport(url);
    await expect(transport.send({ ...mail, to: 'inconnu@exemple.fr' })).rejects.toThrow(/550/);
    transport.close();
  });
});

describe('the running api', () => {
  it('sends a booking email through SMTP_URL from its scheduler', async () => {
    const api = await startTestServer({
      SMTP_URL: url,
      JOBS_INTERVAL_SECONDS: '3600',
      OUTBOX_INTERVAL_SECONDS: '1',
      PUBLIC_URL: 'https://pass.exemple.fr',
    });
    try {
      const { venueId } = await insertVenue(api);
      const { stockId } = await insertOfferWithStock(api, venueId, {
        subcategoryId: 'CARTE_MUSEE',
        priceCents: 1_000,
      });
      const who = await insertBeneficiary(api, 'smtp@exemple.fr');
      const booked = await api.gql<{ bookOffer: { id: string; token: string } }>(
        'mutation($s: ID!) { bookOffer(stockId: $s) { id token } }',
        { s: String(stockId) },
        { token: who.token },
      );
      const { id, token } = booked.data!.bookOffer;
      await expect
        .poll(() => received.find((message) => message.to.includes('smtp@exemple.fr')), {
          timeout: 15_000,
        })
        .toBeDefined();
      const message = received.find((m) => m.to.includes('smtp@exemple.fr'))!;
      expect(message.raw).toContain(token);
      expect(message.raw).toContain(`https://pass.exemple.fr/reservations/${id}`);
      await expect
        .poll(
          async () =>
            (await api.sql<{ status: string }>('select status from outbox_message'))[0]?.status,
        )
        .toBe('SENT');
    } finally {
      await api.close();
    }
  });
});
