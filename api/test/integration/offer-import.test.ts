import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import {
  insertBeneficiary,
  insertMembership,
  insertPro,
  insertVenue,
  ledgerViolations,
} from '../support/fixtures.js';
import type { ImportReport } from '../../src/modules/import/offer-import.js';

let api: TestServer;
let siret: string;
let venueId: number;
let proToken: string;
let otherVenueId: number;
let proUserId: number;

const HEADER = 'lieu;reference;ean;sous_categorie;nom;description;prix;quantite;date';
const NEXT_YEAR = new Date().getUTCFullYear() + 1;

async function upload(
  body: string,
  { confirm = false, token = proToken, separator = ';' } = {},
): Promise<{ status: number; body: ImportReport & { code?: string; message?: string } }> {
  const response = await fetch(`${api.url}/imports/offers${confirm ? '?confirm=true' : ''}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
    body: separator === ';' ? body : body.replaceAll(';', separator),
  });
  return { status: response.status, body: (await response.json()) as never };
}

function file(...lines: string[]): string {
  return [HEADER, ...lines].join('\r\n') + '\r\n';
}

async function offersAt(venue: number) {
  return api.sql<{
    name: string;
    externalRef: string | null;
    ean: string | null;
    validation: string;
    priceCents: number;
    quantity: number | null;
    stocks: number;
  }>(
    `select o.name, o.external_ref as "externalRef", o.ean, o.validation,
            min(s.price_cents) as "priceCents", min(s.quantity) as quantity, count(s.id)::int as stocks
       from offer o left join stock s on s.offer_id = o.id and not s.is_soft_deleted
      where o.venue_id = $1 group by o.id order by o.id`,
    [venue],
  );
}

beforeAll(async () => {
  api = await startTestServer();
  const venue = await insertVenue(api);
  venueId = venue.venueId;
  const [row] = await api.sql<{ siret: string }>('select siret from venue where id = $1', [
    venueId,
  ]);
  siret = row!.siret;
  const pro = await insertPro(api, 'libraire@exemple.fr', venue.offererId);
  proToken = pro.token;
  proUserId = pro.userId;
  otherVenueId = (await insertVenue(api)).venueId;
});
afterAll(async () => {
  expect(await ledgerViolations(api)).toBe(0);
  await api?.close();
});

describe('offer import', () => {
  const catalogue = () =>
    '\uFEFF' +
    file(
      `${siret};LIV-1;9782070368228;LIVRE_PAPIER;L’Étranger;"Roman; d’Albert Camus";8,50;5;`,
      `${siret};;9780306406157;LIVRE_PAPIER;Physique;;12.00;;`,
      `${venueId};CONC-1;;CONCERT;Concert;Trio;15;80;15/03/${NEXT_YEAR} 20:30`,
      `${venueId};CONC-1;;CONCERT;Concert;Trio;15;80;16/03/${NEXT_YEAR} 20:30`,
    );

  it('previews every line without writing anything', async () => {
    const { status, body } = await upload(catalogue());
    expect(status).toBe(200);
    expect(body.confirmed).toBe(false);
    expect(body.counts).toEqual({ CREATED: 4, UPDATED: 0, UNCHANGED: 0, REJECTED: 0 });
    expect(body.lines.map((l) => l.line)).toEqual([2, 3, 4, 5]);
    expect(await offersAt(venueId)).toEqual([]);
  });

  it('creates the offers on confirmation, through moderation, then changes nothing the second time', async () => {
    const first = await upload(catalogue(), { confirm: true });
    expect(first.body.counts).toEqual({ CREATED: 4, UPDATED: 0, UNCHANGED: 0, REJECTED: 0 });
    const offers = await offersAt(venueId);
    expect(offers).toEqual([
      expect.objectContaining({
        name: 'L’Étranger',
        externalRef: 'LIV-1',
        ean: '9782070368228',
        priceCents: 850,
        quantity: 5,
        stocks: 1,
      }),
      expect.objectContaining({
        name: 'Physique',
        externalRef: null,
        ean: '9780306406157',
        priceCents: 1200,
        quantity: null,
        stocks: 1,
      }),
      expect.objectContaining({
        name: 'Concert',
        externalRef: 'CONC-1',
        priceCents: 1500,
        stocks: 2,
      }),
    ]);
    expect(offers.every((o) => o.validation === 'APPROVED')).toBe(true);
    const [description] = await api.sql<{ description: string }>(
      `select description from offer where external_ref = 'LIV-1'`,
    );
    expect(description!.description).toBe('Roman; d’Albert Camus');

    const again = await upload(catalogue(), { confirm: true });
    expect(again.body.counts).toEqual({ CREATED: 0, UPDATED: 0, UNCHANGED: 4, REJECTED: 0 });
    expect(await offersAt(venueId)).toEqual(offers);
  });

  it('updates the stock of a known reference or EAN, never below the places booked', async () => {
    const [stock] = await api.sql<{ id: number; offerId: number }>(
      `select s.id, s.offer_id as "offerId" from stock s join offer o on o.id = s.offer_id where o.external_ref = 'LIV-1'`,
    );
    const young = await insertBeneficiary(api, 'lectrice@exemple.fr');
    const booked = await api.gql(
      'mutation($s: ID!) { bookOffer(stockId: $s) { id } }',
      { s: String(stock!.id) },
      { token: young.token },
    );
    expect(booked.errors).toBeUndefined();

    const update = file(
      `${siret};LIV-1;9782070368228;LIVRE_PAPIER;L’Étranger;"Roman; d’Albert Camus";9;0;`,
      `${siret};;9780306406157;LIVRE_PAPIER;Physique;;12.00;40;`,
    );
    const { body } = await upload(update.replaceAll(';', ','), { confirm: true, separator: ',' });
    expect(body.counts).toEqual({ CREATED: 0, UPDATED: 1, UNCHANGED: 0, REJECTED: 1 });
    expect(body.lines[0]).toMatchObject({
      line: 2,
      outcome: 'REJECTED',
      reason: 'La quantité (0) est inférieure aux 1 places déjà réservées.',
    });
    const offers = await offersAt(venueId);
    expect(offers[0]).toMatchObject({ priceCents: 850, quantity: 5 });
    expect(offers[1]).toMatchObject({ priceCents: 1200, quantity: 40 });
  });

  it('keeps the good lines of a file with bad ones, each rejected with its line and reason', async () => {
    const { body } = await upload(
      file(
        `${siret};NEUF-1;;LIVRE_PAPIER;Un bon livre;;10;3;`,
        `${siret};NEUF-2;9782070368229;LIVRE_PAPIER;EAN faux;;10;3;`,
        `${otherVenueId};NEUF-3;;LIVRE_PAPIER;Chez un autre;;10;3;`,
        `${siret};NEUF-4;;PAS_UNE_CATEGORIE;Inconnue;;10;3;`,
        `${siret};NEUF-5;;LIVRE_PAPIER;Prix faux;;dix euros;3;`,
        `${siret};NEUF-1;;LIVRE_PAPIER;Doublon;;10;3;`,
        `${siret};NEUF-6;;CONCERT;Sans date;;10;3;`,
        `${siret};NEUF-7;;LIVRE_PAPIER;Encore un bon livre;;7,5;;`,
      ),
      { confirm: true },
    );
    expect(body.counts).toEqual({ CREATED: 2, UPDATED: 0, UNCHANGED: 0, REJECTED: 6 });
    expect(body.lines.filter((l) => l.outcome === 'REJECTED')).toEqual([
      expect.objectContaining({ line: 3, reason: expect.stringContaining('EAN') }),
      expect.objectContaining({ line: 4, reason: expect.stringContaining('introuvable') }),
      expect.objectContaining({ line: 5, reason: expect.stringContaining('n’existe pas') }),
      expect.objectContaining({ line: 6, reason: expect.stringContaining('montant') }),
      expect.objectContaining({ line: 7, reason: 'Cette offre figure déjà ligne 2.' }),
      expect.objectContaining({ line: 8, reason: expect.stringContaining('date') }),
    ]);
    const names = (await offersAt(venueId)).map((o) => o.name);
    expect(names).toContain('Un bon livre');
    expect(names).toContain('Encore un bon livre');
    expect(await offersAt(otherVenueId)).toEqual([]);
  });

  it('refuses a file without the required columns, and anonymous callers', async () => {
    const bad = await upload('nom;prix\r\nLivre;10\r\n');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('sous_categorie');
    const anonymous = await fetch(`${api.url}/imports/offers`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: catalogue(),
    });
    expect(anonymous.status).toBe(401);
    const template = await fetch(`${api.url}/imports/offers/template.csv`);
    expect(await template.text()).toContain(HEADER);
  });

  it('creates each offer once when the same file is confirmed twice at the same time', async () => {
    const venue = await insertVenue(api);
    await insertMembership(api, proUserId, venue.offererId);
    const lines = Array.from(
      { length: 50 },
      (_, n) => `${venue.venueId};EN-MEME-TEMPS-${n};;LIVRE_PAPIER;Livre ${n};;10;5;`,
    );
    const [first, second] = await Promise.all([
      upload(file(...lines), { confirm: true }),
      upload(file(...lines), { confirm: true }),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(first.body.counts.CREATED + second.body.counts.CREATED).toBe(50);
    expect(first.body.counts.UNCHANGED + second.body.counts.UNCHANGED).toBe(50);
    const offers = await offersAt(venue.venueId);
    expect(offers).toHaveLength(50);
    expect(offers.every((o) => o.stocks === 1)).toBe(true);
  });

  it('streams its progress batch by batch before the report when asked', async () => {
    const venue = await insertVenue(api);
    await insertMembership(api, proUserId, venue.offererId);
    const lines = Array.from(
      { length: 2_500 },
      (_, n) => `${venue.venueId};SUIVI-${n};;LIVRE_PAPIER;Livre suivi ${n};;10;5;`,
    );
    const response = await fetch(`${api.url}/imports/offers?progress=true`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${proToken}` },
      body: file(...lines),
    });
    expect(response.headers.get('content-type')).toContain('application/x-ndjson');
    const messages = (await response.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { processed?: number; report?: ImportReport });
    expect(messages.slice(0, -1).map((m) => m.processed)).toEqual([1_000, 2_000, 2_500]);
    expect(messages.at(-1)!.report!.counts.CREATED).toBe(2_500);

    const refused = await fetch(`${api.url}/imports/offers?progress=true`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${proToken}` },
      body: 'nom;prix\r\nLivre;10\r\n',
    });
    expect(JSON.parse(await refused.text())).toEqual({
      error: { code: 'BAD_USER_INPUT', message: expect.stringContaining('Colonnes manquantes') },
    });
  });
});
