import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import {
  insertBeneficiary,
  insertBooking,
  insertOfferWithStock,
  insertStock,
  insertVenue,
} from '../support/fixtures.js';
import { bothWays, postGraphql } from '../support/lean-path.js';
import { SESSION_COOKIE } from '../../src/modules/identity/session-token.js';

/**
 * The lean path of `home` (home.lean-path.ts) is the same API: each document, input and
 * caller here is answered twice, by the lean path and by Apollo (`x-lean-path: off`), and
 * the answers must be byte-equal; the lean path costs the same constant statements.
 */
let api: TestServer;
let token: string;
const SAINT_DENIS = { latitude: 48.9362, longitude: 2.3574 };
const DAY = 86_400_000;

/** web-youth's home document (web-youth/src/queries.ts), as the app sends it. */
const YOUTH_HOME = /* GraphQL */ `
  fragment HomeCardFields on Offer {
    id
    name
    isDuo
    isDigital
    isEvent
    isFavorite
    minPriceCents
    subcategory {
      id
      label
      categoryId
    }
    image {
      srcset
    }
    venue {
      id
      name
      city
      isVirtual
    }
    stocks {
      id
      beginsAt
      priceCents
      remainingQuantity
    }
  }

  query YouthHome($input: HomeInput) {
    home(input: $input) {
      located
      modules {
        id
        kind
        title
        text
        items {
          distanceMeters
          offer {
            ...HomeCardFields
          }
        }
      }
    }
  }
`;

/** Every field the lean path serves, with aliases and __typename. */
const EVERY_FIELD = /* GraphQL */ `
  query Everything($input: HomeInput) {
    __typename
    h: home(input: $input) {
      __typename
      departmentCode
      located
      modules {
        __typename
        kind
        id
        text
        title
        items {
          __typename
          offer {
            __typename
            ageAdvice
            author
            description
            durationMinutes
            ean
            id
            isDigital
            isDuo
            isEvent
            isFavorite
            language
            minPriceCents
            name
            performer
            stageDirector
            url
            image {
              __typename
              alt
              credit
              height
              id
              sources {
                __typename
                srcset
                type
              }
              srcset
              url
              width
              widths
            }
            stocks {
              __typename
              beginsAt
              bookingLimitAt
              id
              isBookable
              priceCents
              quantity
              remainingQuantity
            }
            subcategory {
              __typename
              canBeDuo
              catalogueFields
              categoryId
              id
              isDigital
              isEvent
              label
            }
            venue {
              __typename
              address
              city
              departmentCode
              id
              isVirtual
              name
              postalCode
              timeZone
              venueType
            }
          }
          d: distanceMeters
        }
      }
    }
  }
`;

const INPUTS = [
  { around: SAINT_DENIS },
  { around: SAINT_DENIS, departmentCode: ' 93 ' },
  { departmentCode: '93' },
  {},
  null,
];

interface HomeData {
  home: { modules: { id: string; items: { offer: { id: string; isFavorite: boolean } }[] }[] };
}

let favoriteOfferId = 0;

beforeAll(async () => {
  api = await startTestServer();
  const { offererId, venueId } = await insertVenue(api);
  const [near] = await api.sql<{ id: number }>(
    `insert into venue (offerer_id, siret, name, public_name, address, postal_code, city, department_code, location, venue_type)
     values ($1, null, 'Théâtre « Le Proche »', 'Le Proche', '1 rue "Nord"', '93200', 'Saint-Denis', '93', 'SRID=4326;POINT(2.36 48.94)', 'PERFORMING_ARTS')
     returning id`,
    [offererId],
  );
  const soon = new Date(Date.now() + 3 * DAY);
  const later = new Date(Date.now() + 20 * DAY);
  const made: number[] = [];
  const add = async (venue: number, fields: Parameters<typeof insertOfferWithStock>[2]) => {
    const { offerId } = await insertOfferWithStock(api, venue, fields);
    made.push(offerId);
    return offerId;
  };
  for (let i = 0; i < 6; i++) {
    await add(i % 2 ? venueId : near!.id, {
      subcategoryId: ['CONCERT', 'SEANCE_CINE', 'SPECTACLE_REPRESENTATION'][i % 3]!,
      priceCents: i % 3 === 0 ? 0 : 1500 + i,
      quantity: i % 2 ? 3 : null,
      isDuo: i % 2 === 0,
      beginsAt: i < 3 ? soon : later,
      bookingLimitAt: i < 3 ? new Date(soon.getTime() - DAY) : later,
      name: `Sortie ${i} « ${'é'.repeat(i)} » \\ "guillemets"`,
    });
  }
  const book = await add(venueId, {
    subcategoryId: 'LIVRE_PAPIER',
    priceCents: 900,
    name: 'Livre',
  });
  await api.sql(
    `update offer set author = 'Autrice', ean = '9782070368228', description = $2, language = 'fr',
            duration_minutes = null, age_advice = 'Dès 12 ans' where id = $1`,
    [book, 'Ligne 1\nligne 2 \u2028 et un emoji 📚'],
  );
  // Several stocks: soonest first, unlimited and nearly sold-out ones.
  const play = made[0]!;
  await insertStock(api, play, {
    priceCents: 500,
    quantity: 2,
    beginsAt: later,
    bookingLimitAt: later,
  });
  await insertStock(api, play, {
    priceCents: 2500,
    quantity: null,
    beginsAt: soon,
    bookingLimitAt: soon,
  });
  const [virtual] = await api.sql<{ id: number }>(
    `insert into venue (offerer_id, name, is_virtual, venue_type) values ($1, 'En ligne', true, 'DIGITAL') returning id`,
    [offererId],
  );
  const digital = await add(virtual!.id, {
    subcategoryId: 'ABO_PLATEFORME_MUSIQUE',
    priceCents: 0,
    name: 'Abonnement',
  });
  await api.sql(`update offer set url = 'https://exemple.fr/?a=1&b="2"' where id = $1`, [digital]);
  await api.sql(
    `insert into image (offerer_id, offer_id, key, original_key, width, height, bytes, alt, credit)
     values ($1, $2, $3, $4, 800, 1200, 1000, 'Affiche « bleue »', null),
            ($1, $5, $6, $7, 1200, 1600, 2000, 'Couverture', '© Maison "X"')`,
    [offererId, play, 'a'.repeat(64), 'b'.repeat(64), book, 'c'.repeat(64), 'd'.repeat(64)],
  );
  await api.sql(
    `insert into editorial_selection (title, text, kind, offer_ids, published_from, position)
     values ('Coups de cœur', null, 'LIST', $1::int[], now() - interval '1 day', 1),
            ('Pour le 93', 'Choisis « ici »', 'LIST', $2::int[], now() - interval '1 day', 2)`,
    [[book, digital, play], [made[3]!]],
  );
  await api.sql(
    `update editorial_selection set department_codes = '{93}' where title = 'Pour le 93'`,
  );
  const beneficiary = await insertBeneficiary(api, 'accueil@exemple.fr');
  token = beneficiary.token;
  favoriteOfferId = made[1]!;
  await api.sql('insert into favorite (user_id, offer_id) values ($1, $2)', [
    beneficiary.userId,
    favoriteOfferId,
  ]);
  // Books booked: « Pour changer » leaves them out.
  const [stock] = await api.sql<{ id: number }>('select id from stock where offer_id = $1', [book]);
  await insertBooking(api, {
    userId: beneficiary.userId,
    depositId: beneficiary.depositId,
    stockId: stock!.id,
    offerId: book,
    amountCents: 900,
  });
});

afterAll(async () => {
  await api?.close();
});

describe('home lean path', () => {
  it("answers web-youth's home byte for byte as Apollo does, anonymous and signed in, with and without a place", async () => {
    for (const input of INPUTS) {
      for (const headers of [{}, { authorization: `Bearer ${token}` }] as Record<
        string,
        string
      >[]) {
        const answer = await bothWays(api, YOUTH_HOME, { input }, {}, headers);
        expect(answer.lean).toBe(true);
        expect(answer.json.errors).toBeUndefined();
        const modules = (answer.json.data as HomeData).home.modules;
        expect(modules.length).toBeGreaterThan(2);
        const signedIn = 'authorization' in headers;
        expect(modules.some((m) => m.id === 'CHANGE')).toBe(signedIn);
        const favorite = modules
          .flatMap((m) => m.items)
          .find((i) => Number(i.offer.id) === favoriteOfferId);
        expect(favorite?.offer.isFavorite).toBe(signedIn);
      }
    }
  });

  it('sends the same headers as Apollo, compressed or not', async () => {
    const body = { query: YOUTH_HOME, variables: { input: { around: SAINT_DENIS } } };
    for (const encoding of ['gzip', 'identity']) {
      const lean = await postGraphql(api, body, true, { 'accept-encoding': encoding });
      const apollo = await postGraphql(api, body, false, { 'accept-encoding': encoding });
      expect(lean.lean).toBe(true);
      expect(lean.headers).toEqual(apollo.headers);
    }
  });

  it('serves every card field, aliases and __typename the same, the session from a cookie too', async () => {
    for (const input of INPUTS) {
      const anonymous = await bothWays(api, EVERY_FIELD, { input });
      expect(anonymous.lean).toBe(true);
      const cookie = await bothWays(
        api,
        EVERY_FIELD,
        { input },
        {},
        { cookie: `${SESSION_COOKIE}=${token}` },
      );
      expect(cookie.lean).toBe(true);
    }
    const answer = await bothWays(api, EVERY_FIELD, { input: { around: SAINT_DENIS } });
    expect(answer.body).toContain('Affiche « bleue »');
    expect(answer.body).toContain('"widths":[160,400,800]');
    expect(answer.body).toContain('"remainingQuantity":null');
  });

  it('costs the same constant statements as Apollo: 2 anonymous, 4 signed in', async () => {
    const body = {
      query: YOUTH_HOME,
      variables: { input: { around: SAINT_DENIS, departmentCode: '93' } },
    };
    /** Statements of one home by the lean path, checked equal to Apollo's. */
    const count = async (headers: Record<string, string> = {}) => {
      const spent: number[] = [];
      for (const lean of [true, false]) {
        const before = api.queryCount();
        const answer = await postGraphql(api, body, lean, headers);
        expect(answer.lean).toBe(lean);
        spent.push(api.queryCount() - before);
      }
      expect(spent[0]).toBe(spent[1]);
      return spent[0];
    };
    const signedIn = { authorization: `Bearer ${token}` };
    expect(await count()).toBe(2);
    expect(await count(signedIn)).toBe(4);
    const [{ ids }] = (await api.sql<{ ids: number[] }>(
      `select array_agg(offer_id) as ids from offer_search`,
    )) as [{ ids: number[] }];
    for (let i = 0; i < 6; i++) {
      await api.sql(
        `insert into editorial_selection (title, kind, offer_ids, published_from, position)
         values ($1, 'LIST', $2::int[], now() - interval '1 day', 10 + $3::int)`,
        [`Sélection ${i}`, ids.slice(i), i],
      );
    }
    expect(await count()).toBe(2);
    expect(await count(signedIn)).toBe(4);
    await api.sql(`delete from editorial_selection where title like 'Sélection %'`);
  });

  it('leaves to Apollo what it does not serve, with the same answers', async () => {
    const input = { around: SAINT_DENIS };
    const cases: { query: string; variables?: Record<string, unknown> }[] = [
      // Arguments on a card field, fields that need another statement.
      {
        query: `query($input: HomeInput) { home(input: $input) { modules { items { offer { image { url(width: 400) srcset(format: AVIF) } } } } } }`,
        variables: { input },
      },
      {
        query: `query($input: HomeInput) { home(input: $input) { modules { items { offer { venue { location { latitude } } } } } } }`,
        variables: { input },
      },
      {
        query: `query($input: HomeInput) { home(input: $input) { modules { items { offer { venue { offers(first: 2) { edges { cursor } } } } } } } }`,
        variables: { input },
      },
      // A directive, two root fields.
      {
        query: `query($input: HomeInput, $yes: Boolean!) { home(input: $input) { located @include(if: $yes) } }`,
        variables: { input, yes: false },
      },
      {
        query: `query($input: HomeInput) { home(input: $input) { located } places(text: "Sai") { label } }`,
        variables: { input },
      },
      // Bad input: the resolver's French errors.
      { query: YOUTH_HOME, variables: { input: { departmentCode: '999' } } },
      { query: YOUTH_HOME, variables: { input: { around: { latitude: 91, longitude: 2 } } } },
      { query: YOUTH_HOME, variables: { input: { around: { latitude: 'nord' } } } },
    ];
    for (const { query, variables } of cases) {
      const answer = await bothWays(api, query, variables);
      expect(answer.lean, query).toBe(false);
    }
    const bad = await bothWays(api, YOUTH_HOME, { input: { departmentCode: '999' } });
    expect(bad.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
