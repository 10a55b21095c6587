import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestServer, type TestServer } from '../support/server.js';
import { confirmEmail, insertBeneficiary, insertPro, insertVenue } from '../support/fixtures.js';

const SIGN_UP = `mutation($i: ProSignUpInput!) { signUpPro(input: $i) { token user { email roles } } }`;
const OFFERER_FIELDS = `id siren name status membershipStatus venues { id isVirtual name venueType siret }`;
const CREATE_OFFERER = `mutation($i: CreateOffererInput!) { createOfferer(input: $i) { ${OFFERER_FIELDS} } }`;
const JOIN = `mutation($s: String!) { joinOfferer(siren: $s) { ${OFFERER_FIELDS} } }`;
const MY_OFFERERS = `{ myOfferers { ${OFFERER_FIELDS} } }`;
const VENUE_FIELDS = `id offererId siret name publicName address postalCode city departmentCode
  location { latitude longitude } venueType isVirtual bookingEmail
  accessibility { motor visual hearing mental }`;
const CREATE_VENUE = `mutation($i: CreateVenueInput!) { createVenue(input: $i) { ${VENUE_FIELDS} } }`;
const UPDATE_VENUE = `mutation($id: ID!, $i: VenueDetailsInput!) { updateVenue(id: $id, input: $i) { ${VENUE_FIELDS} } }`;
const VENUE = `query($id: ID!) { proVenue(id: $id) { ${VENUE_FIELDS} } }`;

interface Venue {
  id: string;
  siret: string;
  departmentCode: string;
  location: { latitude: number; longitude: number };
  accessibility: Record<string, boolean>;
  publicName: string | null;
  bookingEmail: string | null;
}
interface Offerer {
  id: string;
  siren: string;
  status: string;
  membershipStatus: string;
  venues: {
    id: string;
    isVirtual: boolean;
    name: string;
    venueType: string;
    siret: string | null;
  }[];
}

let api: TestServer;
let proToken: string;
let otherProToken: string;
let otherVenueId: number;

beforeAll(async () => {
  api = await startTestServer();
  const signUp = await api.gql<{ signUpPro: { token: string; user: { roles: string[] } } }>(
    SIGN_UP,
    {
      i: {
        email: 'Gerante@Librairie.fr',
        password: 'un mot de passe sûr',
        firstName: 'Anne',
        lastName: 'Roux',
      },
    },
  );
  expect(signUp.errors).toBeUndefined();
  expect(signUp.data!.signUpPro.user.roles).toEqual(['PRO']);
  proToken = signUp.data!.signUpPro.token;
  await confirmEmail(api, 'gerante@librairie.fr', proToken);
  const other = await insertVenue(api);
  otherVenueId = other.venueId;
  otherProToken = (await insertPro(api, 'autre-structure@exemple.fr', other.offererId)).token;
});
afterAll(async () => {
  await api?.close();
});

const venueInput = (overrides: Record<string, unknown> = {}) => ({
  name: 'Librairie des Lilas SARL',
  publicName: 'Librairie des Lilas',
  address: '12 rue de Paris',
  postalCode: '93200',
  city: 'Saint-Denis',
  venueType: 'BOOKSTORE',
  location: { latitude: 48.9362, longitude: 2.3574 },
  accessibility: { motor: true, visual: false, hearing: false, mental: false },
  ...overrides,
});

describe('pro sign-up', () => {
  it('never says an email is taken; refuses a short password, in French', async () => {
    const taken = await api.gql(SIGN_UP, {
      i: {
        email: 'gerante@librairie.fr',
        password: 'un mot de passe sûr',
        firstName: 'A',
        lastName: 'B',
      },
    });
    expect(taken.errors).toBeUndefined();
    const short = await api.gql(SIGN_UP, {
      i: { email: 'x@exemple.fr', password: 'court', firstName: 'A', lastName: 'B' },
    });
    expect(errorCode(short)).toBe('BAD_USER_INPUT');
    expect(short.errors![0]!.extensions!.fields).toHaveProperty('password');
  });
});

describe('offerers', () => {
  let offerer: Offerer;

  it('refuses a SIREN whose check digit is wrong', async () => {
    const res = await api.gql(
      CREATE_OFFERER,
      { i: { siren: '732829321', name: 'Lilas' } },
      { token: proToken },
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions!.fields).toHaveProperty('siren');
  });

  it('creates a NEW offerer, its creator a validated member, with its virtual venue', async () => {
    const res = await api.gql<{ createOfferer: Offerer }>(
      CREATE_OFFERER,
      { i: { siren: '732 829 320', name: 'Librairie des Lilas' } },
      { token: proToken },
    );
    expect(res.errors).toBeUndefined();
    offerer = res.data!.createOfferer;
    expect(offerer).toMatchObject({
      siren: '732829320',
      status: 'NEW',
      membershipStatus: 'VALIDATED',
    });
    expect(offerer.venues).toEqual([
      expect.objectContaining({ isVirtual: true, venueType: 'DIGITAL', siret: null }),
    ]);
  });

  it('tells another pro the SIREN exists, and lets them ask to join: pending', async () => {
    const again = await api.gql(
      CREATE_OFFERER,
      { i: { siren: '732829320', name: 'Autre' } },
      { token: otherProToken },
    );
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(again.errors![0]!.extensions!.offererExists).toBe(true);

    const join = await api.gql<{ joinOfferer: Offerer }>(
      JOIN,
      { s: '732829320' },
      { token: otherProToken },
    );
    expect(join.data!.joinOfferer).toMatchObject({ membershipStatus: 'NEW', venues: [] });
    // Still pending: the offerer's venues stay out of reach.
    const venue = await api.gql(VENUE, { id: offerer.venues[0]!.id }, { token: otherProToken });
    expect(errorCode(venue)).toBe('NOT_FOUND');
    const create = await api.gql(
      CREATE_VENUE,
      { i: { ...venueInput(), offererId: offerer.id, siret: '73282932000074' } },
      { token: otherProToken },
    );
    expect(errorCode(create)).toBe('NOT_FOUND');

    const unknown = await api.gql(JOIN, { s: '552100554' }, { token: otherProToken });
    expect(errorCode(unknown)).toBe('NOT_FOUND');
  });

  it('lists the offerers of the pro only', async () => {
    const mine = await api.gql<{ myOfferers: Offerer[] }>(MY_OFFERERS, {}, { token: proToken });
    expect(mine.data!.myOfferers.map((o) => o.siren)).toEqual(['732829320']);
    const theirs = await api.gql<{ myOfferers: Offerer[] }>(
      MY_OFFERERS,
      {},
      { token: otherProToken },
    );
    expect(theirs.data!.myOfferers).toHaveLength(2);
  });

  describe('venues', () => {
    let venue: Venue;

    it('refuses a SIRET of another SIREN, or with a wrong key', async () => {
      const foreign = await api.gql(
        CREATE_VENUE,
        { i: { ...venueInput(), offererId: offerer.id, siret: '55210055400013' } },
        { token: proToken },
      );
      expect(errorCode(foreign)).toBe('BAD_USER_INPUT');
      expect(foreign.errors![0]!.message).toContain('732829320');
      const wrongKey = await api.gql(
        CREATE_VENUE,
        { i: { ...venueInput(), offererId: offerer.id, siret: '73282932000075' } },
        { token: proToken },
      );
      expect(errorCode(wrongKey)).toBe('BAD_USER_INPUT');
    });

    it('creates a venue with the department of its postal code and the point chosen on the map', async () => {
      const res = await api.gql<{ createVenue: Venue }>(
        CREATE_VENUE,
        { i: { ...venueInput(), offererId: offerer.id, siret: '73282932000074' } },
        { token: proToken },
      );
      expect(res.errors).toBeUndefined();
      venue = res.data!.createVenue;
      expect(venue).toMatchObject({
        siret: '73282932000074',
        departmentCode: '93',
        location: { latitude: 48.9362, longitude: 2.3574 },
        accessibility: { motor: true, visual: false, hearing: false, mental: false },
      });
      const duplicate = await api.gql(
        CREATE_VENUE,
        { i: { ...venueInput(), offererId: offerer.id, siret: '73282932000074' } },
        { token: proToken },
      );
      expect(errorCode(duplicate)).toBe('BAD_USER_INPUT');
    });

    it('derives Corsican and overseas departments, and takes the location from the town', async () => {
      const corsica = await api.gql<{ updateVenue: Venue }>(
        UPDATE_VENUE,
        {
          id: venue.id,
          i: venueInput({
            postalCode: '20100',
            city: 'Sartène',
            location: { latitude: 41.62, longitude: 8.97 },
          }),
        },
        { token: proToken },
      );
      expect(corsica.data!.updateVenue.departmentCode).toBe('2A');
      const guadeloupe = await api.gql<{ updateVenue: Venue }>(
        UPDATE_VENUE,
        {
          id: venue.id,
          i: venueInput({
            postalCode: '97110',
            city: 'Pointe-à-Pitre',
            location: { latitude: 16.24, longitude: -61.53 },
          }),
        },
        { token: proToken },
      );
      expect(guadeloupe.data!.updateVenue.departmentCode).toBe('971');

      // No point given: the town's, from venues already known there (Saint-Denis, 93200).
      const fromTown = await api.gql<{ updateVenue: Venue }>(
        UPDATE_VENUE,
        { id: venue.id, i: venueInput({ location: null }) },
        { token: proToken },
      );
      expect(fromTown.errors).toBeUndefined();
      expect(fromTown.data!.updateVenue.location.latitude).toBeCloseTo(48.9362, 3);
      const nowhere = await api.gql(
        UPDATE_VENUE,
        { id: venue.id, i: venueInput({ location: null, postalCode: '48000', city: 'Mende' }) },
        { token: proToken },
      );
      expect(errorCode(nowhere)).toBe('BAD_USER_INPUT');
      expect(nowhere.errors![0]!.extensions!.fields).toHaveProperty('location');
      const swapped = await api.gql(
        UPDATE_VENUE,
        { id: venue.id, i: venueInput({ location: { latitude: 2.35, longitude: 48.93 } }) },
        { token: proToken },
      );
      expect(errorCode(swapped)).toBe('BAD_USER_INPUT');
    });

    it('edits details and accessibility flags', async () => {
      const res = await api.gql<{ updateVenue: Venue }>(
        UPDATE_VENUE,
        {
          id: venue.id,
          i: venueInput({
            publicName: 'Les Lilas',
            bookingEmail: 'Resa@Lilas.fr',
            accessibility: { motor: false, visual: true, hearing: true, mental: true },
          }),
        },
        { token: proToken },
      );
      expect(res.data!.updateVenue).toMatchObject({
        publicName: 'Les Lilas',
        bookingEmail: 'resa@lilas.fr',
        accessibility: { motor: false, visual: true, hearing: true, mental: true },
      });
      const read = await api.gql<{ proVenue: Venue }>(VENUE, { id: venue.id }, { token: proToken });
      expect(read.data!.proVenue.publicName).toBe('Les Lilas');
    });

    it('is NOT_FOUND for a pro of another offerer, reading or editing', async () => {
      expect(errorCode(await api.gql(VENUE, { id: venue.id }, { token: otherProToken }))).toBe(
        'NOT_FOUND',
      );
      expect(
        errorCode(
          await api.gql(UPDATE_VENUE, { id: venue.id, i: venueInput() }, { token: otherProToken }),
        ),
      ).toBe('NOT_FOUND');
      expect(
        errorCode(await api.gql(VENUE, { id: String(otherVenueId) }, { token: proToken })),
      ).toBe('NOT_FOUND');
      expect(errorCode(await api.gql(VENUE, { id: 'abc' }, { token: proToken }))).toBe('NOT_FOUND');
    });
  });

  it('is FORBIDDEN to young people and UNAUTHENTICATED to visitors', async () => {
    const young = await insertBeneficiary(api, 'jeune-structure@exemple.fr');
    expect(errorCode(await api.gql(MY_OFFERERS, {}, { token: young.token }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(MY_OFFERERS))).toBe('UNAUTHENTICATED');
  });
});
