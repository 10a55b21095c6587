/**
 * French offer names, descriptions, prices, quantities and start hours for
 * every subcategory, generated from parts. Also: which subcategories each venue
 * type publishes, and how many offers it has.
 */
import { SUBCATEGORIES } from '../src/modules/catalog/categories.js';
import type { VenueType } from '../src/modules/catalog/venue-types.js';
import { ADULT_FIRST_NAMES, elidedDe, LAST_NAMES } from './demo-data.js';
import type { Random } from './random.js';

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

const FILM_SUBJECTS = [
  'Les Nuits',
  'La Traversée',
  'Le Dernier Voyage',
  'Les Enfants',
  'La Mémoire',
  'Le Silence',
  'Les Ombres',
  'La Promesse',
  'Le Chant',
  'Les Lumières',
  'La Fugue',
  'Le Retour',
  'Les Oiseaux',
  'La Fille',
  'Le Gardien',
  'Les Héritiers',
  'Le Bal',
  'Les Invisibles',
  'Le Secret',
  'Les Vagues',
];
const FILM_COMPLEMENTS = [
  'du phare',
  'sous la pluie',
  'de la rivière',
  'du dimanche',
  'de minuit',
  'du bout du monde',
  'sans frontières',
  'de la vallée',
  'du port',
  'des collines',
  "de l'île",
  'du quartier',
  'de la forêt',
  'des étoiles',
  'à contre-courant',
  'de Marseille',
  'du grand large',
];
const FILM_STANDALONE_TITLES = [
  'Rivages',
  'Horizon vertical',
  'Tout doit disparaître',
  'Nos années lumière',
  'À la belle étoile',
  'Les Sentinelles',
  'Premier de cordée',
  'Sur le fil',
  'Contre-jour',
  'Mauvaise Graine',
  'Une saison à part',
  'La Vie devant nous',
  'Hors-piste',
  'Les Rêveurs',
];
const FILM_GENRES = [
  'Comédie dramatique',
  'Drame',
  'Comédie',
  "Film d'animation",
  'Documentaire',
  'Thriller',
  "Film d'aventure",
  'Science-fiction',
  'Film historique',
  'Comédie musicale',
];
const STORY_CHARACTERS = [
  'Une jeune boxeuse',
  'Un professeur de musique',
  'Deux sœurs',
  "Une bande d'adolescents",
  'Un vieux pêcheur',
  "Une cheffe d'orchestre",
  'Un jeune apprenti boulanger',
  'Une famille recomposée',
  'Un ancien champion de cyclisme',
  'Une étudiante en médecine',
  "Trois amis d'enfance",
  'Une photographe de guerre',
  'Un lycéen passionné de danse',
];
const STORY_ACTIONS = [
  "tente de retrouver la trace d'un père disparu",
  'se lance dans une tournée de concerts improbable',
  'prépare le concours de sa vie',
  'doit choisir entre son rêve et sa famille',
  'découvre un secret qui bouleverse tout le village',
  'organise un concert pour sauver la salle des fêtes',
  "rêve de traverser l'Atlantique à la voile",
  'reprend le cinéma de quartier de sa grand-mère',
  'enquête sur une série de disparitions',
  'apprend à faire confiance à nouveau',
];
const STORY_SETTINGS = [
  'dans une petite ville des Ardennes',
  'au cœur de la Bretagne',
  'dans la banlieue nord de Paris',
  "le temps d'un été caniculaire",
  'au début des années 1980',
  'dans un lycée de Montpellier',
  'sur les rives de la Loire',
  'en Guyane, au bord du Maroni',
  'dans les montagnes du Jura',
  'à Strasbourg, à la veille de Noël',
  'dans le Vaucluse, au milieu des vignes',
];
const SCREENING_NOTES = [
  'Séance en version française.',
  'Séance en version originale sous-titrée.',
  'Séance avec audiodescription et sous-titrage pour les personnes sourdes et malentendantes.',
  "Séance suivie d'un échange avec l'équipe du film.",
  'Avant-première.',
];

const BOOK_SUBJECTS = [
  'Le Jardin',
  'La Maison',
  'Les Années',
  "L'Île",
  'Le Livre',
  'La Saison',
  'Les Lettres',
  'Le Pays',
  'La Nuit',
  'Les Heures',
  'Le Cercle',
  'La Ligne',
  "L'Atlas",
  'Le Poids',
  'La Mer',
  'Les Racines',
];
const BOOK_COMPLEMENTS = [
  'des oubliés',
  'du bord de mer',
  'de nos pères',
  "d'en face",
  'des possibles',
  'du silence',
  'aux mille couleurs',
  'sous la neige',
  "de l'autre rive",
  'des lucioles',
  'de papier',
  'de verre',
  'des tempêtes',
  'des premiers jours',
];
const CLASSIC_BOOKS: ReadonlyArray<readonly [title: string, author: string]> = [
  ['Les Misérables', 'Victor Hugo'],
  ['Germinal', 'Émile Zola'],
  ['Madame Bovary', 'Gustave Flaubert'],
  ['Le Comte de Monte-Cristo', 'Alexandre Dumas'],
  ['Vingt mille lieues sous les mers', 'Jules Verne'],
  ['Bel-Ami', 'Guy de Maupassant'],
  ['Le Rouge et le Noir', 'Stendhal'],
  ['Les Fleurs du mal', 'Charles Baudelaire'],
  ['Candide', 'Voltaire'],
  ["L'Étranger", 'Albert Camus'],
  ['La Peste', 'Albert Camus'],
  ['Bonjour tristesse', 'Françoise Sagan'],
  ['Le Père Goriot', 'Honoré de Balzac'],
  ['Les Trois Mousquetaires', 'Alexandre Dumas'],
  ['Notre-Dame de Paris', 'Victor Hugo'],
  ['Les Liaisons dangereuses', 'Choderlos de Laclos'],
  ['La Princesse de Clèves', 'Madame de La Fayette'],
  ['Rhinocéros', 'Eugène Ionesco'],
  ['Le Tour du monde en quatre-vingts jours', 'Jules Verne'],
  ['La Gloire de mon père', 'Marcel Pagnol'],
  ["L'Écume des jours", 'Boris Vian'],
  ["Pêcheur d'Islande", 'Pierre Loti'],
];
const BOOK_SERIES = [
  'Sabre et Cerisiers',
  "Les Chroniques de l'Archipel",
  'Brigade céleste',
  "L'Académie des Ombres",
  'Les Gardiens de la Lune',
  'Coup de poing',
  'Les Naufragés du temps',
];
const BOOK_KINDS = [
  'Roman',
  'Premier roman',
  'Recueil de nouvelles',
  'Essai',
  'Roman graphique',
  'Recueil de poésie',
  'Roman jeunesse',
  'Roman policier',
  'Récit de voyage',
];
const BOOK_PITCHES = [
  'Une fresque familiale sur trois générations.',
  "Un récit d'apprentissage lumineux et drôle.",
  'Une enquête haletante dans les rues de Marseille.',
  'Un voyage poétique entre deux continents.',
  "Le portrait d'une jeunesse en quête de sens.",
  "Une histoire d'amitié plus forte que tout.",
  "Une plongée dans la vie d'un petit port breton.",
  "Un texte court et percutant, à lire d'une traite.",
  'Une réflexion accessible sur notre rapport au numérique.',
];
const BOOK_FORMATS = ['Édition de poche', 'Grand format', 'Édition illustrée'];

const BAND_NAMES = [
  'Les Marées Hautes',
  'Les Naufragés Célestes',
  'Les Vents Contraires',
  'Les Lucioles',
  'Les Garçons Sauvages',
  'Les Filles du Feu',
  'Les Chats Perchés',
  'Les Voix du Fleuve',
  'Les Cactus Électriques',
  'Nébuleuse',
  'Kapsule',
  'Sables Mouvants',
  'Orage Magnétique',
  'Polaroïd',
  'Minuit Trente',
  'Zénith Rouge',
  'Odyssée',
  'Lila K',
  'MC Soleil',
  'DJ Tropique',
  'Yza',
  'Sékou',
  'Inès Bakari',
  'Théo Lenoir Trio',
  'Quatuor Arpège',
  'Big Band du Canal',
];
const MUSIC_GENRES = [
  'rap',
  'électro',
  'jazz',
  'rock indépendant',
  'chanson française',
  'musique classique',
  'reggae',
  'afro-pop',
  'folk',
  'metal',
  'soul',
  'musiques du monde',
  'pop',
  'zouk',
  'hip-hop',
];
const CONCERT_FORMATS = [
  'en concert',
  '— tournée {year}',
  '— nouvel album',
  "— sortie d'album",
  'en acoustique',
];
const CONCERT_DETAILS = [
  'Le groupe présente son nouvel album sur scène.',
  'Concert debout, placement libre.',
  'Première partie assurée par un groupe de la région.',
  'Ouverture des portes une heure avant le concert.',
  'Concert assis, placement numéroté.',
  'Une date unique dans la région cette saison.',
];
const ALBUM_TITLES = [
  'Lumières du Nord',
  'Sous la surface',
  "Demain l'aube",
  'Cartes postales',
  'Béton & Velours',
  'Ciel de traîne',
  'Nuits fauves',
  'Marée basse',
  'Sur la route',
  'Tropiques',
  'Échos',
  'Saison sèche',
];
const FESTIVAL_NAMES = [
  'Les Nuits Électriques',
  'Rock au Château',
  'Les Rencontres du Fleuve',
  'Jazz en Ville',
  'Électro Plage',
  "Les Voix d'Ici",
  'Cultures Urbaines',
  "Les Scènes d'Été",
  'Les Tréteaux',
  'Rue des Artistes',
  'Les Arts Mêlés',
  'Cirque en Fête',
  'Danse en Scène',
];

const CLASSIC_PLAYS: ReadonlyArray<readonly [title: string, author: string]> = [
  ['Le Misanthrope', 'Molière'],
  ['Le Malade imaginaire', 'Molière'],
  ['Les Fourberies de Scapin', 'Molière'],
  ['Cyrano de Bergerac', 'Edmond Rostand'],
  ['Antigone', 'Jean Anouilh'],
  ['Phèdre', 'Jean Racine'],
  ['Ruy Blas', 'Victor Hugo'],
  ["On ne badine pas avec l'amour", 'Alfred de Musset'],
  ["Le Jeu de l'amour et du hasard", 'Marivaux'],
  ['Le Cid', 'Pierre Corneille'],
  ['En attendant Godot', 'Samuel Beckett'],
  ['Huis clos', 'Jean-Paul Sartre'],
  ['La Cantatrice chauve', 'Eugène Ionesco'],
  ['Le Mariage de Figaro', 'Beaumarchais'],
];
const SHOW_TITLES = [
  'Corps en mouvement',
  'Les Équilibristes',
  'Sous le chapiteau',
  'Ma vie en soixante minutes',
  'Les Petites Histoires',
  'Vertiges',
  'Fragments',
  'Le Grand Saut',
  'Racines',
  'Hors cadre',
  'Les Veilleurs',
  'Battle',
  'Terrain vague',
];
const SHOW_GENRES = [
  'Théâtre',
  'Danse contemporaine',
  'Cirque',
  'Humour',
  'Marionnettes',
  'Opéra',
  'Danse hip-hop',
  'Conte',
  "Théâtre d'improvisation",
  'Comédie musicale',
];
const SHOW_PITCHES = [
  "Une relecture énergique d'un grand classique.",
  'Cinq acrobates repoussent les lois de la gravité.',
  "Un seul-en-scène drôle et tendre sur le passage à l'âge adulte.",
  'Huit danseurs explorent la ville et ses rythmes.',
  'Un spectacle participatif où le public choisit la fin.',
  'Une création qui mêle théâtre, vidéo et musique live.',
  'Un texte fort porté par une troupe de jeunes comédiens.',
];

const EXHIBITIONS = [
  "Impressions d'Orient",
  'Le Temps des cathédrales',
  'Fragments de lumière',
  'Le Monde de la mer',
  'Portraits de la jeunesse',
  'Design et quotidien',
  'Les Années 80',
  'Trésors des collections',
  'Paysages en mouvement',
  "Photographes d'aujourd'hui",
  'Le Corps en scène',
  'Archéologie du quotidien',
  'Cinquante ans de bande dessinée',
  'La ville pour toile : le street art',
];
const GUIDED_TOURS = [
  'les coulisses du musée',
  "les chefs-d'œuvre de la collection",
  "l'histoire de la ville au Moyen Âge",
  "l'architecture du lieu",
  'visite nocturne à la lampe torche',
  'visite en langue des signes française',
  'les remparts et les souterrains',
  'le patrimoine industriel',
  'les métiers du patrimoine',
];
const WORKSHOPS = [
  'de sérigraphie',
  "d'écriture",
  'de beatmaking',
  'de bande dessinée',
  'de photographie argentique',
  'de street art',
  'de céramique',
  "de théâtre d'improvisation",
  'de danse hip-hop',
  'de slam',
  'de linogravure',
  'de création de podcast',
  "de cinéma d'animation image par image",
  'de chant',
  'de couture créative',
  'de MAO (musique assistée par ordinateur)',
];
const WORKSHOP_LEVELS = [
  'initiation',
  'débutants bienvenus',
  'perfectionnement',
  'séance découverte de 2 h',
];
const LESSON_DISCIPLINES = [
  'guitare',
  'piano',
  'batterie',
  'chant',
  'danse contemporaine',
  'danse hip-hop',
  'théâtre',
  'dessin',
  'peinture',
  'photographie',
  'violon',
  'DJing',
  'modelage',
  'bande dessinée',
];
const LESSON_DURATIONS = [
  '10 séances',
  'un trimestre',
  "stage d'une semaine",
  '5 séances',
  'une année',
];

const INSTRUMENTS_FOR_SALE = [
  'Guitare classique 4/4',
  'Guitare folk électro-acoustique',
  'Ukulélé soprano avec housse',
  'Clavier numérique 61 touches',
  'Violon 4/4 avec étui et archet',
  'Djembé 30 cm',
  'Pack guitare électrique et amplificateur',
  "Flûte traversière d'étude",
  'Cajón en bois',
  'Micro de chant dynamique',
  'Contrôleur MIDI 25 touches',
  'Harmonica diatonique en do',
  'Basse électrique 4 cordes',
  'Batterie électronique compacte',
];
const INSTRUMENTS_FOR_RENT = [
  "d'un violoncelle",
  "d'un saxophone alto",
  "d'une trompette",
  "d'un piano numérique",
  "d'une clarinette",
  "d'un violon",
  "d'une guitare électrique",
];
const ART_SUPPLIES = [
  'Coffret aquarelle 24 demi-godets',
  'Carnet de croquis A4 et crayons graphite',
  'Set de 12 feutres à alcool',
  'Kit de linogravure débutant',
  'Toiles sur châssis (lot de 3)',
  'Coffret de pastels secs 48 couleurs',
  'Kit de calligraphie',
  'Argile autodurcissante 1 kg et outils',
  'Bombes de peinture (lot de 6)',
  'Kit de broderie',
  'Set de pinceaux synthétiques',
];
const TALK_TOPICS = [
  "l'histoire du hip-hop en France",
  "comment naît un film d'animation",
  "les femmes dans l'histoire de l'art",
  "l'astronomie pour tous",
  'la musique et le cerveau',
  'le métier de traducteur',
  "l'intelligence artificielle et la création",
  'la Résistance dans la région',
  'écologie et culture',
  'les secrets des manuscrits médiévaux',
  'le jeu vidéo, art du XXIe siècle',
];
const SPEAKER_JOBS = [
  'historienne',
  'réalisateur',
  'autrice',
  'astrophysicienne',
  'journaliste',
  'conservateur du patrimoine',
  'musicienne',
  'chercheur au CNRS',
  'illustratrice',
];
const ESCAPE_ROOMS = [
  'Le Trésor du corsaire',
  'Mission Apollo',
  'La Chambre du comte',
  'Le Laboratoire secret',
  'Le Train de minuit',
  'La Malédiction du pharaon',
  'Braquage à la banque',
  "L'Atelier de l'alchimiste",
];
const VIDEO_GAMES = [
  'Royaume des Brumes',
  'Pixel Odyssée',
  "Cités d'Azur",
  'Les Voyageurs du temps',
  'Métropole 2099',
  'Kart des Légendes',
  'Mots Croisés Infinis',
  'Cuisine Chaos',
  'Archipel',
  'Nuit Blanche',
];
const BOARD_GAMES = [
  'Les Explorateurs du Nord',
  'Petits Meurtres au manoir',
  'La Tour des Sorciers',
  'Marchands de Venise',
  'Jardins suspendus',
  'Dés et Dragons',
  'Quiz Culture',
  'Le Grand Tour de France',
  'Rivières',
];
const NEWSPAPERS = [
  "L'Écho des Régions",
  "Le Quotidien de l'Ouest",
  'Planète Sciences Mag',
  'Le Petit Géographe',
  'Cinéphiles Hebdo',
  'Musiques Actuelles Magazine',
  "L'Atelier BD",
  'Le Monde en clair',
];
const PODCASTS = [
  'Les Coulisses de la scène',
  'Histoires de musées',
  'Une oreille sur le monde',
  'Les Voix du patrimoine',
  'Écrire demain',
  'Le Labo des sons',
  'Ciné-Club de poche',
];
const VIDEO_PLATFORMS = ['Cinétoile', "Ciné d'Auteur+", 'Court-Métrage TV', 'DocuMonde'];
const MUSIC_PLATFORMS = ['Ondes Libres', 'Sonorama', 'Jazz Station', 'Classica Live'];
const ACTIVATION_ITEMS = [
  'logiciel de musique assistée par ordinateur',
  "application d'apprentissage du solfège",
  'cours de dessin en ligne (1 an)',
  'logiciel de montage vidéo',
  'application de langue des signes',
];

const ON_SITE_NOTES = [
  "Présentez votre contremarque à l'accueil.",
  'Réservation conseillée, places limitées.',
  'Lieu accessible aux personnes à mobilité réduite.',
  'Ouverture des portes trente minutes avant.',
  'Tarif réservé aux bénéficiaires du pass Culture.',
];
const PICKUP_NOTES = [
  'À retirer sur place sur présentation de votre contremarque',
  'Réservé pour vous en magasin : retrait sur présentation de votre contremarque',
];

// ---------------------------------------------------------------- helpers

function person(random: Random): string {
  return `${random.pick(ADULT_FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
}

function filmTitle(random: Random): string {
  if (random.chance(0.25)) return random.pick(FILM_STANDALONE_TITLES);
  return `${random.pick(FILM_SUBJECTS)} ${random.pick(FILM_COMPLEMENTS)}`;
}

function filmSynopsis(random: Random): string {
  return `${random.pick(STORY_CHARACTERS)} ${random.pick(STORY_ACTIONS)} ${random.pick(STORY_SETTINGS)}.`;
}

function filmDuration(random: Random): string {
  const minutes = random.int(78, 152);
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')}`;
}

function bookTitleAndAuthor(random: Random): [string, string] {
  if (random.chance(0.3)) {
    const [title, author] = random.pick(CLASSIC_BOOKS);
    return [title, author];
  }
  return [`${random.pick(BOOK_SUBJECTS)} ${random.pick(BOOK_COMPLEMENTS)}`, person(random)];
}

function artist(random: Random): string {
  return random.chance(0.8) ? random.pick(BAND_NAMES) : person(random);
}

/** For events, passes and lessons: what to do on the day. */
function onSite(random: Random): string {
  return random.pick(ON_SITE_NOTES);
}

/** For goods: how long they are kept for you (the booking expires after that). */
function pickup(random: Random, days: number): string {
  return `${random.pick(PICKUP_NOTES)}, sous ${days} jours.`;
}

/** A price in cents between two amounts in euros, ending like a real price tag. */
function euros(min: number, max: number): (random: Random) => number {
  return (random) => {
    const whole = random.int(min, max);
    const cents = random.pick([0, 0, 50, 90, 99]);
    return Math.max(0, whole * 100 + (whole === max ? 0 : cents));
  };
}

/** Free with the given chance, otherwise as `paid`. */
function sometimesFree(
  chance: number,
  paid: (random: Random) => number,
): (random: Random) => number {
  return (random) => (random.chance(chance) ? 0 : paid(random));
}

const EVENING = [
  [20, 0],
  [20, 30],
  [21, 0],
] as const;

// ---------------------------------------------------------------- templates

export const OFFER_TEMPLATES: Readonly<Record<string, OfferTemplate>> = {
  SEANCE_CINE: {
    content: (r) => ({
      name: filmTitle(r),
      description: `${r.pick(FILM_GENRES)} ${elidedDe(person(r))} (${filmDuration(r)}). ${filmSynopsis(r)} ${r.pick(SCREENING_NOTES)}`,
    }),
    price: sometimesFree(0.05, euros(4, 10)),
    quantity: [40, 200],
    unlimitedChance: 0.15,
    startTimes: [
      [14, 0],
      [16, 15],
      [18, 0],
      [20, 30],
      [21, 0],
    ],
  },
  CARTE_CINE_MULTISEANCES: {
    content: (r, c) => {
      const places = r.pick([5, 10]);
      return {
        name: `Carte ${places} places — ${c.venueName}`,
        description: `${places} entrées valables un an sur toutes les séances de la salle, y compris les avant-premières. ${onSite(r)}`,
      };
    },
    price: euros(25, 55),
    quantity: [20, 100],
    unlimitedChance: 0.4,
  },
  SUPPORT_PHYSIQUE_FILM: {
    content: (r, c) => {
      const title = filmTitle(r);
      const format = r.pick(['DVD', 'Blu-ray', 'coffret DVD collector']);
      return {
        name: `« ${title} » en ${format}`,
        description: `${r.pick(FILM_GENRES)} ${elidedDe(person(r))}. ${filmSynopsis(r)} Avec des bonus inédits. ${pickup(r, c.pickupDays)}`,
      };
    },
    price: euros(10, 30),
    quantity: [2, 20],
    unlimitedChance: 0.1,
  },
  VOD: {
    content: (r) => ({
      name: `« ${filmTitle(r)} » en vidéo à la demande`,
      description: `Location 48 h. ${r.pick(FILM_GENRES)} ${elidedDe(person(r))}. ${filmSynopsis(r)}`,
    }),
    price: euros(3, 7),
    quantity: [50, 200],
    unlimitedChance: 0.8,
  },
  ABO_PLATEFORME_VIDEO: {
    content: (r) => {
      const months = r.pick([1, 3, 6]);
      const platform = r.pick(VIDEO_PLATFORMS);
      return {
        name: `Abonnement ${months} mois — ${platform}`,
        description: `Accès illimité au catalogue de ${platform} : films d'auteur, documentaires et courts-métrages. Code envoyé par courriel après la réservation.`,
      };
    },
    price: euros(8, 60),
    quantity: [20, 200],
    unlimitedChance: 0.6,
  },
  LIVRE_PAPIER: {
    content: (r, c) => {
      if (r.chance(0.2)) {
        const series = r.pick(BOOK_SERIES);
        return {
          name: `${series} — tome ${r.int(1, 14)}`,
          description: `${r.pick(['Manga', 'Bande dessinée'])} ${elidedDe(person(r))}. ${r.pick(BOOK_PITCHES)} ${pickup(r, c.pickupDays)}`,
        };
      }
      const [title, author] = bookTitleAndAuthor(r);
      return {
        name: title,
        description: `${r.pick(BOOK_KINDS)} ${elidedDe(author)}. ${r.pick(BOOK_PITCHES)} ${r.pick(BOOK_FORMATS)}, ${r.int(12, 60) * 10} pages. ${pickup(r, c.pickupDays)}`,
      };
    },
    price: euros(6, 28),
    quantity: [1, 20],
    unlimitedChance: 0.15,
  },
  LIVRE_AUDIO_PHYSIQUE: {
    content: (r, c) => {
      const [title, author] = bookTitleAndAuthor(r);
      return {
        name: `« ${title} » — livre audio`,
        description: `Le texte ${elidedDe(author)} lu par ${person(r)}. Un CD MP3, ${r.int(4, 14)} heures d'écoute. ${pickup(r, c.pickupDays)}`,
      };
    },
    price: euros(15, 28),
    quantity: [1, 10],
    unlimitedChance: 0.1,
  },
  LIVRE_NUMERIQUE: {
    content: (r) => {
      const [title, author] = bookTitleAndAuthor(r);
      return {
        name: `« ${title} » — livre numérique`,
        description: `${r.pick(BOOK_KINDS)} ${elidedDe(author)}, au format ePub sans DRM. ${r.pick(BOOK_PITCHES)}`,
      };
    },
    price: euros(3, 15),
    quantity: [50, 200],
    unlimitedChance: 0.8,
  },
  CONCERT: {
    content: (r, c) => {
      const name = artist(r);
      return {
        name: `${name} ${r.pick(CONCERT_FORMATS).replace('{year}', String(c.year))}`,
        description: `Concert ${r.pick(MUSIC_GENRES)}. ${r.pick(CONCERT_DETAILS)} ${onSite(r)}`,
      };
    },
    price: sometimesFree(0.08, euros(8, 45)),
    quantity: [60, 400],
    unlimitedChance: 0.1,
    startTimes: EVENING,
  },
  FESTIVAL_MUSIQUE: {
    content: (r, c) => {
      const festival = r.pick(FESTIVAL_NAMES);
      const days = r.pick([1, 1, 2, 3]);
      return {
        name: `${festival} ${c.year} — pass ${days} jour${days > 1 ? 's' : ''}`,
        description: `Festival ${r.pick(MUSIC_GENRES)} et ${r.pick(MUSIC_GENRES)} : une vingtaine d'artistes sur trois scènes, dont ${artist(r)} et ${artist(r)}. ${onSite(r)}`,
      };
    },
    price: euros(20, 75),
    quantity: [100, 500],
    unlimitedChance: 0.3,
    startTimes: [
      [14, 0],
      [16, 0],
      [18, 0],
    ],
  },
  ABO_CONCERT: {
    content: (r, c) => {
      const count = r.pick([3, 4, 5]);
      return {
        name: `Abonnement ${count} concerts — saison ${c.season}`,
        description: `${count} concerts au choix dans la programmation de la saison ${c.season}. Lieu : ${c.venueName}. ${onSite(r)}`,
      };
    },
    price: euros(30, 80),
    quantity: [20, 80],
    unlimitedChance: 0.2,
  },
  SUPPORT_PHYSIQUE_MUSIQUE: {
    content: (r, c) => {
      const format = r.pick(['vinyle', 'CD', 'double vinyle', 'édition collector']);
      return {
        name: `${artist(r)} — « ${r.pick(ALBUM_TITLES)} » (${format})`,
        description: `Album ${r.pick(MUSIC_GENRES)}, ${r.int(8, 16)} titres. ${pickup(r, c.pickupDays)}`,
      };
    },
    price: euros(12, 35),
    quantity: [1, 15],
    unlimitedChance: 0.1,
  },
  TELECHARGEMENT_MUSIQUE: {
    content: (r) => ({
      name: `« ${r.pick(ALBUM_TITLES)} » — ${artist(r)} (album à télécharger)`,
      description: `Album ${r.pick(MUSIC_GENRES)} en téléchargement, formats MP3 et FLAC. Lien envoyé après la réservation.`,
    }),
    price: euros(1, 12),
    quantity: [50, 200],
    unlimitedChance: 0.8,
  },
  ABO_PLATEFORME_MUSIQUE: {
    content: (r) => {
      const months = r.pick([1, 3, 6]);
      const platform = r.pick(MUSIC_PLATFORMS);
      return {
        name: `Abonnement musique ${months} mois — ${platform}`,
        description: `Écoute illimitée sans publicité sur ${platform}, hors connexion comprise. Code envoyé par courriel après la réservation.`,
      };
    },
    price: euros(10, 60),
    quantity: [20, 200],
    unlimitedChance: 0.6,
  },
  SPECTACLE_REPRESENTATION: {
    content: (r) => {
      if (r.chance(0.35)) {
        const [title, author] = r.pick(CLASSIC_PLAYS);
        return {
          name: title,
          description: `Théâtre — ${elidedDe(author)}, mise en scène ${elidedDe(person(r))}. ${r.pick(SHOW_PITCHES)} Durée : ${r.pick(['1 h 15', '1 h 30', '2 h'])}.`,
        };
      }
      const genre = r.pick(SHOW_GENRES);
      return {
        name: r.pick(SHOW_TITLES),
        description: `${genre} — par la compagnie ${r.pick(['du Hasard', 'des Oiseaux de nuit', 'Tire-Laine', 'La Rumeur', 'Les Éphémères', 'Kaléidoscope'])}. ${r.pick(SHOW_PITCHES)} Dès ${r.pick([8, 12, 14])} ans.`,
      };
    },
    price: sometimesFree(0.05, euros(8, 35)),
    quantity: [50, 400],
    unlimitedChance: 0.05,
    startTimes: [
      [15, 0],
      [19, 0],
      [20, 0],
      [20, 30],
    ],
  },
  FESTIVAL_SPECTACLE: {
    content: (r, c) => {
      const festival = r.pick(FESTIVAL_NAMES);
      return {
        name: `Festival ${festival} ${c.year} — pass journée`,
        description: `Arts de la rue, cirque et danse : ${r.int(10, 40)} spectacles en plein air et sous chapiteau. ${onSite(r)}`,
      };
    },
    price: sometimesFree(0.1, euros(10, 40)),
    quantity: [100, 500],
    unlimitedChance: 0.3,
    startTimes: [
      [11, 0],
      [14, 0],
      [17, 0],
    ],
  },
  ABO_SPECTACLE: {
    content: (r, c) => {
      const count = r.pick([3, 4, 6]);
      return {
        name: `Abonnement ${count} spectacles — saison ${c.season}`,
        description: `${count} spectacles au choix dans la programmation de la saison : théâtre, danse, cirque. Lieu : ${c.venueName}. ${onSite(r)}`,
      };
    },
    price: euros(30, 80),
    quantity: [20, 100],
    unlimitedChance: 0.2,
  },
  VISITE: {
    content: (r, c) => {
      const exhibition = r.pick(EXHIBITIONS);
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
    price: sometimesFree(0.3, euros(3, 15)),
    quantity: [20, 120],
    unlimitedChance: 0.4,
    startTimes: [
      [10, 0],
      [14, 0],
    ],
  },
  VISITE_GUIDEE: {
    content: (r) => {
      const tour = r.pick(GUIDED_TOURS);
      return {
        name: `Visite guidée : ${tour}`,
        description: `Une visite d'une heure et demie avec un guide-conférencier autour du thème « ${tour} ». Groupe de 25 personnes maximum.`,
      };
    },
    price: sometimesFree(0.2, euros(4, 18)),
    quantity: [10, 25],
    unlimitedChance: 0,
    startTimes: [
      [10, 30],
      [14, 30],
      [16, 0],
    ],
  },
  CARTE_MUSEE: {
    content: (r, c) => ({
      name: `Pass annuel — ${c.venueName}`,
      description: `Un an d'accès illimité aux collections et aux expositions, avec des invitations aux vernissages. ${onSite(r)}`,
    }),
    price: euros(15, 40),
    quantity: [20, 200],
    unlimitedChance: 0.5,
  },
  ATELIER_PRATIQUE_ART: {
    content: (r) => {
      const workshop = r.pick(WORKSHOPS);
      return {
        name: `Atelier ${workshop} — ${r.pick(WORKSHOP_LEVELS)}`,
        description: `Avec ${person(r)}, artiste. Matériel fourni, aucune expérience nécessaire. Groupe de ${r.int(6, 15)} personnes.`,
      };
    },
    price: sometimesFree(0.25, euros(5, 30)),
    quantity: [6, 15],
    unlimitedChance: 0,
    startTimes: [
      [10, 0],
      [14, 0],
      [18, 0],
    ],
  },
  PRATIQUE_ART_COURS: {
    content: (r) => {
      const discipline = r.pick(LESSON_DISCIPLINES);
      return {
        name: `Cours de ${discipline} — ${r.pick(LESSON_DURATIONS)}`,
        description: `Cours collectifs de ${discipline} encadrés par un professeur diplômé, tous niveaux. ${onSite(r)}`,
      };
    },
    price: euros(40, 150),
    quantity: [5, 20],
    unlimitedChance: 0,
  },
  ACHAT_INSTRUMENT: {
    content: (r, c) => ({
      name: r.pick(INSTRUMENTS_FOR_SALE),
      description: `Instrument neuf, réglé en atelier avant le retrait, garanti deux ans. Conseils de prise en main offerts. ${pickup(r, c.pickupDays)}`,
    }),
    price: euros(25, 190),
    quantity: [1, 6],
    unlimitedChance: 0,
  },
  LOCATION_INSTRUMENT: {
    content: (r) => {
      const months = r.pick([3, 6, 12]);
      return {
        name: `Location ${r.pick(INSTRUMENTS_FOR_RENT)} — ${months} mois`,
        description: `Location avec entretien compris ; le montant est déductible en cas d'achat. ${onSite(r)}`,
      };
    },
    price: euros(20, 90),
    quantity: [1, 5],
    unlimitedChance: 0,
  },
  MATERIEL_ART_CREATIF: {
    content: (r, c) => ({
      name: r.pick(ART_SUPPLIES),
      description: `Matériel de qualité étude, pour débuter ou progresser. ${pickup(r, c.pickupDays)}`,
    }),
    price: euros(8, 60),
    quantity: [2, 30],
    unlimitedChance: 0.1,
  },
  CONFERENCE: {
    content: (r) => {
      const topic = r.pick(TALK_TOPICS);
      return {
        name: `Conférence : ${topic}`,
        description: `Par ${person(r)}, ${r.pick(SPEAKER_JOBS)}. Une heure d'exposé suivie d'un temps d'échange avec le public.`,
      };
    },
    price: sometimesFree(0.6, euros(2, 8)),
    quantity: [30, 150],
    unlimitedChance: 0.2,
    startTimes: [
      [18, 30],
      [19, 0],
    ],
  },
  RENCONTRE: {
    content: (r) => {
      if (r.chance(0.5)) {
        const [title, author] = bookTitleAndAuthor(r);
        const guest = CLASSIC_BOOKS.some(([classic]) => classic === title) ? person(r) : author;
        return {
          name: `Rencontre-dédicace avec ${guest}`,
          description: `${guest} présente son dernier livre, « ${title} », puis dédicace. ${onSite(r)}`,
        };
      }
      const film = filmTitle(r);
      return {
        name: `Ciné-rencontre : « ${film} »`,
        description: `Projection suivie d'une rencontre avec ${person(r)}, ${r.pick(['réalisatrice', 'réalisateur', 'comédienne', 'scénariste'])} du film.`,
      };
    },
    price: sometimesFree(0.8, euros(3, 8)),
    quantity: [20, 80],
    unlimitedChance: 0.2,
    startTimes: [
      [17, 0],
      [18, 30],
    ],
  },
  ESCAPE_GAME: {
    content: (r) => ({
      name: `Escape game « ${r.pick(ESCAPE_ROOMS)} »`,
      description: `Une heure pour résoudre les énigmes et sortir de la salle, de 2 à 5 joueurs. ${onSite(r)}`,
    }),
    price: euros(15, 30),
    quantity: [5, 5],
    unlimitedChance: 0,
    startTimes: [
      [14, 0],
      [16, 0],
      [18, 0],
      [20, 0],
    ],
  },
  JEU_EN_LIGNE: {
    content: (r) => ({
      name: `${r.pick(VIDEO_GAMES)} — jeu en ligne`,
      description: `Jeu vidéo ${r.pick(["d'aventure", 'de stratégie', 'de réflexion', 'de course', 'coopératif'])} indépendant, code de téléchargement pour PC et consoles envoyé après la réservation.`,
    }),
    price: euros(5, 30),
    quantity: [50, 200],
    unlimitedChance: 0.7,
  },
  JEU_SUPPORT_PHYSIQUE: {
    content: (r, c) => ({
      name: `Jeu de société « ${r.pick(BOARD_GAMES)} »`,
      description: `De ${r.int(2, 4)} à ${r.int(5, 8)} joueurs, parties de ${r.pick([20, 30, 45, 60])} minutes. ${pickup(r, c.pickupDays)}`,
    }),
    price: euros(15, 50),
    quantity: [1, 10],
    unlimitedChance: 0.1,
  },
  ABO_PRESSE_EN_LIGNE: {
    content: (r) => {
      const months = r.pick([3, 6, 12]);
      const paper = r.pick(NEWSPAPERS);
      return {
        name: `${paper} — abonnement numérique ${months} mois`,
        description: `Tous les articles de ${paper} sur le site et l'application, archives comprises. Code envoyé par courriel après la réservation.`,
      };
    },
    price: euros(5, 30),
    quantity: [50, 200],
    unlimitedChance: 0.7,
  },
  PODCAST: {
    content: (r) => {
      const podcast = r.pick(PODCASTS);
      return {
        name: `Podcast « ${podcast} » — saison ${r.int(1, 5)}`,
        description: `Une série de ${r.int(6, 12)} épisodes, accès anticipé et épisodes bonus. Lien d'écoute envoyé après la réservation.`,
      };
    },
    price: sometimesFree(0.5, euros(1, 5)),
    quantity: [50, 200],
    unlimitedChance: 0.8,
  },
  ACTIVATION_THING: {
    content: (r) => ({
      name: `Code d'activation — ${r.pick(ACTIVATION_ITEMS)}`,
      description: `Carte imprimée portant un code d'activation personnel. ${onSite(r)}`,
    }),
    price: euros(10, 50),
    quantity: [5, 50],
    unlimitedChance: 0.2,
  },
};

/** Which subcategories a venue of each type publishes, with relative weights. */
export const SUBCATEGORIES_BY_VENUE_TYPE: Readonly<
  Record<VenueType, Readonly<Record<string, number>>>
> = {
  MOVIE: { SEANCE_CINE: 85, CARTE_CINE_MULTISEANCES: 6, RENCONTRE: 5, SUPPORT_PHYSIQUE_FILM: 4 },
  BOOKSTORE: {
    LIVRE_PAPIER: 75,
    LIVRE_AUDIO_PHYSIQUE: 8,
    RENCONTRE: 10,
    JEU_SUPPORT_PHYSIQUE: 4,
    SUPPORT_PHYSIQUE_FILM: 3,
  },
  LIBRARY: { RENCONTRE: 35, CONFERENCE: 30, ATELIER_PRATIQUE_ART: 35 },
  MUSEUM: {
    VISITE: 40,
    VISITE_GUIDEE: 30,
    CARTE_MUSEE: 10,
    CONFERENCE: 10,
    ATELIER_PRATIQUE_ART: 10,
  },
  CONCERT_HALL: { CONCERT: 82, ABO_CONCERT: 8, FESTIVAL_MUSIQUE: 5, ATELIER_PRATIQUE_ART: 5 },
  PERFORMING_ARTS: {
    SPECTACLE_REPRESENTATION: 75,
    ABO_SPECTACLE: 10,
    FESTIVAL_SPECTACLE: 5,
    ATELIER_PRATIQUE_ART: 10,
  },
  RECORD_STORE: { SUPPORT_PHYSIQUE_MUSIQUE: 85, SUPPORT_PHYSIQUE_FILM: 10, CONCERT: 5 },
  MUSICAL_INSTRUMENT_STORE: {
    ACHAT_INSTRUMENT: 65,
    LOCATION_INSTRUMENT: 25,
    PRATIQUE_ART_COURS: 10,
  },
  CULTURAL_CENTRE: {
    SPECTACLE_REPRESENTATION: 25,
    CONCERT: 20,
    ATELIER_PRATIQUE_ART: 20,
    PRATIQUE_ART_COURS: 15,
    CONFERENCE: 10,
    SEANCE_CINE: 10,
  },
  FESTIVAL: { FESTIVAL_MUSIQUE: 45, FESTIVAL_SPECTACLE: 30, CONCERT: 25 },
  ARTISTIC_COURSE: { PRATIQUE_ART_COURS: 55, ATELIER_PRATIQUE_ART: 45 },
  PATRIMONY_TOURISM: { VISITE: 40, VISITE_GUIDEE: 45, CARTE_MUSEE: 15 },
  GAMES: { ESCAPE_GAME: 40, JEU_SUPPORT_PHYSIQUE: 50, ACTIVATION_THING: 10 },
  VISUAL_ARTS: { VISITE: 50, ATELIER_PRATIQUE_ART: 35, RENCONTRE: 15 },
  SCIENTIFIC_CULTURE: { VISITE: 40, CONFERENCE: 35, ATELIER_PRATIQUE_ART: 25 },
  CREATIVE_ARTS_STORE: { MATERIEL_ART_CREATIF: 85, ATELIER_PRATIQUE_ART: 15 },
  DIGITAL: { ACTIVATION_THING: 100 },
  OTHER: { CONFERENCE: 30, ATELIER_PRATIQUE_ART: 40, RENCONTRE: 15, CONCERT: 15 },
};

/** How many offers a physical venue of each type publishes. */
export const OFFER_COUNT_BY_VENUE_TYPE: Readonly<
  Record<VenueType, readonly [min: number, max: number]>
> = {
  MOVIE: [8, 16],
  BOOKSTORE: [10, 24],
  LIBRARY: [4, 9],
  MUSEUM: [4, 10],
  CONCERT_HALL: [8, 18],
  PERFORMING_ARTS: [6, 16],
  RECORD_STORE: [6, 14],
  MUSICAL_INSTRUMENT_STORE: [5, 12],
  CULTURAL_CENTRE: [5, 14],
  FESTIVAL: [2, 7],
  ARTISTIC_COURSE: [3, 8],
  PATRIMONY_TOURISM: [3, 7],
  GAMES: [4, 10],
  VISUAL_ARTS: [3, 7],
  SCIENTIFIC_CULTURE: [3, 8],
  CREATIVE_ARTS_STORE: [5, 12],
  DIGITAL: [1, 3],
  OTHER: [3, 7],
};

/** Fails fast when a subcategory is added to categories.ts without a template here. */
export function assertEverySubcategoryHasATemplate(): void {
  const missing = SUBCATEGORIES.filter((s) => !OFFER_TEMPLATES[s.id]).map((s) => s.id);
  if (missing.length > 0) throw new Error(`Demo seed: no offer template for ${missing.join(', ')}`);
}
