/**
 * Public facts and French name parts for the demo seed: real cities with their
 * postal codes and approximate coordinates, first and last names, venue and
 * offerer naming, and the kinds of offerers found in the 2019 experiment.
 */
import type { VenueType } from '../src/modules/catalog/venue-types.js';

export interface City {
  name: string;
  postalCode: string;
  latitude: number;
  longitude: number;
}

const city = (name: string, postalCode: string, latitude: number, longitude: number): City => ({
  name,
  postalCode,
  latitude,
  longitude,
});

/** Cities where demo venues stand: the 14 experiment departments of 2019, and Paris. */
export const VENUE_CITIES: Readonly<Record<string, readonly City[]>> = {
  '08': [
    city('Charleville-Mézières', '08000', 49.7625, 4.7267),
    city('Sedan', '08200', 49.7019, 4.9403),
    city('Rethel', '08300', 49.5097, 4.3672),
    city('Revin', '08500', 49.94, 4.635),
    city('Givet', '08600', 50.1378, 4.825),
    city('Vouziers', '08400', 49.3975, 4.7011),
  ],
  '22': [
    city('Saint-Brieuc', '22000', 48.5136, -2.7603),
    city('Lannion', '22300', 48.7326, -3.4566),
    city('Dinan', '22100', 48.4556, -2.0503),
    city('Guingamp', '22200', 48.5625, -3.1508),
    city('Loudéac', '22600', 48.1778, -2.7539),
    city('Paimpol', '22500', 48.7786, -3.0489),
    city('Lamballe-Armor', '22400', 48.4686, -2.5164),
  ],
  '25': [
    city('Besançon', '25000', 47.238, 6.0243),
    city('Montbéliard', '25200', 47.51, 6.7983),
    city('Pontarlier', '25300', 46.9044, 6.3547),
    city('Audincourt', '25400', 47.4833, 6.85),
    city('Morteau', '25500', 47.0578, 6.6069),
    city('Baume-les-Dames', '25110', 47.3522, 6.3606),
  ],
  '29': [
    city('Brest', '29200', 48.3904, -4.4861),
    city('Quimper', '29000', 47.996, -4.1024),
    city('Morlaix', '29600', 48.5775, -3.8278),
    city('Concarneau', '29900', 47.8753, -3.9189),
    city('Landerneau', '29800', 48.4508, -4.2494),
    city('Douarnenez', '29100', 48.0928, -4.3289),
    city('Quimperlé', '29300', 47.8728, -3.5497),
  ],
  '34': [
    city('Montpellier', '34000', 43.6108, 3.8767),
    city('Béziers', '34500', 43.3442, 3.2158),
    city('Sète', '34200', 43.4028, 3.6933),
    city('Lunel', '34400', 43.6761, 4.1358),
    city('Agde', '34300', 43.3108, 3.4758),
    city('Lodève', '34700', 43.7317, 3.3194),
    city('Pézenas', '34120', 43.4589, 3.4231),
  ],
  '35': [
    city('Rennes', '35000', 48.1173, -1.6778),
    city('Saint-Malo', '35400', 48.6493, -2.0257),
    city('Fougères', '35300', 48.3517, -1.1994),
    city('Vitré', '35500', 48.1236, -1.2089),
    city('Redon', '35600', 47.6517, -2.0842),
    city('Bruz', '35170', 48.0247, -1.7458),
    city('Cesson-Sévigné', '35510', 48.1211, -1.6031),
  ],
  '56': [
    city('Vannes', '56000', 47.6582, -2.7608),
    city('Lorient', '56100', 47.7483, -3.37),
    city('Pontivy', '56300', 48.0686, -2.9628),
    city('Auray', '56400', 47.6678, -2.9825),
    city('Ploërmel', '56800', 47.9317, -2.3967),
    city('Lanester', '56600', 47.7619, -3.3422),
    city('Hennebont', '56700', 47.805, -3.2775),
  ],
  '58': [
    city('Nevers', '58000', 46.9908, 3.159),
    city('Cosne-Cours-sur-Loire', '58200', 47.4108, 2.9256),
    city('Decize', '58300', 46.8283, 3.4619),
    city('Clamecy', '58500', 47.4597, 3.52),
    city('Château-Chinon', '58120', 47.0639, 3.9339),
    city('La Charité-sur-Loire', '58400', 47.1778, 3.0181),
  ],
  '67': [
    city('Strasbourg', '67000', 48.5734, 7.7521),
    city('Haguenau', '67500', 48.8156, 7.7906),
    city('Sélestat', '67600', 48.2594, 7.4542),
    city('Saverne', '67700', 48.7414, 7.3622),
    city('Molsheim', '67120', 48.5422, 7.492),
    city('Obernai', '67210', 48.4622, 7.4819),
    city('Schiltigheim', '67300', 48.6067, 7.75),
    city('Illkirch-Graffenstaden', '67400', 48.5297, 7.7153),
    city('Bischwiller', '67240', 48.7667, 7.8561),
  ],
  '71': [
    city('Mâcon', '71000', 46.3069, 4.8286),
    city('Chalon-sur-Saône', '71100', 46.7806, 4.8539),
    city('Le Creusot', '71200', 46.8075, 4.4161),
    city('Montceau-les-Mines', '71300', 46.6681, 4.3678),
    city('Autun', '71400', 46.9511, 4.2986),
    city('Louhans', '71500', 46.6261, 5.2247),
    city('Paray-le-Monial', '71600', 46.4514, 4.1194),
    city('Tournus', '71700', 46.5619, 4.9094),
  ],
  '84': [
    city('Avignon', '84000', 43.9493, 4.8055),
    city('Carpentras', '84200', 44.0556, 5.0481),
    city('Orange', '84100', 44.1381, 4.8075),
    city('Cavaillon', '84300', 43.8375, 5.0381),
    city('Apt', '84400', 43.8764, 5.3964),
    city('Pertuis', '84120', 43.6942, 5.5017),
    city("L'Isle-sur-la-Sorgue", '84800', 43.9194, 5.0514),
    city('Vaison-la-Romaine', '84110', 44.2408, 5.0747),
  ],
  '93': [
    city('Saint-Denis', '93200', 48.9362, 2.3574),
    city('Montreuil', '93100', 48.8638, 2.4485),
    city('Bobigny', '93000', 48.9086, 2.4397),
    city('Aubervilliers', '93300', 48.9146, 2.3821),
    city('Pantin', '93500', 48.8944, 2.4092),
    city('Saint-Ouen-sur-Seine', '93400', 48.9117, 2.3342),
    city('Bondy', '93140', 48.9022, 2.4828),
    city('Aulnay-sous-Bois', '93600', 48.9386, 2.4942),
    city('Noisy-le-Grand', '93160', 48.8489, 2.5528),
    city('Épinay-sur-Seine', '93800', 48.9553, 2.3092),
  ],
  '94': [
    city('Créteil', '94000', 48.7904, 2.4556),
    city('Vitry-sur-Seine', '94400', 48.7875, 2.3928),
    city('Ivry-sur-Seine', '94200', 48.8156, 2.3844),
    city('Vincennes', '94300', 48.8474, 2.4392),
    city('Champigny-sur-Marne', '94500', 48.8172, 2.5156),
    city('Saint-Maur-des-Fossés', '94100', 48.7994, 2.4997),
    city('Maisons-Alfort', '94700', 48.8058, 2.4378),
    city('Villejuif', '94800', 48.7922, 2.3636),
    city('Nogent-sur-Marne', '94130', 48.8372, 2.4828),
  ],
  '973': [
    city('Cayenne', '97300', 4.9224, -52.3135),
    city('Kourou', '97310', 5.1597, -52.6503),
    city('Saint-Laurent-du-Maroni', '97320', 5.4983, -54.0283),
    city('Matoury', '97351', 4.8472, -52.3306),
    city('Rémire-Montjoly', '97354', 4.9167, -52.2667),
  ],
  '75': [
    city('Paris', '75003', 48.863, 2.36),
    city('Paris', '75005', 48.8445, 2.35),
    city('Paris', '75010', 48.8761, 2.3607),
    city('Paris', '75011', 48.859, 2.38),
    city('Paris', '75013', 48.8322, 2.3561),
    city('Paris', '75018', 48.8925, 2.3444),
    city('Paris', '75019', 48.8871, 2.3848),
    city('Paris', '75020', 48.8634, 2.4011),
  ],
};

/** Where young people outside the experiment live: departments not open in 2019. */
export const CLOSED_DEPARTMENT_CITIES: readonly City[] = [
  city('Paris', '75011', 48.859, 2.38),
  city('Paris', '75018', 48.8925, 2.3444),
  city('Paris', '75020', 48.8634, 2.4011),
  city('Marseille', '13005', 43.2927, 5.3961),
  city('Lyon', '69003', 45.7597, 4.8422),
  city('Lille', '59000', 50.6292, 3.0573),
  city('Bordeaux', '33000', 44.8378, -0.5792),
  city('Nantes', '44000', 47.2184, -1.5536),
  city('Toulouse', '31000', 43.6047, 1.4442),
  city('Nice', '06000', 43.7102, 7.262),
  city('Rouen', '76000', 49.4431, 1.0993),
  city('Dijon', '21000', 47.322, 5.0415),
  city('Clermont-Ferrand', '63000', 45.7772, 3.087),
  city('Fort-de-France', '97200', 14.6161, -61.0588),
  city('Saint-Denis', '97400', -20.8823, 55.4504),
];

/** Venues and offerers are spread over departments with these weights. */
export const OFFERER_DEPARTMENT_WEIGHTS: Readonly<Record<string, number>> = {
  '08': 3, '22': 4, '25': 4, '29': 4, '34': 5, '35': 5, '56': 4, '58': 3,
  '67': 6, '71': 4, '84': 4, '93': 6, '94': 5, '973': 2, '75': 2,
};

/** Local wall clocks: everything is metropolitan time except French Guiana. */
export function timeZoneOfDepartment(departmentCode: string): string {
  return departmentCode === '973' ? 'America/Cayenne' : 'Europe/Paris';
}

/** Jitter radius around a city's centre, in km: tight in Paris, wider elsewhere. */
export function jitterRadiusKm(departmentCode: string): number {
  return departmentCode === '75' ? 1 : 2.5;
}

export const STREETS: readonly string[] = [
  'rue de la République', 'avenue Jean Jaurès', 'rue Victor Hugo', 'place de la Mairie',
  'rue Pasteur', 'boulevard Gambetta', 'rue du Général de Gaulle', 'rue de la Gare',
  'rue des Écoles', 'avenue de la Libération', 'rue Jules Ferry', 'rue Émile Zola',
  'place du Marché', 'rue Nationale', 'rue Voltaire', 'rue Jean Moulin',
  'avenue du Président Wilson', "rue de l'Église", 'rue du Château', 'rue des Remparts',
  'allée des Tilleuls', 'rue Louise Michel', 'rue Aristide Briand', 'rue Lamartine',
  'rue Carnot', 'place de la Liberté', 'rue Paul Bert', 'quai du Canal',
  'rue Anatole France', 'rue Jean-Baptiste Clément', 'rue des Arts', 'avenue Simone Veil',
];

export const YOUNG_FIRST_NAMES: readonly string[] = [
  'Léa', 'Manon', 'Chloé', 'Emma', 'Inès', 'Sarah', 'Jade', 'Lina', 'Louise', 'Zoé',
  'Clara', 'Lucie', 'Anaïs', 'Maëlys', 'Yasmine', 'Aya', 'Nour', 'Fatoumata', 'Océane',
  'Romane', 'Mathilde', 'Eva', 'Lucas', 'Hugo', 'Nathan', 'Enzo', 'Mathis', 'Théo',
  'Yanis', 'Adam', 'Rayan', 'Noah', 'Gabriel', 'Tom', 'Ibrahim', 'Mamadou', 'Kylian',
  'Maxime', 'Axel', 'Samuel', 'Ethan', 'Bilal', 'Evan', 'Antoine', 'Quentin', 'Sofiane',
];

export const ADULT_FIRST_NAMES: readonly string[] = [
  'Isabelle', 'Nathalie', 'Sophie', 'Christophe', 'Stéphane', 'Philippe', 'Sandrine',
  'Laurent', 'Valérie', 'Olivier', 'Frédéric', 'Céline', 'Karim', 'Nadia', 'Patrick',
  'Hélène', 'Julien', 'Aurélie', 'Vincent', 'Émilie', 'Sébastien', 'Claire', 'Thomas',
  'Anne', 'Nicolas', 'Marion', 'Guillaume', 'Delphine', 'Mehdi', 'Samia', 'Bruno', 'Agnès',
];

export const LAST_NAMES: readonly string[] = [
  'Martin', 'Bernard', 'Thomas', 'Petit', 'Robert', 'Richard', 'Durand', 'Dubois', 'Moreau',
  'Laurent', 'Simon', 'Michel', 'Lefebvre', 'Leroy', 'Roux', 'David', 'Bertrand', 'Morel',
  'Fournier', 'Girard', 'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Rousseau', 'Vincent',
  'Faure', 'André', 'Mercier', 'Blanc', 'Guérin', 'Boyer', 'Garnier', 'Chevalier', 'François',
  'Legrand', 'Gauthier', 'Garcia', 'Perrin', 'Robin', 'Clément', 'Morin', 'Henry', 'Mathieu',
  'Masson', 'Marchand', 'Duval', 'Denis', 'Dumont', 'Lemaire', 'Noël', 'Dufour', 'Meunier',
  'Brun', 'Blanchard', 'Giraud', 'Joly', 'Rivière', 'Brunet', 'Gaillard', 'Barbier', 'Arnaud',
  'Martinez', 'Roche', 'Renard', 'Roy', 'Colin', 'Vidal', 'Caron', 'Picard', 'Fabre', 'Aubert',
  'Lemoine', 'Renaud', 'Dumas', 'Lacroix', 'Bourgeois', 'Benoît', 'Rey', 'Leclerc', 'Payet',
  'Rolland', 'Lopez', 'Dupuy', 'Hubert', 'Berger', 'Sanchez', 'Moulin', 'Deschamps', 'Perez',
  'Fleury', 'Jacquet', 'Poirier', 'Marty', 'Carré', 'Charpentier', 'Ménard', 'Baron', 'Diallo',
  'Traoré', 'Benali', 'Haddad', 'Nguyen', 'Koné', 'Mendy', 'Cissé', 'Bouzid', 'Ferreira',
  'Lopes', 'Yilmaz', 'Da Silva', 'Camara', 'Ben Ahmed', 'Pereira',
];

/** Regional surnames, drawn more often for people living there. */
export const REGIONAL_LAST_NAMES: Readonly<Record<string, readonly string[]>> = {
  '22': ['Le Gall', 'Le Goff', 'Le Roux', 'Tanguy', 'Le Bihan', 'Kerbrat', 'Le Guen', 'Le Floch'],
  '29': ['Le Gall', 'Le Goff', 'Le Roux', 'Tanguy', 'Le Bihan', 'Kerbrat', 'Le Guen', 'Quéré'],
  '35': ['Le Gall', 'Le Goff', 'Le Roux', 'Tanguy', 'Le Bihan', 'Hamon', 'Le Guen'],
  '56': ['Le Gall', 'Le Goff', 'Le Roux', 'Tanguy', 'Le Bihan', 'Le Guen', 'Le Corre'],
  '67': ['Muller', 'Schmitt', 'Meyer', 'Weber', 'Klein', 'Schneider', 'Fischer', 'Wagner', 'Hoffmann'],
  '25': ['Mougin', 'Vuillemin', 'Girardot', 'Cuenot'],
  '34': ['Fabre', 'Roux', 'Bousquet', 'Vidal', 'Granier'],
};

/** How to name a venue of each type: a prefix and a proper name (`{city}` is replaced). */
export interface VenueNaming {
  prefixes: readonly string[];
  names: readonly string[];
}

export const VENUE_NAMING: Readonly<Record<VenueType, VenueNaming>> = {
  MOVIE: {
    prefixes: ['Cinéma'],
    names: [
      'Le Méliès', "L'Eden", 'Le Rex', 'Le Palace', 'Les Toiles', 'Le Studio', "L'Alhambra",
      'Le Lux', 'Le Vox', "L'Olympia", 'Le Select', 'Le Star', "L'Atalante", 'Le Zola',
      'Jean Vigo', 'Jacques Tati', 'Le Majestic', 'Le Royal', 'Les Arcades', 'Le Cinéville',
    ],
  },
  BOOKSTORE: {
    prefixes: ['Librairie'],
    names: [
      'des Halles', 'du Marché', 'La Plume', 'Le Livre Ouvert', 'Les Mots Passants', 'Gutenberg',
      'La Boîte à livres', 'Le Marque-page', "L'Encre bleue", 'Les Temps modernes',
      'Au fil des pages', 'La Licorne', 'Le Bateau livre', 'Page et Plume', 'Les Lucioles',
      'Le Chat qui lit', 'La Parenthèse', 'Vent de papier',
    ],
  },
  LIBRARY: {
    prefixes: ['Médiathèque', 'Bibliothèque'],
    names: [
      'Louise Michel', 'Elsa Triolet', 'Aimé Césaire', 'George Sand', 'Jules Verne',
      'Olympe de Gouges', 'Simone Veil', 'Albert Camus', 'Colette', 'Victor Hugo',
      'Marguerite Duras', 'de {city}',
    ],
  },
  MUSEUM: {
    prefixes: ['Musée'],
    names: [
      "d'Art et d'Histoire de {city}", 'des Beaux-Arts de {city}', 'de la Résistance',
      'du Textile', 'de la Mine', 'de la Marine', 'archéologique de {city}', 'de la Photographie',
      "de l'Imprimerie", 'des Arts et Traditions populaires',
    ],
  },
  CONCERT_HALL: {
    prefixes: ['Salle de concert', 'Scène de musiques actuelles'],
    names: [
      'La Cartonnerie', 'Le Hangar', 'La Sirène', "L'Usine", 'Le Métronome', 'La Vapeur',
      'La Poudrière', 'Le Moloco', 'La Fonderie', "L'Échonova", 'Le Tamanoir', 'La Clé de Sol',
    ],
  },
  PERFORMING_ARTS: {
    prefixes: ['Théâtre', 'Scène'],
    names: [
      'de la Fabrique', 'des Lumières', "de l'Atelier", 'municipal de {city}', 'de Poche',
      'des Deux Rives', "du Fil de l'eau", 'de la Renaissance', 'du Préau', 'des Quartiers',
      'de la Halle aux Grains',
    ],
  },
  RECORD_STORE: {
    prefixes: ['Disquaire'],
    names: ['Vinyl Café', 'Le Sillon', 'La Galette', 'Microsillons', 'Face B', 'Tête de Lecture', '33 Tours'],
  },
  MUSICAL_INSTRUMENT_STORE: {
    prefixes: ['Magasin de musique'],
    names: ["L'Atelier des Cordes", 'Accords Majeurs', 'Diapason', 'Harmonie Musique', 'La Note Bleue', 'Crescendo'],
  },
  CULTURAL_CENTRE: {
    prefixes: ['Centre culturel', 'Espace culturel', 'Maison des jeunes et de la culture'],
    names: ['Jacques Prévert', 'Boris Vian', 'Nelson Mandela', 'Pablo Picasso', 'de {city}', 'Léo Ferré'],
  },
  FESTIVAL: {
    prefixes: ['Festival'],
    names: [
      'Les Nuits de {city}', '{city} Sonore', 'Rock au Château', 'Les Rencontres du Fleuve',
      'Jazz en Ville', 'Les Voix d\'Ici', 'Les Scènes d\'Été', 'Cultures Urbaines de {city}',
    ],
  },
  ARTISTIC_COURSE: {
    prefixes: ['École de musique', 'Atelier d\'arts plastiques', 'École de danse', 'Conservatoire'],
    names: ['de {city}', 'Arpège', 'Les Ateliers du Canal', 'Pas de Deux', 'La Palette', 'Mosaïque'],
  },
  PATRIMONY_TOURISM: {
    prefixes: ['Château', 'Abbaye', 'Citadelle', 'Fort'],
    names: ['de {city}'],
  },
  GAMES: {
    prefixes: ['Boutique de jeux', 'Escape game', 'Ludothèque'],
    names: ['La Caverne du Gobelin', 'Le Repaire du Joueur', 'Meeple & Cie', 'Le Dé Voyageur', 'Cases & Pions', 'Énigmes & Cie'],
  },
  VISUAL_ARTS: {
    prefixes: ['Galerie', "Centre d'art"],
    names: ['Le Cadre', "L'Œil du Regard", 'La Verrière', 'Les Ateliers de la Gare', 'Contrepoint', "L'Aquarium"],
  },
  SCIENTIFIC_CULTURE: {
    prefixes: ['Planétarium', 'Centre de culture scientifique', "Muséum d'histoire naturelle"],
    names: ['de {city}'],
  },
  CREATIVE_ARTS_STORE: {
    prefixes: ['Beaux-arts', 'Papeterie créative'],
    names: ["L'Atelier du Peintre", 'Pinceaux & Cie', 'La Palette', 'Couleurs du Sud', 'Le Chevalet'],
  },
  DIGITAL: {
    prefixes: ['Studio'],
    names: ['Numérique', 'Pixel', 'Les Ondes', 'Écran Large'],
  },
  OTHER: {
    prefixes: ['Tiers-lieu', 'La Friche', 'Maison de quartier'],
    names: ['Les Voisins', 'La Ruche', 'Le Bocal', 'Les Grands Voisins', 'La Fabrique à Projets', 'de {city}'],
  },
};

/** The kinds of offerers: which venues they run and which digital offers they sell. */
export interface OffererProfile {
  key: string;
  weight: number;
  /** Venue types drawn for its physical venues; the first one is the main one. */
  venueTypes: readonly VenueType[];
  venueCount: readonly [min: number, max: number];
  /** Legal name templates: `{venue}` the main venue's name, `{city}` its city, `{brand}` the brand. */
  legalNames: readonly string[];
  /** All venues in the home city (a town's cultural department). */
  sameCity?: boolean;
  /** Venues are named `{brand} {city}` (chains). */
  brands?: readonly string[];
  /** Digital subcategories sold from the offerer's virtual venue. */
  digitalSubcategories: readonly string[];
  digitalOfferCount: readonly [min: number, max: number];
}

export const OFFERER_PROFILES: readonly OffererProfile[] = [
  {
    key: 'cinema', weight: 10, venueTypes: ['MOVIE'], venueCount: [2, 6],
    legalNames: ['SAS {venue}', 'SARL {venue}', 'Association {venue}', 'SEM {venue}'],
    digitalSubcategories: ['VOD', 'ABO_PLATEFORME_VIDEO'], digitalOfferCount: [0, 6],
  },
  {
    key: 'bookstore', weight: 10, venueTypes: ['BOOKSTORE'], venueCount: [2, 6],
    legalNames: ['SARL {venue}', 'SAS {venue}', 'SCOP {venue}'],
    digitalSubcategories: ['LIVRE_NUMERIQUE'], digitalOfferCount: [0, 8],
  },
  {
    key: 'town', weight: 8,
    venueTypes: [
      'LIBRARY', 'LIBRARY', 'MUSEUM', 'CULTURAL_CENTRE', 'PERFORMING_ARTS', 'CONCERT_HALL',
      'ARTISTIC_COURSE', 'PATRIMONY_TOURISM', 'SCIENTIFIC_CULTURE', 'VISUAL_ARTS', 'MOVIE',
    ],
    venueCount: [6, 12], legalNames: ['Ville de {city}', 'Commune de {city}'], sameCity: true,
    digitalSubcategories: ['PODCAST', 'LIVRE_NUMERIQUE'], digitalOfferCount: [0, 4],
  },
  {
    key: 'live-music', weight: 7, venueTypes: ['CONCERT_HALL', 'CONCERT_HALL', 'FESTIVAL'], venueCount: [2, 5],
    legalNames: ['Association {venue}', 'SCIC {venue}', 'SAS {venue}'],
    digitalSubcategories: ['TELECHARGEMENT_MUSIQUE', 'PODCAST'], digitalOfferCount: [0, 5],
  },
  {
    key: 'performing-arts', weight: 7,
    venueTypes: ['PERFORMING_ARTS', 'PERFORMING_ARTS', 'FESTIVAL', 'CULTURAL_CENTRE'], venueCount: [2, 6],
    legalNames: ['Association {venue}', 'EPCC {venue}', 'SCOP {venue}'],
    digitalSubcategories: ['PODCAST'], digitalOfferCount: [0, 3],
  },
  {
    key: 'heritage', weight: 5,
    venueTypes: ['MUSEUM', 'PATRIMONY_TOURISM', 'SCIENTIFIC_CULTURE', 'VISUAL_ARTS'], venueCount: [3, 7],
    legalNames: ['EPCC {venue}', 'Syndicat mixte {venue}', 'Association {venue}'],
    digitalSubcategories: ['PODCAST'], digitalOfferCount: [0, 4],
  },
  {
    key: 'music-retail', weight: 5, venueTypes: ['RECORD_STORE', 'MUSICAL_INSTRUMENT_STORE'], venueCount: [2, 5],
    legalNames: ['SARL {venue}', 'SAS {venue}'],
    digitalSubcategories: ['TELECHARGEMENT_MUSIQUE', 'ABO_PLATEFORME_MUSIQUE'], digitalOfferCount: [0, 6],
  },
  {
    key: 'culture-chain', weight: 4, venueTypes: ['BOOKSTORE', 'RECORD_STORE', 'GAMES', 'CREATIVE_ARTS_STORE'],
    venueCount: [4, 9], legalNames: ['SAS {brand}', '{brand} Distribution SA'],
    brands: ['Culture Plus', 'Espace Loisirs & Culture', 'Le Comptoir Culturel', 'Mégapage'],
    digitalSubcategories: ['LIVRE_NUMERIQUE', 'JEU_EN_LIGNE', 'TELECHARGEMENT_MUSIQUE', 'VOD'],
    digitalOfferCount: [6, 14],
  },
  {
    key: 'art-school', weight: 5, venueTypes: ['ARTISTIC_COURSE', 'ARTISTIC_COURSE', 'CREATIVE_ARTS_STORE', 'VISUAL_ARTS'],
    venueCount: [2, 4], legalNames: ['Association {venue}', 'SARL {venue}'],
    digitalSubcategories: [], digitalOfferCount: [0, 0],
  },
  {
    key: 'games', weight: 4, venueTypes: ['GAMES'], venueCount: [2, 4],
    legalNames: ['SAS {venue}', 'SARL {venue}'],
    digitalSubcategories: ['JEU_EN_LIGNE'], digitalOfferCount: [0, 5],
  },
  {
    key: 'festival', weight: 3, venueTypes: ['FESTIVAL', 'CONCERT_HALL'], venueCount: [1, 3],
    legalNames: ['Association {venue}'],
    digitalSubcategories: ['PODCAST', 'TELECHARGEMENT_MUSIQUE'], digitalOfferCount: [0, 3],
  },
  {
    key: 'third-place', weight: 3, venueTypes: ['OTHER', 'CULTURAL_CENTRE'], venueCount: [2, 4],
    legalNames: ['Association {venue}', 'SCIC {venue}'],
    digitalSubcategories: ['PODCAST'], digitalOfferCount: [0, 2],
  },
];

/** Online platforms: one small physical office and a large digital catalogue. */
export interface DigitalPlatform {
  brand: string;
  subcategories: readonly string[];
}

export const DIGITAL_PLATFORMS: readonly DigitalPlatform[] = [
  { brand: 'Cinétoile', subcategories: ['VOD', 'ABO_PLATEFORME_VIDEO'] },
  { brand: 'Ondes Libres', subcategories: ['ABO_PLATEFORME_MUSIQUE', 'TELECHARGEMENT_MUSIQUE', 'PODCAST'] },
  { brand: 'Le Kiosque numérique', subcategories: ['ABO_PRESSE_EN_LIGNE', 'PODCAST'] },
  { brand: 'Pixel Arcade', subcategories: ['JEU_EN_LIGNE'] },
  { brand: 'Liseuse & Cie', subcategories: ['LIVRE_NUMERIQUE'] },
];

/** Legal forms a digital platform is registered under. */
export const PLATFORM_LEGAL_NAMES: readonly string[] = ['SAS {brand}', '{brand} SA'];

/** What a pro's job looks like in their offerer (used in descriptions only). */
export const VIRTUAL_VENUE_NAME = 'Offre numérique';
