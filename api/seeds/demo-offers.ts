/**
 * French offer names, descriptions, prices, quantities and start hours for
 * every subcategory, generated from parts. Also: which subcategories each venue
 * type publishes, and how many offers it has.
 */
import { z } from 'zod';
import { SUBCATEGORIES } from '../src/modules/catalog/categories.js';
import type { VenueType } from '../src/modules/catalog/venue-types.js';
import { ADULT_FIRST_NAMES, elidedDe, LAST_NAMES } from './demo-data.js';
import type { Random } from './random.js';
import { pairsByKey } from './data-files.js';
import OFFER_WORDS from './data/demo/offer-words.json' with { type: 'json' };
import OFFER_MIX from './data/demo/offer-mix.json' with { type: 'json' };
import OFFER_FIGURES from './data/demo/offer-figures.json' with { type: 'json' };

/** What the generator knows about where the offer is published. */
export interface OfferContext {
  venueName: string;
  city: string | null;
  /** e.g. "2026-2027": the cultural season around the seed's date. */
  season: string;
  year: number;
  /** Days a booked good is kept for pickup: the subcategory's booking expiry. */
  pickupDays: number;
}

export interface OfferContent {
  name: string;
  description: string;
  /** A book's author, a concert's artist: what the catalogue names (and search finds). */
  author?: string;
  performer?: string;
}

export interface OfferTemplate {
  content(random: Random, context: OfferContext): OfferContent;
  /** Price of one place, in cents. */
  price(random: Random): number;
  /** Places per stock: [min, max] and the chance of an unlimited stock. */
  quantity: readonly [min: number, max: number];
  unlimitedChance: number;
  /** Local start times of events: [hour, minute]. */
  startTimes?: ReadonlyArray<readonly [hour: number, minute: number]>;
}

// ---------------------------------------------------------------- parts

/** Word lists the names and descriptions are made of (seeds/data/demo/offer-words.json). */
const WORDS = OFFER_WORDS;
/** A book: a classic carries its own kind and pitch, a generated one draws them. */
interface Book {
  title: string;
  author: string;
  kind?: string;
  pitch?: string;
}
const CLASSIC_BOOKS: readonly Book[] = WORDS.classicBooks.map(([title, author, kind, pitch]) => ({
  title: title!,
  author: author!,
  kind: kind!,
  pitch: pitch!,
}));
const CLASSIC_PLAYS = WORDS.classicPlays.map(([title, author, pitch]) => ({
  title: title!,
  author: author!,
  pitch: pitch!,
}));
const BOOK_PITCHES: Readonly<Record<string, readonly string[]>> = WORDS.bookPitches;
const SHOW_PITCHES: Readonly<Record<string, readonly string[]>> = WORDS.showPitches;

/** The pitches that suit a kind of book or a genre of show. */
function pitchesFor(pitches: Readonly<Record<string, readonly string[]>>, key: string) {
  const found = pitches[key];
  if (!found) throw new Error(`Seed data: no pitch for « ${key} »`);
  return found;
}

// ---------------------------------------------------------------- helpers

function person(random: Random): string {
  return `${random.pick(ADULT_FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
}

function filmTitle(random: Random): string {
  if (random.chance(0.25)) return random.pick(WORDS.filmStandaloneTitles);
  return `${random.pick(WORDS.filmSubjects)} ${random.pick(WORDS.filmComplements)}`;
}

function filmSynopsis(random: Random): string {
  return `${random.pick(WORDS.storyCharacters)} ${random.pick(WORDS.storyActions)} ${random.pick(WORDS.storySettings)}.`;
}

function filmDuration(random: Random): string {
  const minutes = random.int(78, 152);
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')}`;
}

function pickBook(random: Random): Book {
  if (random.chance(0.3)) return random.pick(CLASSIC_BOOKS);
  return {
    title: `${random.pick(WORDS.bookSubjects)} ${random.pick(WORDS.bookComplements)}`,
    author: person(random),
  };
}

/**
 * A book's kind and pitch: a classic's own, else drawn together so they agree. Both are
 * drawn for a classic too, so that the rest of the demo data stays as it was.
 */
function kindAndPitch(random: Random, book: Book): { kind: string; pitch: string } {
  const kind = random.pick(WORDS.bookKinds);
  const pitch = random.pick(pitchesFor(BOOK_PITCHES, kind));
  return { kind: book.kind ?? kind, pitch: book.pitch ?? pitch };
}

function artist(random: Random): string {
  return random.chance(0.8) ? random.pick(WORDS.bandNames) : person(random);
}

/** For events, passes and lessons: what to do on the day. */
function onSite(random: Random): string {
  return random.pick(WORDS.onSiteNotes);
}

/** For goods: how long they are kept for you (the booking expires after that). */
function pickup(random: Random, days: number): string {
  return `${random.pick(WORDS.pickupNotes)}, sous ${days} jours.`;
}

// ---------------------------------------------------------------- templates

/** How each subcategory's offers are named and described; the figures are in offer-figures.json. */
const OFFER_CONTENTS: Readonly<Record<string, Pick<OfferTemplate, 'content'>>> = {
  SEANCE_CINE: {
    content: (r) => ({
      name: filmTitle(r),
      description: `${r.pick(WORDS.filmGenres)} ${elidedDe(person(r))} (${filmDuration(r)}). ${filmSynopsis(r)} ${r.pick(WORDS.screeningNotes)}`,
    }),
  },
  CARTE_CINE_MULTISEANCES: {
    content: (r, c) => {
      const places = r.pick([5, 10]);
      return {
        name: `Carte ${places} places — ${c.venueName}`,
        description: `${places} entrées valables un an sur toutes les séances de la salle, y compris les avant-premières. ${onSite(r)}`,
      };
    },
  },
  SUPPORT_PHYSIQUE_FILM: {
    content: (r, c) => {
      const title = filmTitle(r);
      const format = r.pick(['DVD', 'Blu-ray', 'coffret DVD collector']);
      return {
        name: `« ${title} » en ${format}`,
        description: `${r.pick(WORDS.filmGenres)} ${elidedDe(person(r))}. ${filmSynopsis(r)} Avec des bonus inédits. ${pickup(r, c.pickupDays)}`,
      };
    },
  },
  VOD: {
    content: (r) => ({
      name: `« ${filmTitle(r)} » en vidéo à la demande`,
      description: `Location 48 h. ${r.pick(WORDS.filmGenres)} ${elidedDe(person(r))}. ${filmSynopsis(r)}`,
    }),
  },
  ABO_PLATEFORME_VIDEO: {
    content: (r) => {
      const months = r.pick([1, 3, 6]);
      const platform = r.pick(WORDS.videoPlatforms);
      return {
        name: `Abonnement ${months} mois — ${platform}`,
        description: `Accès illimité au catalogue de ${platform} : films d'auteur, documentaires et courts-métrages. Code envoyé par courriel après la réservation.`,
      };
    },
  },
  LIVRE_PAPIER: {
    content: (r, c) => {
      if (r.chance(0.2)) {
        const series = r.pick(WORDS.bookSeries);
        return {
          name: `${series} — tome ${r.int(1, 14)}`,
          description: `${r.pick(['Manga', 'Bande dessinée'])} ${elidedDe(person(r))}. ${r.pick(WORDS.comicPitches)} ${pickup(r, c.pickupDays)}`,
        };
      }
      const book = pickBook(r);
      const { kind, pitch } = kindAndPitch(r, book);
      return {
        name: book.title,
        author: book.author,
        description: `${kind} ${elidedDe(book.author)}. ${pitch} ${r.pick(WORDS.bookFormats)}, ${r.int(12, 60) * 10} pages. ${pickup(r, c.pickupDays)}`,
      };
    },
  },
  LIVRE_AUDIO_PHYSIQUE: {
    content: (r, c) => {
      const { title, author } = pickBook(r);
      return {
        name: `« ${title} » — livre audio`,
        description: `Le texte ${elidedDe(author)} lu par ${person(r)}. Un CD MP3, ${r.int(4, 14)} heures d'écoute. ${pickup(r, c.pickupDays)}`,
      };
    },
  },
  LIVRE_NUMERIQUE: {
    content: (r) => {
      const book = pickBook(r);
      const { kind, pitch } = kindAndPitch(r, book);
      return {
        name: `« ${book.title} » — livre numérique`,
        description: `${kind} ${elidedDe(book.author)}, au format ePub sans DRM. ${pitch}`,
      };
    },
  },
  CONCERT: {
    content: (r, c) => {
      const name = artist(r);
      return {
        name: `${name} ${r.pick(WORDS.concertFormats).replace('{year}', String(c.year))}`,
        performer: name,
        description: `Concert ${r.pick(WORDS.musicGenres)}. ${r.pick(WORDS.concertDetails)} ${onSite(r)}`,
      };
    },
  },
  FESTIVAL_MUSIQUE: {
    content: (r, c) => {
      const festival = r.pick(WORDS.musicFestivalNames);
      const days = r.pick([1, 1, 2, 3]);
      return {
        name: `${festival} ${c.year} — pass ${days} jour${days > 1 ? 's' : ''}`,
        description: `Festival ${r.pick(WORDS.musicGenres)} et ${r.pick(WORDS.musicGenres)} : une vingtaine d'artistes sur trois scènes, dont ${artist(r)} et ${artist(r)}. ${onSite(r)}`,
      };
    },
  },
  ABO_CONCERT: {
    content: (r, c) => {
      const count = r.pick([3, 4, 5]);
      return {
        name: `Abonnement ${count} concerts — saison ${c.season}`,
        description: `${count} concerts au choix dans la programmation de la saison ${c.season}. Lieu : ${c.venueName}. ${onSite(r)}`,
      };
    },
  },
  SUPPORT_PHYSIQUE_MUSIQUE: {
    content: (r, c) => {
      const format = r.pick(['vinyle', 'CD', 'double vinyle', 'édition collector']);
      return {
        name: `${artist(r)} — « ${r.pick(WORDS.albumTitles)} » (${format})`,
        description: `Album ${r.pick(WORDS.musicGenres)}, ${r.int(8, 16)} titres. ${pickup(r, c.pickupDays)}`,
      };
    },
  },
  TELECHARGEMENT_MUSIQUE: {
    content: (r) => ({
      name: `« ${r.pick(WORDS.albumTitles)} » — ${artist(r)} (album à télécharger)`,
      description: `Album ${r.pick(WORDS.musicGenres)} en téléchargement, formats MP3 et FLAC. Lien envoyé après la réservation.`,
    }),
  },
  ABO_PLATEFORME_MUSIQUE: {
    content: (r) => {
      const months = r.pick([1, 3, 6]);
      const platform = r.pick(WORDS.musicPlatforms);
      return {
        name: `Abonnement musique ${months} mois — ${platform}`,
        description: `Écoute illimitée sans publicité sur ${platform}, hors connexion comprise. Code envoyé par courriel après la réservation.`,
      };
    },
  },
  SPECTACLE_REPRESENTATION: {
    content: (r) => {
      if (r.chance(0.35)) {
        const { title, author, pitch } = r.pick(CLASSIC_PLAYS);
        const director = person(r);
        r.float(); // the draw of the pitch a classic does not need: the rest of the demo stays as it was
        return {
          name: title,
          description: `Théâtre — ${elidedDe(author)}, mise en scène ${elidedDe(director)}. ${pitch} Durée : ${r.pick(['1 h 15', '1 h 30', '2 h'])}.`,
        };
      }
      const genre = r.pick(WORDS.showGenres);
      return {
        name: r.pick(WORDS.showTitles),
        description: `${genre} — par la compagnie ${r.pick(['du Hasard', 'des Oiseaux de nuit', 'Tire-Laine', 'La Rumeur', 'Les Éphémères', 'Kaléidoscope'])}. ${r.pick(pitchesFor(SHOW_PITCHES, genre))} Dès ${r.pick([8, 12, 14])} ans.`,
      };
    },
  },
  FESTIVAL_SPECTACLE: {
    content: (r, c) => {
      const festival = r.pick(WORDS.showFestivalNames);
      return {
        name: `Festival ${festival} ${c.year} — pass journée`,
        description: `Arts de la rue, cirque et danse : ${r.int(10, 40)} spectacles en plein air et sous chapiteau. ${onSite(r)}`,
      };
    },
  },
  ABO_SPECTACLE: {
    content: (r, c) => {
      const count = r.pick([3, 4, 6]);
      return {
        name: `Abonnement ${count} spectacles — saison ${c.season}`,
        description: `${count} spectacles au choix dans la programmation de la saison : théâtre, danse, cirque. Lieu : ${c.venueName}. ${onSite(r)}`,
      };
    },
  },
  VISITE: {
    content: (r, c) => {
      const exhibition = r.pick(WORDS.exhibitions);
      return r.chance(0.6)
        ? {
            name: `Exposition « ${exhibition} »`,
            description: `Entrée pour l'exposition temporaire « ${exhibition} », à découvrir à votre rythme. ${onSite(r)}`,
          }
        : {
            name: `Entrée — ${c.venueName}`,
            description: `Visite libre des collections permanentes et des expositions en cours. ${onSite(r)}`,
          };
    },
  },
  VISITE_GUIDEE: {
    content: (r) => {
      const tour = r.pick(WORDS.guidedTours);
      return {
        name: `Visite guidée : ${tour}`,
        description: `Une visite d'une heure et demie avec un guide-conférencier autour du thème « ${tour} ». Groupe de 25 personnes maximum.`,
      };
    },
  },
  CARTE_MUSEE: {
    content: (r, c) => ({
      name: `Pass annuel — ${c.venueName}`,
      description: `Un an d'accès illimité aux collections et aux expositions, avec des invitations aux vernissages. ${onSite(r)}`,
    }),
  },
  ATELIER_PRATIQUE_ART: {
    content: (r) => {
      const workshop = r.pick(WORDS.workshops);
      return {
        name: `Atelier ${workshop} — ${r.pick(WORDS.workshopLevels)}`,
        description: `Avec ${person(r)}, artiste. Matériel fourni, aucune expérience nécessaire. Groupe de ${r.int(6, 15)} personnes.`,
      };
    },
  },
  PRATIQUE_ART_COURS: {
    content: (r) => {
      const discipline = r.pick(WORDS.lessonDisciplines);
      return {
        name: `Cours de ${discipline} — ${r.pick(WORDS.lessonDurations)}`,
        description: `Cours collectifs de ${discipline} encadrés par un professeur diplômé, tous niveaux. ${onSite(r)}`,
      };
    },
  },
  ACHAT_INSTRUMENT: {
    content: (r, c) => ({
      name: r.pick(WORDS.instrumentsForSale),
      description: `Instrument neuf, réglé en atelier avant le retrait, garanti deux ans. Conseils de prise en main offerts. ${pickup(r, c.pickupDays)}`,
    }),
  },
  LOCATION_INSTRUMENT: {
    content: (r) => {
      const months = r.pick([3, 6, 12]);
      return {
        name: `Location ${r.pick(WORDS.instrumentsForRent)} — ${months} mois`,
        description: `Location avec entretien compris ; le montant est déductible en cas d'achat. ${onSite(r)}`,
      };
    },
  },
  MATERIEL_ART_CREATIF: {
    content: (r, c) => ({
      name: r.pick(WORDS.artSupplies),
      description: `Matériel de qualité étude, pour débuter ou progresser. ${pickup(r, c.pickupDays)}`,
    }),
  },
  CONFERENCE: {
    content: (r) => {
      const topic = r.pick(WORDS.talkTopics);
      return {
        name: `Conférence : ${topic}`,
        description: `Par ${person(r)}, ${r.pick(WORDS.speakerJobs)}. Une heure d'exposé suivie d'un temps d'échange avec le public.`,
      };
    },
  },
  RENCONTRE: {
    content: (r) => {
      if (r.chance(0.5)) {
        const book = pickBook(r);
        if (book.kind) {
          // A classic's author cannot come: someone reads it instead.
          const reader = person(r);
          return {
            name: `Lecture : « ${book.title} »`,
            description: `« ${book.title} », ${book.author} : des pages choisies lues par ${reader}, puis un échange avec le public. ${onSite(r)}`,
          };
        }
        return {
          name: `Rencontre-dédicace avec ${book.author}`,
          description: `${book.author} présente son dernier livre, « ${book.title} », puis dédicace. ${onSite(r)}`,
        };
      }
      const film = filmTitle(r);
      return {
        name: `Ciné-rencontre : « ${film} »`,
        description: `Projection suivie d'une rencontre avec ${person(r)}, ${r.pick(['réalisatrice', 'réalisateur', 'comédienne', 'scénariste'])} du film.`,
      };
    },
  },
  ESCAPE_GAME: {
    content: (r) => ({
      name: `Escape game « ${r.pick(WORDS.escapeRooms)} »`,
      description: `Une heure pour résoudre les énigmes et sortir de la salle, de 2 à 5 joueurs. ${onSite(r)}`,
    }),
  },
  JEU_EN_LIGNE: {
    content: (r) => ({
      name: `${r.pick(WORDS.videoGames)} — jeu en ligne`,
      description: `Jeu vidéo ${r.pick(["d'aventure", 'de stratégie', 'de réflexion', 'de course', 'coopératif'])} indépendant, code de téléchargement pour PC et consoles envoyé après la réservation.`,
    }),
  },
  JEU_SUPPORT_PHYSIQUE: {
    content: (r, c) => ({
      name: `Jeu de société « ${r.pick(WORDS.boardGames)} »`,
      description: `De ${r.int(2, 4)} à ${r.int(5, 8)} joueurs, parties de ${r.pick([20, 30, 45, 60])} minutes. ${pickup(r, c.pickupDays)}`,
    }),
  },
  ABO_PRESSE_EN_LIGNE: {
    content: (r) => {
      const months = r.pick([3, 6, 12]);
      const paper = r.pick(WORDS.newspapers);
      return {
        name: `${paper} — abonnement numérique ${months} mois`,
        description: `Tous les articles de ${paper} sur le site et l'application, archives comprises. Code envoyé par courriel après la réservation.`,
      };
    },
  },
  PODCAST: {
    content: (r) => {
      const podcast = r.pick(WORDS.podcasts);
      return {
        name: `Podcast « ${podcast} » — saison ${r.int(1, 5)}`,
        description: `Une série de ${r.int(6, 12)} épisodes, accès anticipé et épisodes bonus. Lien d'écoute envoyé après la réservation.`,
      };
    },
  },
  ACTIVATION_THING: {
    content: (r) => ({
      name: `Code d'activation — ${r.pick(WORDS.activationItems)}`,
      description: `Carte imprimée portant un code d'activation personnel. ${onSite(r)}`,
    }),
  },
};

/** Prices, places and start times of a subcategory's offers (offer-figures.json). */
const OfferFiguresSchema = z.object({
  /** [min, max] euros; a price tag ends in ,00 ,50 ,90 or ,99 (never above max). */
  priceEuros: z.tuple([z.number().int().min(0), z.number().int().min(0)]),
  /** The chance that the offer is free. */
  freeChance: z.number().min(0).max(1).optional(),
  quantity: z.tuple([z.number().int().positive(), z.number().int().positive()]),
  unlimitedChance: z.number().min(0).max(1),
  startTimes: z.array(z.tuple([z.number().int(), z.number().int()])).optional(),
});
type OfferFigures = z.infer<typeof OfferFiguresSchema>;

/** A price in cents drawn from the figures: free with their chance, else between min and max euros. */
function priceOf({ priceEuros: [min, max], freeChance }: OfferFigures): (random: Random) => number {
  return (random) => {
    if (freeChance !== undefined && random.chance(freeChance)) return 0;
    const whole = random.int(min, max);
    const cents = random.pick([0, 0, 50, 90, 99]);
    return Math.max(0, whole * 100 + (whole === max ? 0 : cents));
  };
}

/** Every subcategory's content, with its figures from the data file. */
function offerTemplates(): Readonly<Record<string, OfferTemplate>> {
  const figuresById = z.record(z.string(), OfferFiguresSchema).parse(OFFER_FIGURES);
  return Object.fromEntries(
    Object.entries(OFFER_CONTENTS).map(([id, { content }]) => {
      const figures = figuresById[id];
      if (!figures) throw new Error(`Demo seed: offer-figures.json has no ${id}`);
      const { quantity, unlimitedChance, startTimes } = figures;
      return [id, { content, price: priceOf(figures), quantity, unlimitedChance, startTimes }];
    }),
  );
}

export const OFFER_TEMPLATES = offerTemplates();

/** Which subcategories a venue of each type publishes, with relative weights. */
export const SUBCATEGORIES_BY_VENUE_TYPE: Readonly<
  Record<VenueType, Readonly<Record<string, number>>>
> = OFFER_MIX.subcategoriesByVenueType;

/** How many offers a physical venue of each type publishes. */
export const OFFER_COUNT_BY_VENUE_TYPE: Readonly<
  Record<VenueType, readonly [min: number, max: number]>
> = pairsByKey(OFFER_MIX.offerCountByVenueType);

/** Fails fast when a subcategory is added to categories.ts without a template here. */
export function assertEverySubcategoryHasATemplate(): void {
  const missing = SUBCATEGORIES.filter((s) => !OFFER_TEMPLATES[s.id]).map((s) => s.id);
  if (missing.length > 0) throw new Error(`Demo seed: no offer template for ${missing.join(', ')}`);
}
