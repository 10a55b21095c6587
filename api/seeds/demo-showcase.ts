/**
 * The hand-written part of the demo, around the accounts people log in with:
 * staff, the demo pro's offerer, the two demo beneficiaries with their bookings,
 * the pre-registered young person and the pending activation request.
 */
import { OffererStatus } from '../src/modules/catalog/offerer.entity.js';
import { ValidationStatus } from '../src/modules/catalog/offer.entity.js';
import type { VenueType } from '../src/modules/catalog/venue-types.js';
import { BookingStatus, CancellationReason } from '../src/modules/booking/booking.entity.js';
import { ActivationStatus } from '../src/modules/identity/user.entity.js';
import { Role } from '../src/modules/identity/roles.js';
import { DEMO_EMAILS } from './demo-accounts.js';
import type { DemoBuilder } from './demo-builder.js';
import { VENUE_CITIES, type City } from './demo-data.js';
import { addDigitalOffers, addVenueOffers, type Beneficiary } from './demo-generate.js';
import { at } from './demo-model.js';
import {
  birthDateFor,
  DAY_MS,
  later,
  localDateOf,
  maxDate,
  MINUTE_MS,
  PARIS_TIME_ZONE,
} from '../src/shared/time.js';

export interface Showcase {
  pro: number;
  venues: {
    cinema: number;
    concertHall: number;
    bookstore: number;
    theatre: number;
    recordStore: number;
  };
  strasbourg: { instrumentStore: number; recordStore: number };
}

function findCity(departmentCode: string, name: string): City {
  const city = VENUE_CITIES[departmentCode]?.find((c) => c.name === name);
  if (!city) throw new Error(`Demo seed: no city ${name} in ${departmentCode}`);
  return city;
}

interface HandVenue {
  publicName: string;
  venueType: VenueType;
  departmentCode: string;
  city: string;
  street: string;
}

/** An offerer described by hand; its venues get generated offers like the others. */
function addHandOfferer(
  b: DemoBuilder,
  fields: {
    name: string;
    slugBase: string;
    status: OffererStatus;
    createdAt: Date;
    venues: HandVenue[];
    digital: string[];
  },
): { offerer: number; venues: number[] } {
  const offerer = b.addOfferer({
    name: fields.name,
    slug: b.freeSlug(fields.slugBase),
    status: fields.status,
    createdAt: fields.createdAt,
  });
  const venues = fields.venues.map((venue) => {
    const city = findCity(venue.departmentCode, venue.city);
    // Demo venues keep their names to themselves, whatever the city.
    b.reserveVenueNameEverywhere(venue.publicName);
    b.reserveOffererIdentity(venue.publicName);
    const index = b.addPhysicalVenue(offerer, { ...venue, city, createdAt: fields.createdAt });
    addVenueOffers(b, index);
    return index;
  });
  const virtualVenue = b.addVirtualVenue(offerer, fields.createdAt);
  if (fields.digital.length > 0) addDigitalOffers(b, virtualVenue, fields.digital, 6);
  return { offerer, venues };
}

function addStaffUser(
  b: DemoBuilder,
  email: string,
  firstName: string,
  lastName: string,
  role: Role,
  createdAt: Date,
): number {
  return b.addUser({
    email,
    firstName,
    lastName,
    birthDate: null,
    postalCode: null,
    departmentCode: null,
    roles: [role],
    activationStatus: null,
    activationRequestedAt: null,
    createdAt,
  });
}

/** The admin, the demo pros and their offerers (one validated in 93, one new in 94), one in Strasbourg. */
export function addStaffAndShowcaseOfferers(b: DemoBuilder): Showcase {
  addStaffUser(b, DEMO_EMAILS.admin, 'Alice', 'Moreau', Role.ADMIN, b.daysAgo(800));

  const proCreatedAt = b.daysAgo(900);
  const pro = addStaffUser(b, DEMO_EMAILS.pro, 'Louis', 'Bernard', Role.PRO, proCreatedAt);
  const east = addHandOfferer(b, {
    name: "SAS Les Scènes de l'Est parisien",
    slugBase: 'scenes-est-parisien',
    status: OffererStatus.VALIDATED,
    createdAt: proCreatedAt,
    venues: [
      {
        publicName: "Cinéma L'Étoile",
        venueType: 'MOVIE',
        departmentCode: '93',
        city: 'Saint-Denis',
        street: 'rue de la République',
      },
      {
        publicName: 'Salle de concert Le Hangar',
        venueType: 'CONCERT_HALL',
        departmentCode: '93',
        city: 'Montreuil',
        street: 'rue de Paris',
      },
      {
        publicName: 'Librairie Les Mots Passants',
        venueType: 'BOOKSTORE',
        departmentCode: '93',
        city: 'Bobigny',
        street: 'avenue Jean Jaurès',
      },
      {
        publicName: 'Théâtre de la Fabrique',
        venueType: 'PERFORMING_ARTS',
        departmentCode: '93',
        city: 'Pantin',
        street: 'rue Hoche',
      },
      {
        publicName: 'Disquaire Face B',
        venueType: 'RECORD_STORE',
        departmentCode: '93',
        city: 'Aubervilliers',
        street: 'rue du Moutier',
      },
    ],
    digital: ['VOD', 'TELECHARGEMENT_MUSIQUE', 'LIVRE_NUMERIQUE'],
  });
  b.addMembership(pro, east.offerer, OffererStatus.VALIDATED, proCreatedAt);

  const strasbourg = addHandOfferer(b, {
    name: 'SARL Diapason Strasbourg',
    slugBase: 'diapason-strasbourg',
    status: OffererStatus.VALIDATED,
    createdAt: b.daysAgo(1200),
    venues: [
      {
        publicName: 'Magasin de musique Diapason',
        venueType: 'MUSICAL_INSTRUMENT_STORE',
        departmentCode: '67',
        city: 'Strasbourg',
        street: 'rue des Grandes Arcades',
      },
      {
        publicName: 'Disquaire La Galette',
        venueType: 'RECORD_STORE',
        departmentCode: '67',
        city: 'Strasbourg',
        street: 'rue du Jeu-des-Enfants',
      },
      {
        publicName: 'École de musique Arpège',
        venueType: 'ARTISTIC_COURSE',
        departmentCode: '67',
        city: 'Schiltigheim',
        street: 'route de Bischwiller',
      },
    ],
    digital: ['TELECHARGEMENT_MUSIQUE'],
  });
  const strasbourgPro = addStaffUser(
    b,
    'marc.schmitt@diapason-strasbourg.test',
    'Marc',
    'Schmitt',
    Role.PRO,
    b.daysAgo(1200),
  );
  b.addMembership(strasbourgPro, strasbourg.offerer, OffererStatus.VALIDATED, b.daysAgo(1200));
  // The demo pro asked to join this one too: the membership waits for validation.
  b.addMembership(pro, strasbourg.offerer, OffererStatus.NEW, b.daysAgo(6));

  const newCreatedAt = b.daysAgo(4);
  const newcomer = addStaffUser(
    b,
    DEMO_EMAILS.newOffererPro,
    'Sophie',
    'Garnier',
    Role.PRO,
    newCreatedAt,
  );
  const ateliers = addHandOfferer(b, {
    name: 'Association Les Ateliers du Canal',
    slugBase: 'ateliers-du-canal',
    status: OffererStatus.NEW,
    createdAt: newCreatedAt,
    venues: [
      {
        publicName: 'Les Ateliers du Canal',
        venueType: 'ARTISTIC_COURSE',
        departmentCode: '94',
        city: 'Ivry-sur-Seine',
        street: 'quai Marcel Boyer',
      },
      {
        publicName: 'Galerie Contrepoint',
        venueType: 'VISUAL_ARTS',
        departmentCode: '94',
        city: 'Vitry-sur-Seine',
        street: 'avenue Paul Vaillant-Couturier',
      },
    ],
    digital: [],
  });
  b.addMembership(newcomer, ateliers.offerer, OffererStatus.VALIDATED, newCreatedAt);

  const [cinema, concertHall, bookstore, theatre, recordStore] = east.venues as [
    number,
    number,
    number,
    number,
    number,
  ];
  const [instrumentStore, strasbourgRecords] = strasbourg.venues as [number, number, number];
  return {
    pro,
    venues: { cinema, concertHall, bookstore, theatre, recordStore },
    strasbourg: { instrumentStore, recordStore: strasbourgRecords },
  };
}

/** An approved, active offer written by hand, published `createdDaysAgo` days ago. */
function addHandOffer(
  b: DemoBuilder,
  venue: number,
  fields: {
    subcategoryId: string;
    name: string;
    description: string;
    isDuo?: boolean;
    createdDaysAgo: number;
  },
): number {
  return b.addOffer({
    venue,
    subcategoryId: fields.subcategoryId,
    name: fields.name,
    description: fields.description,
    isDuo: fields.isDuo ?? false,
    isActive: true,
    validation: ValidationStatus.APPROVED,
    createdAt: maxDate(at(b.data.venues, venue).createdAt, b.daysAgo(fields.createdDaysAgo)),
  });
}

/** Camille: a month-old credit, a used book, two shows ahead, a cancelled film, a music subscription. */
function addCamille(
  b: DemoBuilder,
  showcase: Showcase,
  platforms: Map<string, number>,
): Beneficiary {
  const camille = b.addBeneficiary({
    email: DEMO_EMAILS.beneficiary,
    firstName: 'Camille',
    lastName: 'Martin',
    birthDate: birthDateFor(b.today, 18, 60),
    city: findCity('93', 'Saint-Denis'),
    grantedAt: b.daysAgo(30),
  });
  const { venues } = showcase;
  const year = b.today.year;

  const book = addHandOffer(b, venues.bookstore, {
    subcategoryId: 'LIVRE_PAPIER',
    name: 'La Gloire de mon père',
    description:
      "Roman de Marcel Pagnol. Les souvenirs d'enfance de l'auteur, entre Marseille et les collines de Provence. Édition de poche, 224 pages.",
    createdDaysAgo: 90,
  });
  const bookStock = b.addThingStock(book, { priceCents: 790, quantity: 12 });

  const concert = addHandOffer(b, venues.concertHall, {
    subcategoryId: 'CONCERT',
    name: `Les Marées Hautes — tournée ${year}`,
    description:
      'Concert pop et chanson française. Le groupe présente son nouvel album sur scène. Concert debout, placement libre. Ouverture des portes à 19 h 30.',
    isDuo: true,
    createdDaysAgo: 45,
  });
  const concertStock = b.addEventStock(concert, {
    dayOffset: 12,
    hour: 20,
    minute: 30,
    priceCents: 1800,
    quantity: 250,
  });
  b.addEventStock(concert, {
    dayOffset: 26,
    hour: 20,
    minute: 30,
    priceCents: 1800,
    quantity: 250,
  });

  const film = addHandOffer(b, venues.cinema, {
    subcategoryId: 'SEANCE_CINE',
    name: 'Les Lumières de minuit',
    description:
      "Comédie dramatique de Claire Fontaine (1 h 44). Une bande d'adolescents organise un concert pour sauver la salle des fêtes, dans la banlieue nord de Paris. Séance en version française.",
    isDuo: true,
    createdDaysAgo: 40,
  });
  const filmStock = b.addEventStock(film, {
    dayOffset: 6,
    hour: 20,
    minute: 30,
    priceCents: 700,
    quantity: 120,
  });
  b.addEventStock(film, { dayOffset: 7, hour: 18, minute: 0, priceCents: 700, quantity: 120 });

  const play = addHandOffer(b, venues.theatre, {
    subcategoryId: 'SPECTACLE_REPRESENTATION',
    name: 'Cyrano de Bergerac',
    description:
      "Théâtre — d'Edmond Rostand, mise en scène de Nadia Haddad. Une relecture énergique d'un grand classique, en alexandrins et en musique live. Durée : 2 h.",
    isDuo: true,
    createdDaysAgo: 60,
  });
  const playStock = b.addEventStock(play, {
    dayOffset: 20,
    hour: 20,
    minute: 0,
    priceCents: 1200,
    quantity: 300,
  });
  b.addEventStock(play, { dayOffset: 21, hour: 15, minute: 0, priceCents: 1200, quantity: 300 });

  const music = addHandOffer(b, b.virtualVenueOf(platformOf(platforms, 'Ondes Libres')), {
    subcategoryId: 'ABO_PLATEFORME_MUSIQUE',
    name: 'Abonnement musique 3 mois — Ondes Libres',
    description:
      'Écoute illimitée sans publicité sur Ondes Libres, hors connexion comprise. Code envoyé par courriel après la réservation.',
    createdDaysAgo: 200,
  });
  const musicStock = b.addThingStock(music, { priceCents: 2999, quantity: null });

  const base = { user: camille.user, deposit: camille.deposit, quantity: 1 };
  b.addBooking({
    ...base,
    stock: bookStock,
    status: BookingStatus.USED,
    bookedAt: b.daysAgo(20),
    usedAt: b.daysAgo(19),
  });
  b.addBooking({
    ...base,
    stock: concertStock,
    quantity: 2,
    status: BookingStatus.CONFIRMED,
    bookedAt: b.daysAgo(5),
  });
  b.addBooking({
    ...base,
    stock: filmStock,
    status: BookingStatus.CANCELLED,
    bookedAt: b.daysAgo(10),
    cancelledAt: b.daysAgo(9),
    cancellationReason: CancellationReason.BENEFICIARY,
  });
  b.addBooking({
    ...base,
    stock: playStock,
    status: BookingStatus.CONFIRMED,
    bookedAt: b.daysAgo(1),
  });
  b.addBooking({
    ...base,
    stock: musicStock,
    status: BookingStatus.CONFIRMED,
    bookedAt: b.daysAgo(3),
  });
  return camille;
}

/** Léa: an eleven-month-old credit, an instrument, and digital purchases close to the 200 € cap. */
function addLea(b: DemoBuilder, showcase: Showcase, platforms: Map<string, number>): Beneficiary {
  const grantedAt = b.daysAgo(330);
  const lea = b.addBeneficiary({
    email: DEMO_EMAILS.secondBeneficiary,
    firstName: 'Léa',
    lastName: 'Muller',
    // 18 and four months when granted eleven months ago: 19 today.
    birthDate: birthDateFor(localDateOf(grantedAt, PARIS_TIME_ZONE), 18, 120),
    city: findCity('67', 'Strasbourg'),
    grantedAt,
  });
  const online = (brand: string) => b.virtualVenueOf(platformOf(platforms, brand));
  const purchases: Array<{
    venue: number;
    subcategoryId: string;
    name: string;
    description: string;
    priceCents: number;
    bookedDaysAgo: number;
    outcome: 'USED' | 'CONFIRMED' | 'EXPIRED';
  }> = [
    {
      venue: showcase.strasbourg.instrumentStore,
      subcategoryId: 'ACHAT_INSTRUMENT',
      name: 'Guitare folk électro-acoustique',
      description:
        'Instrument neuf, réglé en atelier avant le retrait, garanti deux ans. Housse et accordeur offerts.',
      priceCents: 14900,
      bookedDaysAgo: 300,
      outcome: 'USED',
    },
    {
      venue: showcase.strasbourg.recordStore,
      subcategoryId: 'SUPPORT_PHYSIQUE_MUSIQUE',
      name: 'Les Lucioles — « Marée basse » (vinyle)',
      description: 'Album folk, 11 titres. Retrait en magasin sous 30 jours.',
      priceCents: 2490,
      bookedDaysAgo: 200,
      outcome: 'EXPIRED',
    },
    {
      venue: online('Cinétoile'),
      subcategoryId: 'ABO_PLATEFORME_VIDEO',
      name: 'Abonnement 6 mois — Cinétoile',
      description:
        "Accès illimité au catalogue de Cinétoile : films d'auteur, documentaires et courts-métrages.",
      priceCents: 4999,
      bookedDaysAgo: 250,
      outcome: 'USED',
    },
    {
      venue: online('Ondes Libres'),
      subcategoryId: 'ABO_PLATEFORME_MUSIQUE',
      name: 'Abonnement musique 12 mois — Ondes Libres',
      description: 'Écoute illimitée sans publicité sur Ondes Libres, hors connexion comprise.',
      priceCents: 5999,
      bookedDaysAgo: 200,
      outcome: 'USED',
    },
    {
      venue: online('Le Kiosque numérique'),
      subcategoryId: 'ABO_PRESSE_EN_LIGNE',
      name: "L'Écho des Régions — abonnement numérique 12 mois",
      description:
        "Tous les articles de L'Écho des Régions sur le site et l'application, archives comprises.",
      priceCents: 2999,
      bookedDaysAgo: 150,
      outcome: 'USED',
    },
    {
      venue: online('Pixel Arcade'),
      subcategoryId: 'JEU_EN_LIGNE',
      name: 'Métropole 2099 — jeu en ligne',
      description:
        'Jeu vidéo de stratégie indépendant, code de téléchargement pour PC et consoles envoyé après la réservation.',
      priceCents: 2999,
      bookedDaysAgo: 60,
      outcome: 'CONFIRMED',
    },
    {
      venue: online('Liseuse & Cie'),
      subcategoryId: 'LIVRE_NUMERIQUE',
      name: '« Bel-Ami » — livre numérique',
      description: 'Roman de Guy de Maupassant, au format ePub sans DRM.',
      priceCents: 1299,
      bookedDaysAgo: 20,
      outcome: 'USED',
    },
  ];
  for (const purchase of purchases) {
    const offer = addHandOffer(b, purchase.venue, { ...purchase, createdDaysAgo: 420 });
    const quantity = at(b.data.venues, purchase.venue).isVirtual ? null : 5;
    const stock = b.addThingStock(offer, { priceCents: purchase.priceCents, quantity });
    const bookedAt = b.daysAgo(purchase.bookedDaysAgo);
    const base = { user: lea.user, deposit: lea.deposit, stock, quantity: 1, bookedAt };
    if (purchase.outcome === 'USED') {
      b.addBooking({
        ...base,
        status: BookingStatus.USED,
        usedAt: later(bookedAt, 90 * MINUTE_MS),
      });
    } else if (purchase.outcome === 'EXPIRED') {
      const expiryDays = b.subcategoryOf(offer).bookingExpiryDays ?? 30;
      b.addBooking({
        ...base,
        status: BookingStatus.CANCELLED,
        cancelledAt: later(bookedAt, expiryDays * DAY_MS),
        cancellationReason: CancellationReason.EXPIRED,
      });
    } else {
      b.addBooking({ ...base, status: BookingStatus.CONFIRMED });
    }
  }
  return lea;
}

function platformOf(platforms: Map<string, number>, brand: string): number {
  const offerer = platforms.get(brand);
  if (offerer === undefined) throw new Error(`Demo seed: no platform ${brand}`);
  return offerer;
}

/** Hugo, pre-registered in Paris (closed), and Inès, whose activation request waits in Rennes. */
function addDemoYoungWithoutCredit(b: DemoBuilder): void {
  b.addUser({
    email: DEMO_EMAILS.preRegistered,
    firstName: 'Hugo',
    lastName: 'Petit',
    birthDate: birthDateFor(b.today, 17, 120),
    ...b.homeOf(findCity('75', 'Paris')),
    roles: [],
    activationStatus: ActivationStatus.PRE_REGISTERED,
    activationRequestedAt: null,
    createdAt: b.daysAgo(14),
  });
  b.addUser({
    email: DEMO_EMAILS.activationRequest,
    firstName: 'Inès',
    lastName: 'Diallo',
    birthDate: birthDateFor(b.today, 18, 45),
    ...b.homeOf(findCity('35', 'Rennes')),
    roles: [],
    activationStatus: ActivationStatus.REQUESTED,
    activationRequestedAt: b.daysAgo(2),
    createdAt: b.daysAgo(3),
  });
}

/** The demo young people with their hand-written offers and bookings. */
export function addShowcaseYoungPeople(
  b: DemoBuilder,
  showcase: Showcase,
  platforms: Map<string, number>,
): Beneficiary[] {
  const camille = addCamille(b, showcase, platforms);
  const lea = addLea(b, showcase, platforms);
  addDemoYoungWithoutCredit(b);
  return [camille, lea];
}

/** A few offers near Saint-Denis, and one online, that Camille keeps an eye on. */
export function addFavorites(b: DemoBuilder, beneficiary: Beneficiary): void {
  const user = at(b.data.users, beneficiary.user);
  const candidates = b.data.offers
    .map((offer, index) => ({ offer, index, venue: at(b.data.venues, offer.venue) }))
    .filter(
      ({ index }) => b.isBookable(index) && !b.ledger.hasActiveBooking(beneficiary.user, index),
    );
  const nearby = candidates.filter(({ venue }) => venue.departmentCode === user.departmentCode);
  const online = candidates.filter(({ venue }) => venue.isVirtual);
  for (const { index, offer } of [...b.random.sample(nearby, 6), ...b.random.sample(online, 1)]) {
    const from = maxDate(offer.createdAt, user.createdAt);
    b.data.favorites.push({
      user: beneficiary.user,
      offer: index,
      createdAt: b.between(from, b.now),
    });
  }
}
