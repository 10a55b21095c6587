import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { errorCode, startTestServer, type TestServer } from '../support/server.js';
import {
  insertBeneficiary,
  insertOfferWithStock,
  insertStock,
  insertUser,
  insertVenue,
  logInAs,
} from '../support/fixtures.js';
import { refreshSelectionRules } from '../../src/modules/discovery/discovery.service.js';

/**
 * The discovery home (one query, a constant number of statements whatever the number of
 * modules), editorial selections (validated, targeted, gone when nothing is bookable),
 * the share pages with their previews, and the ministry's diversity figures.
 */

const HOME = /* GraphQL */ `
  query Home($input: HomeInput) {
    home(input: $input) {
      located
      departmentCode
      modules {
        id
        kind
        title
        text
        items {
          distanceMeters
          offer {
            id
            name
            isFavorite
            minPriceCents
            subcategory {
              id
            }
            image {
              srcset
            }
            venue {
              id
              city
            }
            stocks {
              id
              beginsAt
              priceCents
              remainingQuantity
            }
          }
        }
      }
    }
  }
`;

interface HomeItem {
  distanceMeters: number | null;
  offer: {
    id: string;
    name: string;
    minPriceCents: number | null;
    subcategory: { id: string };
    venue: { id: string; city: string };
    stocks: {
      id: string;
      beginsAt: string | null;
      priceCents: number;
      remainingQuantity: number | null;
    }[];
  };
}
interface HomeModule {
  id: string;
  kind: string;
  title: string;
  items: HomeItem[];
}
interface HomeResult {
  home: { located: boolean; departmentCode: string | null; modules: HomeModule[] };
}

const SAVE = /* GraphQL */ `
  mutation Save($id: ID, $input: EditorialSelectionInput!) {
    saveEditorialSelection(id: $id, input: $input) {
      id
      title
      kind
      offerIds
      departmentCodes
      offers {
        id
      }
    }
  }
`;

const SAINT_DENIS = { latitude: 48.9362, longitude: 2.3574 };
const DAY = 86_400_000;

let api: TestServer;
let admin: string;
let venueId: number;
let otherVenueId: number;
type OfferKey =
  | 'concert'
  | 'free'
  | 'few'
  | 'book'
  | 'cinema'
  | 'inactive'
  | 'pending'
  | 'newOfferer'
  | 'deleted'
  | 'soldOut'
  | 'past'
  | 'digital';
const offers = {} as Record<OfferKey, number>;
const hiddenNames = [
  'Caché inactif',
  'Caché en attente',
  'Caché structure non validée',
  'Caché stock supprimé',
  'Caché complet',
  'Caché passé',
];

beforeAll(async () => {
  api = await startTestServer();
  await insertUser(api, { email: 'admin@exemple.fr', roles: ['ADMIN'] });
  admin = await logInAs(api, 'admin@exemple.fr');
  ({ venueId } = await insertVenue(api));
  ({ venueId: otherVenueId } = await insertVenue(api));
  const soon = new Date(Date.now() + 3 * DAY);
  const later = new Date(Date.now() + 40 * DAY);
  offers.concert = (
    await insertOfferWithStock(api, venueId, {
      subcategoryId: 'CONCERT',
      priceCents: 1500,
      beginsAt: soon,
      bookingLimitAt: soon,
      name: 'Concert <de> "jazz" & blues',
    })
  ).offerId;
  offers.free = (
    await insertOfferWithStock(api, venueId, {
      subcategoryId: 'VISITE',
      priceCents: 0,
      beginsAt: later,
      bookingLimitAt: later,
      name: 'Visite gratuite',
    })
  ).offerId;
  offers.few = (
    await insertOfferWithStock(api, otherVenueId, {
      subcategoryId: 'LIVRE_PAPIER',
      priceCents: 1200,
      quantity: 3,
      name: 'Livre presque épuisé',
    })
  ).offerId;
  offers.book = (
    await insertOfferWithStock(api, otherVenueId, {
      subcategoryId: 'LIVRE_PAPIER',
      priceCents: 900,
      name: 'Un autre livre',
    })
  ).offerId;
  offers.cinema = (
    await insertOfferWithStock(api, otherVenueId, {
      subcategoryId: 'SEANCE_CINE',
      priceCents: 700,
      beginsAt: later,
      bookingLimitAt: later,
      name: 'Séance de cinéma',
    })
  ).offerId;
  // Hidden or unbookable: never on the home.
  const { venueId: newOffererVenue } = await insertVenue(api, 'NEW');
  offers.inactive = (
    await insertOfferWithStock(api, venueId, {
      subcategoryId: 'CONCERT',
      priceCents: 0,
      isActive: false,
      name: hiddenNames[0],
    })
  ).offerId;
  offers.pending = (
    await insertOfferWithStock(api, venueId, {
      subcategoryId: 'CONCERT',
      priceCents: 0,
      validation: 'PENDING',
      name: hiddenNames[1],
    })
  ).offerId;
  offers.newOfferer = (
    await insertOfferWithStock(api, newOffererVenue, {
      subcategoryId: 'CONCERT',
      priceCents: 0,
      name: hiddenNames[2],
    })
  ).offerId;
  offers.deleted = (
    await insertOfferWithStock(api, venueId, {
      subcategoryId: 'CONCERT',
      priceCents: 0,
      isSoftDeleted: true,
      name: hiddenNames[3],
    })
  ).offerId;
  offers.soldOut = (
    await insertOfferWithStock(api, venueId, {
      subcategoryId: 'CONCERT',
      priceCents: 0,
      quantity: 0,
      name: hiddenNames[4],
    })
  ).offerId;
  const past = new Date(Date.now() - DAY);
  offers.past = (
    await insertOfferWithStock(api, venueId, {
      subcategoryId: 'CONCERT',
      priceCents: 0,
      beginsAt: past,
      bookingLimitAt: past,
      name: hiddenNames[5],
    })
  ).offerId;
  // A digital offer, for the home without a place.
  const [virtual] = await api.sql<{ id: number }>(
    `insert into venue (offerer_id, name, is_virtual, venue_type)
     select offerer_id, 'Offre numérique', true, 'DIGITAL' from venue where id = $1 returning id`,
    [venueId],
  );
  offers.digital = (
    await insertOfferWithStock(api, virtual!.id, {
      subcategoryId: 'ABO_PLATEFORME_MUSIQUE',
      priceCents: 0,
      name: 'Abonnement musique',
    })
  ).offerId;
});
afterAll(async () => {
  await api?.close();
});

const home = (input: Record<string, unknown> | null, token?: string) =>
  api.gql<HomeResult>(HOME, { input }, { token });

const moduleOf = (res: { data?: HomeResult | null }, kind: string) =>
  res.data?.home.modules.find((m) => m.id === kind);

const idsOf = (m: HomeModule | undefined) => m?.items.map((i) => Number(i.offer.id)) ?? [];

const saveSelection = (input: Record<string, unknown>, id?: string, token = admin) =>
  api.gql<{ saveEditorialSelection: { id: string; offers: { id: string }[] } }>(
    SAVE,
    {
      id: id ?? null,
      input: { publishedFrom: new Date(Date.now() - DAY).toISOString(), ...input },
    },
    { token },
  );

describe('the discovery home', () => {
  it('serves its modules around a point, each with bookable visible offers only', async () => {
    const res = await home({ around: SAINT_DENIS });
    expect(res.errors).toBeUndefined();
    expect(res.data!.home.located).toBe(true);
    const kinds = res.data!.home.modules.map((m) => m.id);
    expect(kinds).toEqual(
      expect.arrayContaining(['NEAR', 'THIS_WEEK', 'FREE', 'LAST_PLACES', 'NEW']),
    );
    expect(moduleOf(res, 'NEAR')!.title).toBe('Près de toi');
    expect(idsOf(moduleOf(res, 'THIS_WEEK'))).toEqual([offers.concert]);
    expect(idsOf(moduleOf(res, 'FREE'))).toEqual(
      expect.arrayContaining([offers.free, offers.digital]),
    );
    expect(idsOf(moduleOf(res, 'FREE'))).not.toContain(offers.concert);
    expect(idsOf(moduleOf(res, 'LAST_PLACES'))).toEqual([offers.few]);
    // « Près de toi »: one offer a venue, nearest first, with its distance.
    const near = moduleOf(res, 'NEAR')!;
    expect(new Set(near.items.map((i) => i.offer.venue.id)).size).toBe(near.items.length);
    expect(near.items.every((i) => i.distanceMeters !== null && i.distanceMeters < 1000)).toBe(
      true,
    );
    // Nothing hidden or unbookable, anywhere.
    const all = res.data!.home.modules.flatMap((m) => m.items);
    for (const item of all) {
      expect(hiddenNames).not.toContain(item.offer.name);
      expect(item.offer.stocks.length).toBeGreaterThan(0);
    }
    expect(JSON.stringify(res.data)).not.toMatch(/Caché/);
    // No module comes empty; anonymous callers get no « Pour changer ».
    expect(res.data!.home.modules.every((m) => m.items.length > 0)).toBe(true);
    expect(moduleOf(res, 'CHANGE')).toBeUndefined();
  });

  it('works without a place: national and digital offers, no « Près de toi »', async () => {
    const res = await home(null);
    expect(res.errors).toBeUndefined();
    expect(res.data!.home.located).toBe(false);
    expect(moduleOf(res, 'NEAR')).toBeUndefined();
    expect(idsOf(moduleOf(res, 'NEW'))).toContain(offers.digital);
    const digital = moduleOf(res, 'NEW')!.items.find((i) => Number(i.offer.id) === offers.digital)!;
    expect(digital.distanceMeters).toBeNull();
  });

  it('refuses bad input in French and serves nothing', async () => {
    const unknown = await home({ departmentCode: '999' });
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors![0]!.message).toMatch(/n’existe pas/);
    expect(unknown.data).toBeNull();
    const badPoint = await home({ around: { latitude: 123, longitude: 2 } });
    expect(errorCode(badPoint)).toBe('BAD_USER_INPUT');
    expect(badPoint.data).toBeNull();
  });

  it('offers categories never booked under « Pour changer »', async () => {
    const { token } = await insertBeneficiary(api, 'lecteur@exemple.fr');
    const [stock] = await api.sql<{ id: number }>('select id from stock where offer_id = $1', [
      offers.book,
    ]);
    const booked = await api.gql(
      'mutation($s: ID!) { bookOffer(stockId: $s) { id } }',
      { s: String(stock!.id) },
      { token },
    );
    expect(booked.errors).toBeUndefined();
    const res = await home({ around: SAINT_DENIS }, token);
    const change = moduleOf(res, 'CHANGE')!;
    expect(change.title).toBe('Pour changer');
    expect(change.items.length).toBeGreaterThan(0);
    // Books were booked: no book under « Pour changer ».
    expect(change.items.map((i) => i.offer.subcategory.id)).not.toContain('LIVRE_PAPIER');
    expect(idsOf(change)).toEqual(expect.arrayContaining([offers.concert, offers.cinema]));
  });

  it('costs the same number of statements with 0 or 8 editorial selections', async () => {
    const count = async (token?: string) => {
      const before = api.queryCount();
      const res = await home({ around: SAINT_DENIS, departmentCode: '93' }, token);
      expect(res.errors).toBeUndefined();
      return { statements: api.queryCount() - before, modules: res.data!.home.modules.length };
    };
    const { token } = await insertBeneficiary(api, 'compte@exemple.fr');
    const bare = await count();
    const bareSignedIn = await count(token);
    const created: string[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await saveSelection(
        i % 2
          ? {
              title: `Liste ${i}`,
              kind: 'LIST',
              offerIds: [String(offers.concert), String(offers.cinema)],
              position: 50 + i,
            }
          : {
              title: `Règle ${i}`,
              kind: 'RULE',
              ruleCategoryId: 'LIVRE',
              ruleDepartmentCode: '93',
              position: 50 + i,
            },
      );
      expect(res.errors).toBeUndefined();
      created.push(res.data!.saveEditorialSelection.id);
    }
    const full = await count();
    const fullSignedIn = await count(token);
    expect(full.modules).toBe(bare.modules + 8);
    expect(full.statements).toBe(bare.statements);
    expect(fullSignedIn.statements).toBe(bareSignedIn.statements);
    // Whatever the modules: the published selections, then the feed, which brings every
    // card's offer, venue, stocks, image and (signed in) favorite; signed in, the session and
    // the person's booked subcategories (« Pour changer ») come first.
    expect(full.statements).toBe(2);
    expect(fullSignedIn.statements).toBe(4);
    for (const id of created) {
      await api.gql(
        'mutation($id: ID!) { deleteEditorialSelection(id: $id) }',
        { id },
        { token: admin },
      );
    }
  });
});

describe('editorial selections', () => {
  beforeEach(async () => {
    await api.sql('delete from editorial_selection');
  });

  it('show on the home of their departments, in their order, within their window', async () => {
    const list = await saveSelection({
      title: 'Coups de cœur du 93',
      text: 'Choisis par l’équipe.',
      kind: 'LIST',
      offerIds: [String(offers.cinema), String(offers.concert)],
      departmentCodes: ['93'],
      position: 2,
    });
    expect(list.errors).toBeUndefined();
    const rule = await saveSelection({
      title: 'Lire en Seine-Saint-Denis',
      kind: 'RULE',
      ruleCategoryId: 'LIVRE',
      ruleDepartmentCode: '93',
      departmentCodes: ['93', '94'],
      position: 1,
    });
    expect(rule.errors).toBeUndefined();
    const future = await saveSelection({
      title: 'Pas encore publiée',
      kind: 'LIST',
      offerIds: [String(offers.concert)],
      publishedFrom: new Date(Date.now() + 5 * DAY).toISOString(),
    });
    expect(future.errors).toBeUndefined();

    const res = await home({ around: SAINT_DENIS, departmentCode: '93' });
    const selections = res.data!.home.modules.filter((m) => m.kind === 'SELECTION');
    expect(selections.map((m) => m.title)).toEqual([
      'Lire en Seine-Saint-Denis',
      'Coups de cœur du 93',
    ]);
    expect(idsOf(selections[1])).toEqual([offers.cinema, offers.concert]);
    expect(idsOf(selections[0]).sort()).toEqual([offers.book, offers.few].sort());
    // Another department sees only what targets all France (nothing published here).
    const elsewhere = await home({ around: SAINT_DENIS, departmentCode: '35' });
    expect(elsewhere.data!.home.modules.filter((m) => m.kind === 'SELECTION')).toEqual([]);
    for (const s of [list, rule, future]) {
      await api.gql(
        'mutation($id: ID!) { deleteEditorialSelection(id: $id) }',
        { id: s.data!.saveEditorialSelection.id },
        { token: admin },
      );
    }
  });

  it('built on a rule follow the catalogue as the jobs resolve them again', async () => {
    const saved = await saveSelection({
      title: 'Ateliers du 93',
      kind: 'RULE',
      ruleCategoryId: 'PRATIQUE_ART',
      ruleDepartmentCode: '93',
    });
    expect(saved.errors).toBeUndefined();
    const items = async () =>
      idsOf(
        (await home({ departmentCode: '93' })).data!.home.modules.find(
          (m) => m.title === 'Ateliers du 93',
        ),
      );
    // Nothing matches yet: no empty row.
    expect(await items()).toEqual([]);
    const { offerId } = await insertOfferWithStock(api, venueId, {
      subcategoryId: 'ATELIER_PRATIQUE_ART',
      priceCents: 500,
      beginsAt: new Date(Date.now() + 10 * DAY),
      bookingLimitAt: new Date(Date.now() + 9 * DAY),
      name: 'Atelier de gravure',
    });
    const { offerId: elsewhere } = await insertOfferWithStock(api, otherVenueId, {
      subcategoryId: 'ATELIER_PRATIQUE_ART',
      priceCents: 500,
      validation: 'PENDING',
      name: 'Atelier en attente',
    });
    expect(await items()).toEqual([]);
    expect(await refreshSelectionRules(api.server.db)).toEqual({ rules: 1 });
    expect(await items()).toEqual([offerId]);
    expect(await items()).not.toContain(elsewhere);
  });

  it('disappear from the home when none of their offers is bookable any more', async () => {
    const { offerId, stockId } = await insertOfferWithStock(api, venueId, {
      subcategoryId: 'SPECTACLE_REPRESENTATION',
      priceCents: 1000,
      name: 'Seule offre de la sélection',
    });
    const saved = await saveSelection({
      title: 'Bientôt vide',
      kind: 'LIST',
      offerIds: [String(offerId)],
    });
    expect(saved.errors).toBeUndefined();
    const titles = async () =>
      (await home({ around: SAINT_DENIS, departmentCode: '93' })).data!.home.modules.map(
        (m) => m.title,
      );
    expect(await titles()).toContain('Bientôt vide');
    await api.sql('update stock set is_soft_deleted = true where id = $1', [stockId]);
    expect(await titles()).not.toContain('Bientôt vide');
    // Bookable again through a new date, and the offer hidden by its pro: still gone.
    await insertStock(api, offerId, { priceCents: 1000 });
    expect(await titles()).toContain('Bientôt vide');
    await api.sql('update offer set is_active = false where id = $1', [offerId]);
    expect(await titles()).not.toContain('Bientôt vide');
    await api.gql(
      'mutation($id: ID!) { deleteEditorialSelection(id: $id) }',
      { id: saved.data!.saveEditorialSelection.id },
      { token: admin },
    );
  });

  it('are refused with French messages: dates out of order, unknown department, hidden offers', async () => {
    const base = { title: 'Sélection', kind: 'LIST', offerIds: [String(offers.concert)] };
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [
        { ...base, publishedFrom: '2027-01-10T00:00:00Z', publishedUntil: '2027-01-01T00:00:00Z' },
        'publishedUntil',
        /doit suivre son début/,
      ],
      [{ ...base, departmentCodes: ['93', '2C'] }, 'departmentCodes', /« 2C » n’existe pas/],
      [{ ...base, offerIds: [String(offers.pending)] }, 'offerIds', /pas visible/],
      [
        { ...base, offerIds: [String(offers.newOfferer), String(offers.concert)] },
        'offerIds',
        /pas visible/,
      ],
      [{ ...base, offerIds: ['999999'] }, 'offerIds', /n’existe pas/],
      [{ ...base, offerIds: ['abc'] }, 'offerIds', /n’existe pas/],
      [{ ...base, offerIds: [] }, 'offerIds', /au moins une offre/],
      [{ ...base, title: '   ' }, 'title', /obligatoire/],
      [{ title: 'Règle', kind: 'RULE', ruleCategoryId: 'INCONNUE' }, 'ruleCategoryId', /catégorie/],
      [
        { title: 'Règle', kind: 'RULE', ruleCategoryId: 'LIVRE', ruleDepartmentCode: '00' },
        'ruleDepartmentCode',
        /n’existe pas/,
      ],
      [
        {
          title: 'Règle',
          kind: 'RULE',
          ruleCategoryId: 'CINEMA',
          ruleBeginsFrom: '2027-02-01T00:00:00Z',
          ruleBeginsUntil: '2027-01-01T00:00:00Z',
        },
        'ruleBeginsUntil',
        /doit suivre/,
      ],
    ];
    for (const [input, field, message] of cases) {
      const res = await saveSelection(input);
      expect(errorCode(res), JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect(res.data).toBeNull();
      const fields = res.errors![0]!.extensions!.fields as Record<string, string> | undefined;
      expect(fields?.[field], JSON.stringify(input)).toMatch(message);
    }
    const [{ count }] = (await api.sql<{ count: number }>(
      'select count(*)::int as count from editorial_selection',
    )) as [{ count: number }];
    expect(count).toBe(0);
  });

  it('are for admins only: others get no data', async () => {
    const { token } = await insertBeneficiary(api, 'curieux@exemple.fr');
    const saved = await saveSelection({
      title: 'Pour tous',
      kind: 'LIST',
      offerIds: [String(offers.concert)],
    });
    const asYoung = await api.gql(
      '{ editorialSelections { id title offers { id name } } }',
      {},
      { token },
    );
    expect(errorCode(asYoung)).toBe('FORBIDDEN');
    expect(asYoung.data).toBeNull();
    const anonymous = await api.gql('{ editorialSelections { id title } }');
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
    expect(anonymous.data).toBeNull();
    const write = await saveSelection(
      { title: 'Piratée', kind: 'LIST', offerIds: [String(offers.concert)] },
      undefined,
      token,
    );
    expect(errorCode(write)).toBe('FORBIDDEN');
    const erase = await api.gql(
      'mutation($id: ID!) { deleteEditorialSelection(id: $id) }',
      { id: saved.data!.saveEditorialSelection.id },
      { token },
    );
    expect(errorCode(erase)).toBe('FORBIDDEN');
    const [{ count }] = (await api.sql<{ count: number }>(
      'select count(*)::int as count from editorial_selection',
    )) as [{ count: number }];
    expect(count).toBe(1);
    const asAdmin = await api.gql<{
      editorialSelections: { title: string; offers: { id: string }[] }[];
    }>('{ editorialSelections { title offers { id } } }', {}, { token: admin });
    expect(asAdmin.data!.editorialSelections.map((s) => s.title)).toEqual(['Pour tous']);
    await api.gql(
      'mutation($id: ID!) { deleteEditorialSelection(id: $id) }',
      { id: saved.data!.saveEditorialSelection.id },
      { token: admin },
    );
  });
});

describe('editorial selection changes', () => {
  beforeEach(async () => {
    await api.sql('delete from editorial_selection');
  });

  const REORDER =
    'mutation($ids: [ID!]!) { reorderEditorialSelections(ids: $ids) { id position } }';
  const AUDIT = `{ auditLog(first: 20) { action targetType targetId details adminEmail } }`;
  interface AuditEntry {
    action: string;
    targetType: string;
    targetId: string;
    details: Record<string, unknown>;
    adminEmail: string;
  }
  const selectionEntries = async (since: number) =>
    (await api.gql<{ auditLog: AuditEntry[] }>(AUDIT, {}, { token: admin }))
      .data!.auditLog.filter((e) => e.targetType === 'SELECTION')
      .slice(0, since)
      .reverse();

  it('are each written to the audit log, as other admin actions are', async () => {
    const [{ last }] = (await api.sql<{ last: string }>(
      'select coalesce(max(id), 0)::text as last from audit_log',
    )) as [{ last: string }];
    const list = {
      kind: 'LIST',
      offerIds: [String(offers.concert)],
      publishedFrom: new Date(Date.now() - DAY).toISOString(),
    };
    const first = (await saveSelection({ ...list, title: 'Première' })).data!.saveEditorialSelection
      .id;
    const future = new Date(Date.now() + 30 * DAY).toISOString();
    const second = (await saveSelection({ ...list, title: 'Deuxième', publishedFrom: future }))
      .data!.saveEditorialSelection.id;
    await saveSelection({ ...list, title: 'Première, renommée' }, first);
    await saveSelection({ ...list, title: 'Deuxième' }, second); // published now
    await saveSelection(
      { ...list, title: 'Deuxième', publishedUntil: new Date(Date.now() - 1000).toISOString() },
      second,
    ); // unpublished
    const reordered = await api.gql(REORDER, { ids: [second, first] }, { token: admin });
    expect(reordered.errors).toBeUndefined();
    await api.gql(
      'mutation($id: ID!) { deleteEditorialSelection(id: $id) }',
      { id: first },
      {
        token: admin,
      },
    );
    const entries = (
      await api.sql<{ action: string; target_id: string; details: Record<string, unknown> }>(
        `select action, target_id, details from audit_log
          where id > $1 and target_type = 'SELECTION' order by id`,
        [last],
      )
    ).map((e) => [e.action, e.target_id]);
    expect(entries).toEqual([
      ['SELECTION_CREATED', first],
      ['SELECTION_CREATED', second],
      ['SELECTION_UPDATED', first],
      ['SELECTION_PUBLISHED', second],
      ['SELECTION_UNPUBLISHED', second],
      ['SELECTIONS_REORDERED', `${second}, ${first}`],
      ['SELECTION_DELETED', first],
    ]);
    // The back office's journal shows them, with what changed.
    const shown = await selectionEntries(7);
    expect(shown.map((e) => e.action)).toEqual(entries.map(([action]) => action));
    expect(shown[2]!.details).toEqual({ title: 'Première, renommée', changed: ['title'] });
    expect(shown[5]!.details).toEqual({ order: [Number(second), Number(first)] });
    expect(shown.every((e) => e.adminEmail === 'admin@exemple.fr')).toBe(true);
  });

  it('reorder atomically: 20 concurrent reorders leave one of their orders, never twice a position', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      ids.push(
        (
          await saveSelection({
            title: `Sélection ${i}`,
            kind: 'LIST',
            offerIds: [String(offers.concert)],
            position: 0,
          })
        ).data!.saveEditorialSelection.id,
      );
    }
    const orders = Array.from({ length: 20 }, (_, n) =>
      [...ids].sort(
        (x, y) =>
          ((Number(x) * (n + 3)) % 7) - ((Number(y) * (n + 3)) % 7) || Number(x) - Number(y),
      ),
    );
    const answers = await Promise.all(
      orders.map((order) => api.gql(REORDER, { ids: order }, { token: admin })),
    );
    expect(answers.map((a) => a.errors)).toEqual(orders.map(() => undefined));
    const rows = await api.sql<{ id: number; position: number }>(
      'select id, position from editorial_selection order by position, id',
    );
    expect(rows.map((r) => r.position)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(orders.map((o) => o.join())).toContain(rows.map((r) => String(r.id)).join());
    const [{ audited }] = (await api.sql<{ audited: number }>(
      `select count(*)::int as audited from audit_log where action = 'SELECTIONS_REORDERED'
         and created_at > now() - interval '1 minute'`,
    )) as [{ audited: number }];
    expect(audited).toBeGreaterThanOrEqual(20);
    // A list that is not every selection (one added or deleted meanwhile) changes nothing.
    const stale = await api.gql(REORDER, { ids: ids.slice(1) }, { token: admin });
    expect(errorCode(stale)).toBe('BAD_USER_INPUT');
    const twice = await api.gql(REORDER, { ids: [...ids.slice(1), ids[1]] }, { token: admin });
    expect(errorCode(twice)).toBe('BAD_USER_INPUT');
    const after = await api.sql<{ id: number }>(
      'select id from editorial_selection order by position, id',
    );
    expect(after.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    const { token } = await insertBeneficiary(api, 'reordonne@exemple.fr');
    expect(errorCode(await api.gql(REORDER, { ids }, { token }))).toBe('FORBIDDEN');
  });
});

describe('share pages', () => {
  const page = async (path: string) => {
    const response = await fetch(`${api.url}${path}`, { headers: { accept: 'text/html' } });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: await response.text(),
    };
  };

  it('carry the escaped Open Graph and Twitter tags of a visible offer', async () => {
    const { status, type, body } = await page(`/offre/${offers.concert}`);
    expect(status).toBe(200);
    expect(type).toMatch(/text\/html/);
    expect(body).toContain(
      '<meta property="og:title" content="Concert &lt;de&gt; &quot;jazz&quot; &amp; blues">',
    );
    expect(body).toContain(
      '<title>Concert &lt;de&gt; &quot;jazz&quot; &amp; blues — pass Culture</title>',
    );
    expect(body).toMatch(/<meta name="twitter:card" content="summary">/);
    expect(body).toMatch(/<meta name="twitter:data1" content="Dès 15,00\s€">/);
    expect(body).toMatch(
      /<meta property="og:description" content="Concert · Lieu test, Saint-Denis · Dès 15,00\s€">/,
    );
    expect(body).not.toContain('<de>');
  });

  it('of a venue name the venue', async () => {
    const { status, body } = await page(`/lieu/${venueId}`);
    expect(status).toBe(200);
    expect(body).toContain('<meta property="og:title" content="Lieu test">');
    expect(body).toContain('Saint-Denis');
  });

  it('leak nothing of a hidden, unknown or malformed offer or venue', async () => {
    const hidden = [offers.inactive, offers.pending, offers.newOfferer];
    for (const id of hidden) {
      const { status, body } = await page(`/offre/${id}`);
      expect(status).toBe(404);
      expect(body).not.toMatch(/Caché|og:title|Saint-Denis|twitter:/);
    }
    for (const path of ['/offre/999999', '/offre/abc', '/offre/-1', '/offre/1e3', '/lieu/0']) {
      const { status, body } = await page(path);
      expect(status).toBe(404);
      expect(body).not.toMatch(/og:title/);
    }
    const [{ id: hiddenVenue }] = (await api.sql<{ id: number }>(
      "select v.id from venue v join offerer f on f.id = v.offerer_id where f.status = 'NEW' limit 1",
    )) as [{ id: number }];
    const venue = await page(`/lieu/${hiddenVenue}`);
    expect(venue.status).toBe(404);
    expect(venue.body).not.toMatch(/og:title|Lieu test/);
  });
});

describe('diversity figures', () => {
  const DIVERSITY = /* GraphQL */ `
    query D($period: DiversityPeriod!, $dep: String) {
      uptakeDiversity(period: $period, departmentCode: $dep) {
        asOf
        totals {
          bookers
          oneCategory
          twoCategories
          threeOrMore
          oneCategoryShare
          threeOrMoreShare
          averageCategories
        }
        departments {
          code
          bookers
          oneCategory
          twoCategories
          threeOrMore
          averageCategories
        }
      }
    }
  `;
  interface Figures {
    bookers: number;
    oneCategory: number;
    twoCategories: number;
    threeOrMore: number;
    oneCategoryShare: number | null;
    threeOrMoreShare: number | null;
    averageCategories: number | null;
  }

  it('count bookers by distinct categories, per department, from the refreshed rollups', async () => {
    const stockOf = async (offerId: number) =>
      String(
        (
          await api.sql<{ id: number }>(
            'select id from stock where offer_id = $1 and not is_soft_deleted limit 1',
            [offerId],
          )
        )[0]!.id,
      );
    const book = async (token: string, offerId: number) => {
      const res = await api.gql(
        'mutation($s: ID!) { bookOffer(stockId: $s) { id } }',
        { s: await stockOf(offerId) },
        { token },
      );
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    };
    // Three people of 93: one category (two books), two categories, three categories.
    const a = await insertBeneficiary(api, 'div.a@exemple.fr');
    await book(a.token, offers.book);
    await book(a.token, offers.few);
    const b = await insertBeneficiary(api, 'div.b@exemple.fr');
    await book(b.token, offers.book);
    await book(b.token, offers.cinema);
    const c = await insertBeneficiary(api, 'div.c@exemple.fr');
    await book(c.token, offers.book);
    await book(c.token, offers.cinema);
    await book(c.token, offers.concert);
    expect(
      (await api.gql('mutation { refreshUptake }', {}, { token: admin })).errors,
    ).toBeUndefined();

    const res = await api.gql<{
      uptakeDiversity: { totals: Figures; departments: (Figures & { code: string })[] };
    }>(DIVERSITY, { period: 'WEEKS_12', dep: '93' }, { token: admin });
    expect(res.errors).toBeUndefined();
    const totals = res.data!.uptakeDiversity.totals;
    // With the reader of « Pour changer » above (one book): 4 people, 1 + 1 + 2 + 3 categories.
    expect(totals).toMatchObject({ bookers: 4, oneCategory: 2, twoCategories: 1, threeOrMore: 1 });
    expect(totals.oneCategoryShare).toBeCloseTo(2 / 4);
    expect(totals.threeOrMoreShare).toBeCloseTo(1 / 4);
    expect(totals.averageCategories).toBeCloseTo(7 / 4);
    const d93 = res.data!.uptakeDiversity.departments.find((d) => d.code === '93')!;
    expect(d93.bookers).toBe(4);
    const d35 = res.data!.uptakeDiversity.departments.find((d) => d.code === '35')!;
    expect(d35).toMatchObject({ bookers: 0, averageCategories: null });
    expect(res.data!.uptakeDiversity.departments.length).toBeGreaterThan(100);
  });

  it('refuse an unknown department, and callers who are not admins get nothing', async () => {
    const unknown = await api.gql(DIVERSITY, { period: 'ALL', dep: '96' }, { token: admin });
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.data).toBeNull();
    const { token } = await insertBeneficiary(api, 'div.curieux@exemple.fr');
    const young = await api.gql(DIVERSITY, { period: 'ALL' }, { token });
    expect(errorCode(young)).toBe('FORBIDDEN');
    expect(young.data).toBeNull();
  });
});
