import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  insertBeneficiary,
  insertPro,
  insertVenue,
  ledgerViolations,
  withLuhnKey,
} from '../support/fixtures.js';
import { errorCode, startTestServer, type TestServer } from '../support/server.js';
import type { ImportReport } from '../../src/modules/import/offer-import.js';

/**
 * Offers carry what the real catalogue says about them: author, performer, stage director,
 * EAN, duration, language, age advice. Pros fill them in (form, API, import file); young
 * people see them on the offer.
 */
const DETAILS = 'author performer stageDirector ean durationMinutes language ageAdvice';
const PRO_OFFER = `id name venueTimeZone ${DETAILS}`;
const DRAFT = `mutation($i: OfferDraftInput!) { createOfferDraft(input: $i) { ${PRO_OFFER} } }`;
const UPDATE = `mutation($id: ID!, $i: OfferDetailsInput!) { updateOffer(id: $id, input: $i) { ${PRO_OFFER} } }`;
const ADD_STOCKS = `mutation($id: ID!, $i: StocksInput!) { addStocks(offerId: $id, input: $i) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishOffer(id: $id) { id } }`;
const YOUNG_OFFER = `query($id: ID!) { offer(id: $id) { id ${DETAILS} subcategory { catalogueFields } venue { timeZone } } }`;
const NEXT_YEAR = new Date().getUTCFullYear() + 1;

let api: TestServer;
let venueId: number;
let siret: string;
let proToken: string;
let youngToken: string;

beforeAll(async () => {
  api = await startTestServer();
  const venue = await insertVenue(api);
  venueId = venue.venueId;
  siret = (await api.sql<{ siret: string }>('select siret from venue where id = $1', [venueId]))[0]!
    .siret;
  proToken = (await insertPro(api, 'catalogue@exemple.fr', venue.offererId)).token;
  youngToken = (await insertBeneficiary(api, 'lectrice@exemple.fr')).token;
});
afterAll(async () => {
  expect(await ledgerViolations(api)).toBe(0);
  await api?.close();
});

async function gql<T>(query: string, variables: Record<string, unknown>, token = proToken) {
  const res = await api.gql<T>(query, variables, { token });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

const play = {
  subcategoryId: 'SPECTACLE_REPRESENTATION',
  name: 'Le Misanthrope',
  isDuo: true,
  author: 'Molière',
  performer: 'Compagnie du Canal',
  stageDirector: 'Jeanne Martin',
  durationMinutes: 110,
  language: 'français',
  ageAdvice: 'À partir de 12 ans',
};

describe('catalogue fields in the pro form and on the offer page', () => {
  let offerId: string;

  it('are filled in by the pro and shown to young people', async () => {
    const { createOfferDraft } = await gql<{ createOfferDraft: Record<string, unknown> }>(DRAFT, {
      i: { venueId: String(venueId), ...play, author: '  Molière  ' },
    });
    offerId = createOfferDraft.id as string;
    expect(createOfferDraft).toMatchObject({
      author: 'Molière',
      performer: 'Compagnie du Canal',
      stageDirector: 'Jeanne Martin',
      durationMinutes: 110,
      language: 'français',
      ageAdvice: 'À partir de 12 ans',
      ean: null,
      venueTimeZone: 'Europe/Paris',
    });
    await gql(ADD_STOCKS, {
      id: offerId,
      i: { priceCents: 1_200, quantity: 30, dates: [`${NEXT_YEAR}-06-12T18:00:00.000Z`] },
    });
    await gql(PUBLISH, { id: offerId });
    const seen = await gql<{ offer: Record<string, unknown> }>(
      YOUNG_OFFER,
      { id: offerId },
      youngToken,
    );
    expect(seen.offer).toMatchObject({
      author: 'Molière',
      performer: 'Compagnie du Canal',
      stageDirector: 'Jeanne Martin',
      durationMinutes: 110,
      language: 'français',
      ageAdvice: 'À partir de 12 ans',
      subcategory: {
        catalogueFields: ['performer', 'stageDirector', 'durationMinutes', 'language', 'ageAdvice'],
      },
      venue: { timeZone: 'Europe/Paris' },
    });
  });

  it('keeps a field the edit leaves out, clears one sent empty or null', async () => {
    const { updateOffer } = await gql<{ updateOffer: Record<string, unknown> }>(UPDATE, {
      id: offerId,
      i: { name: 'Le Misanthrope', isDuo: true, stageDirector: '', language: null },
    });
    expect(updateOffer).toMatchObject({
      author: 'Molière',
      performer: 'Compagnie du Canal',
      stageDirector: null,
      language: null,
      durationMinutes: 110,
    });
  });

  it('refuses, in French, a bad duration, a too long name, a bad or taken EAN', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ durationMinutes: 0 }, 'durationMinutes', /durée/],
      [{ durationMinutes: 10_001 }, 'durationMinutes', /durée/],
      [{ author: 'x'.repeat(201) }, 'author', /auteur.+200/],
      [{ ageAdvice: 'y'.repeat(101) }, 'ageAdvice', /âge conseillé.+100/],
      [{ ean: '9782070368229' }, 'ean', /EAN/],
    ];
    for (const [input, field, message] of cases) {
      const res = await api.gql(
        UPDATE,
        { id: offerId, i: { name: 'Le Misanthrope', isDuo: true, ...input } },
        { token: proToken },
      );
      expect(errorCode(res), field).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.extensions!.fields).toHaveProperty(field);
      expect(res.errors![0]!.message).toMatch(message);
    }
    const book = await gql<{ createOfferDraft: { id: string } }>(DRAFT, {
      i: {
        venueId: String(venueId),
        subcategoryId: 'LIVRE_PAPIER',
        name: 'Un livre',
        ean: '978-2-07-036822-8',
      },
    });
    const [{ ean } = { ean: '' }] = await api.sql<{ ean: string }>(
      'select ean from offer where id = $1',
      [Number(book.createOfferDraft.id)],
    );
    expect(ean).toBe('9782070368228');
    const taken = await api.gql(
      DRAFT,
      {
        i: {
          venueId: String(venueId),
          subcategoryId: 'LIVRE_PAPIER',
          name: 'Le même',
          ean: '9782070368228',
        },
      },
      { token: proToken },
    );
    expect(errorCode(taken)).toBe('BAD_USER_INPUT');
    expect(taken.errors![0]!.message).toBe('Une autre offre de ce lieu porte déjà cet EAN.');
    // Unchanged after the refusals.
    const after = await gql<{ offer: Record<string, unknown> }>(
      YOUNG_OFFER,
      { id: offerId },
      youngToken,
    );
    expect(after.offer).toMatchObject({ author: 'Molière', durationMinutes: 110 });
  });

  it('are no one else’s to change: another pro gets NOT_FOUND', async () => {
    const other = await insertPro(
      api,
      'catalogue-autre@exemple.fr',
      (await insertVenue(api)).offererId,
    );
    const res = await api.gql(
      UPDATE,
      { id: offerId, i: { name: 'Volé', isDuo: false, author: 'Quelqu’un' } },
      { token: other.token },
    );
    expect(errorCode(res)).toBe('NOT_FOUND');
  });
});

describe('catalogue columns of the import file', () => {
  async function upload(body: string, confirm = true) {
    const response = await fetch(`${api.url}/imports/offers${confirm ? '?confirm=true' : ''}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${proToken}` },
      body,
    });
    return (await response.json()) as ImportReport;
  }
  const HEADER =
    'lieu;reference;ean;sous_categorie;nom;description;prix;quantite;date;auteur;interprete;metteur_en_scene;duree;langue;age_conseille';
  const details = (ref: string) =>
    api.sql<Record<string, unknown>>(
      `select author, performer, stage_director, duration_minutes, language, age_advice
         from offer where external_ref = $1`,
      [ref],
    );

  it('fill the fields; the same file again changes nothing; a changed cell updates', async () => {
    const line = (age: string) =>
      `${siret};LIV-CAT;;LIVRE_PAPIER;Vendredi;Roman.;9;4;;Michel Tournier;;;;français;${age}`;
    const first = await upload(`${HEADER}\n${line('À partir de 11 ans')}\n`);
    expect(first.counts).toMatchObject({ CREATED: 1, REJECTED: 0 });
    expect((await details('LIV-CAT'))[0]).toEqual({
      author: 'Michel Tournier',
      performer: null,
      stage_director: null,
      duration_minutes: null,
      language: 'français',
      age_advice: 'À partir de 11 ans',
    });
    expect((await upload(`${HEADER}\n${line('À partir de 11 ans')}\n`)).counts).toMatchObject({
      UNCHANGED: 1,
    });
    expect((await upload(`${HEADER}\n${line('Dès 12 ans')}\n`)).counts).toMatchObject({
      UPDATED: 1,
    });
    expect((await details('LIV-CAT'))[0]!.age_advice).toBe('Dès 12 ans');
  });

  it('leave the fields of a file without those columns as they are', async () => {
    const short = 'lieu;reference;sous_categorie;nom;description;prix;quantite';
    const report = await upload(`${short}\n${siret};LIV-CAT;LIVRE_PAPIER;Vendredi;Roman.;9;4\n`);
    expect(report.counts).toMatchObject({ UNCHANGED: 1 });
    expect((await details('LIV-CAT'))[0]!.author).toBe('Michel Tournier');
  });

  it('reject a line with a bad duration, in French, keeping the others', async () => {
    const report = await upload(
      `${HEADER}\n${siret};CONC-CAT;;CONCERT;Concert;;10;;15/03/${NEXT_YEAR} 20:30;;Trio;;une heure;;\n` +
        `${siret};CONC-CAT2;;CONCERT;Concert 2;;10;;15/03/${NEXT_YEAR} 20:30;;Trio;;75;;\n`,
    );
    expect(report.counts).toMatchObject({ CREATED: 1, REJECTED: 1 });
    expect(report.lines[0]!.reason).toMatch(/durée/);
    expect((await details('CONC-CAT2'))[0]).toMatchObject({
      performer: 'Trio',
      duration_minutes: 75,
    });
  });

  it('read a date without a zone on the venue’s clock (Cayenne: 20:30 is 23:30 UTC)', async () => {
    const [offerer] = await api.sql<{ offerer_id: number; siren: string }>(
      'select v.offerer_id, f.siren from venue v join offerer f on f.id = v.offerer_id where v.id = $1',
      [venueId],
    );
    const cayenneSiret = withLuhnKey(`${offerer!.siren}0009`);
    await api.sql(
      `insert into venue (offerer_id, siret, name, postal_code, city, department_code, location, venue_type)
       values ($1, $2, 'Salle de Cayenne', '97300', 'Cayenne', '973', 'SRID=4326;POINT(-52.3 4.9)', 'CONCERT_HALL')`,
      [offerer!.offerer_id, cayenneSiret],
    );
    const report = await upload(
      `${HEADER}\n${cayenneSiret};GUY-1;;CONCERT;Concert;;10;;15/01/${NEXT_YEAR + 1} 20:30;;;;;;\n`,
    );
    expect(report.counts).toMatchObject({ CREATED: 1 });
    const [stock] = await api.sql<{ begins_at: Date; booking_limit_at: Date }>(
      `select s.begins_at, s.booking_limit_at from stock s join offer o on o.id = s.offer_id where o.external_ref = 'GUY-1'`,
    );
    expect(stock!.begins_at.toISOString()).toBe(`${NEXT_YEAR + 1}-01-15T23:30:00.000Z`);
    expect(stock!.booking_limit_at.toISOString()).toBe(`${NEXT_YEAR + 1}-01-13T02:59:00.000Z`);
  });
});

describe('upsertOffer (API)', () => {
  it('takes the catalogue fields like an import line', async () => {
    const UPSERT = `mutation($v: ID!, $i: UpsertOfferInput!) { upsertOffer(venueId: $v, externalRef: "DISQUE-1", input: $i) {
      outcome offer { performer durationMinutes ean } } }`;
    const res = await gql<{ upsertOffer: { outcome: string; offer: Record<string, unknown> } }>(
      UPSERT,
      {
        v: String(venueId),
        i: {
          subcategoryId: 'SUPPORT_PHYSIQUE_MUSIQUE',
          name: 'Album',
          priceCents: 1_500,
          ean: '9780306406157',
          performer: 'Les Voix du Canal',
          durationMinutes: 42,
        },
      },
    );
    expect(res.upsertOffer).toEqual({
      outcome: 'CREATED',
      offer: { performer: 'Les Voix du Canal', durationMinutes: 42, ean: '9780306406157' },
    });
  });
});
