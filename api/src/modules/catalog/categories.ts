/**
 * Categories and subcategories are code constants: each subcategory carries the
 * attributes the rules need (event or thing, online, cap family, expiry, duo,
 * reimbursement rule).
 */
export type CategoryId =
  | 'CINEMA'
  | 'FILM'
  | 'LIVRE'
  | 'MUSIQUE_LIVE'
  | 'MUSIQUE_ENREGISTREE'
  | 'SPECTACLE'
  | 'MUSEE'
  | 'PRATIQUE_ART'
  | 'INSTRUMENT'
  | 'BEAUX_ARTS'
  | 'CONFERENCE'
  | 'JEU'
  | 'MEDIA'
  | 'TECHNIQUE';

/** Which wallet cap a booking counts against, besides the total. */
export type CapFamily = 'DIGITAL' | 'PHYSICAL';
export type ReimbursementRule = 'STANDARD' | 'BOOK' | 'NOT_REIMBURSED';

/** What an offer may say besides its name and description, as the real catalogue does. */
export const CATALOGUE_FIELDS = [
  'author',
  'performer',
  'stageDirector',
  'ean',
  'durationMinutes',
  'language',
  'ageAdvice',
] as const;
export type CatalogueField = (typeof CATALOGUE_FIELDS)[number];

export interface CategoryDefinition {
  id: CategoryId;
  label: string;
}

export interface SubcategoryDefinition {
  id: string;
  categoryId: CategoryId;
  label: string;
  isEvent: boolean;
  /** Consumed online (needs a URL, has no place): a digital offer. */
  isDigital: boolean;
  capFamily: CapFamily | null;
  /** Days after which an unused booking is cancelled (null: never expires). */
  bookingExpiryDays: number | null;
  canBeDuo: boolean;
  reimbursementRule: ReimbursementRule;
  /** The catalogue fields the pro form asks for (any offer may carry any of them). */
  catalogueFields: readonly CatalogueField[];
}

export const CATEGORIES: readonly CategoryDefinition[] = [
  { id: 'CINEMA', label: 'Cinéma' },
  { id: 'FILM', label: 'Films, vidéos' },
  { id: 'LIVRE', label: 'Livres' },
  { id: 'MUSIQUE_LIVE', label: 'Concerts, festivals' },
  { id: 'MUSIQUE_ENREGISTREE', label: 'Musique enregistrée' },
  { id: 'SPECTACLE', label: 'Spectacles' },
  { id: 'MUSEE', label: 'Musées, patrimoine, expositions' },
  { id: 'PRATIQUE_ART', label: 'Pratiques artistiques' },
  { id: 'INSTRUMENT', label: 'Instruments de musique' },
  { id: 'BEAUX_ARTS', label: 'Beaux-arts' },
  { id: 'CONFERENCE', label: 'Conférences, rencontres' },
  { id: 'JEU', label: 'Jeux' },
  { id: 'MEDIA', label: 'Médias, presse' },
  { id: 'TECHNIQUE', label: 'Offres techniques' },
];

/**
 * One row per subcategory, its attributes as data. api/docs/subcategories.md is the
 * reference table (the public catalogue's values): test/unit/subcategories-table.test.ts
 * fails when a row here says anything else.
 */
const row = (
  id: string,
  categoryId: CategoryId,
  label: string,
  kind: 'event' | 'thing',
  online: boolean,
  capFamily: CapFamily | null,
  bookingExpiryDays: number | null,
  canBeDuo: boolean,
  reimbursementRule: ReimbursementRule,
  catalogueFields: readonly CatalogueField[] = [],
): SubcategoryDefinition => ({
  id,
  categoryId,
  label,
  isEvent: kind === 'event',
  isDigital: online,
  capFamily,
  bookingExpiryDays,
  canBeDuo,
  reimbursementRule,
  catalogueFields,
});

const ONLINE = true;
const ON_SITE = false;
const DUO = true;
const SOLO = false;

// prettier-ignore
export const SUBCATEGORIES: readonly SubcategoryDefinition[] = [
  row('SEANCE_CINE', 'CINEMA', 'Séance de cinéma', 'event', ON_SITE, null, null, DUO, 'STANDARD', ['durationMinutes', 'language', 'ageAdvice']),
  row('CARTE_CINE_MULTISEANCES', 'CINEMA', 'Carte cinéma multi-séances', 'thing', ON_SITE, null, 30, SOLO, 'STANDARD'),
  row('SUPPORT_PHYSIQUE_FILM', 'FILM', 'Film sur support physique', 'thing', ON_SITE, 'PHYSICAL', 30, SOLO, 'STANDARD', ['ean', 'durationMinutes', 'language', 'ageAdvice']),
  row('VOD', 'FILM', 'Film en vidéo à la demande', 'thing', ONLINE, 'DIGITAL', null, SOLO, 'NOT_REIMBURSED', ['durationMinutes', 'language', 'ageAdvice']),
  row('ABO_PLATEFORME_VIDEO', 'FILM', 'Abonnement à une plateforme vidéo', 'thing', ONLINE, 'DIGITAL', null, SOLO, 'NOT_REIMBURSED'),
  row('LIVRE_PAPIER', 'LIVRE', 'Livre papier', 'thing', ON_SITE, 'PHYSICAL', 10, SOLO, 'BOOK', ['author', 'ean', 'language', 'ageAdvice']),
  row('LIVRE_AUDIO_PHYSIQUE', 'LIVRE', 'Livre audio sur support physique', 'thing', ON_SITE, 'PHYSICAL', 30, SOLO, 'STANDARD', ['author', 'performer', 'ean', 'durationMinutes', 'language']),
  row('LIVRE_NUMERIQUE', 'LIVRE', 'Livre numérique', 'thing', ONLINE, 'DIGITAL', null, SOLO, 'BOOK', ['author', 'ean', 'language', 'ageAdvice']),
  row('CONCERT', 'MUSIQUE_LIVE', 'Concert', 'event', ON_SITE, null, null, DUO, 'STANDARD', ['performer', 'durationMinutes', 'ageAdvice']),
  row('FESTIVAL_MUSIQUE', 'MUSIQUE_LIVE', 'Festival de musique', 'event', ON_SITE, null, null, DUO, 'STANDARD', ['performer', 'ageAdvice']),
  row('ABO_CONCERT', 'MUSIQUE_LIVE', 'Abonnement concerts', 'thing', ON_SITE, null, 30, SOLO, 'STANDARD'),
  row('SUPPORT_PHYSIQUE_MUSIQUE', 'MUSIQUE_ENREGISTREE', 'CD, vinyle', 'thing', ON_SITE, 'PHYSICAL', 30, SOLO, 'STANDARD', ['performer', 'ean']),
  row('TELECHARGEMENT_MUSIQUE', 'MUSIQUE_ENREGISTREE', 'Téléchargement de musique', 'thing', ONLINE, 'DIGITAL', null, SOLO, 'NOT_REIMBURSED', ['performer']),
  row('ABO_PLATEFORME_MUSIQUE', 'MUSIQUE_ENREGISTREE', 'Abonnement musique en ligne', 'thing', ONLINE, 'DIGITAL', null, SOLO, 'NOT_REIMBURSED'),
  row('SPECTACLE_REPRESENTATION', 'SPECTACLE', 'Représentation', 'event', ON_SITE, null, null, DUO, 'STANDARD', ['performer', 'stageDirector', 'durationMinutes', 'language', 'ageAdvice']),
  row('FESTIVAL_SPECTACLE', 'SPECTACLE', 'Festival de spectacle vivant', 'event', ON_SITE, null, null, DUO, 'STANDARD', ['performer', 'ageAdvice']),
  row('ABO_SPECTACLE', 'SPECTACLE', 'Abonnement spectacles', 'thing', ON_SITE, null, 30, SOLO, 'STANDARD'),
  row('VISITE', 'MUSEE', 'Visite', 'event', ON_SITE, null, null, DUO, 'STANDARD', ['durationMinutes', 'language', 'ageAdvice']),
  row('VISITE_GUIDEE', 'MUSEE', 'Visite guidée', 'event', ON_SITE, null, null, DUO, 'STANDARD', ['durationMinutes', 'language', 'ageAdvice']),
  row('CARTE_MUSEE', 'MUSEE', 'Pass ou carte musée', 'thing', ON_SITE, null, 30, DUO, 'STANDARD'),
  row('ATELIER_PRATIQUE_ART', 'PRATIQUE_ART', 'Atelier de pratique artistique', 'event', ON_SITE, null, null, DUO, 'STANDARD', ['durationMinutes', 'ageAdvice']),
  row('PRATIQUE_ART_COURS', 'PRATIQUE_ART', 'Cours de pratique artistique', 'thing', ON_SITE, null, null, SOLO, 'STANDARD', ['durationMinutes', 'ageAdvice']),
  row('ACHAT_INSTRUMENT', 'INSTRUMENT', "Achat d'instrument", 'thing', ON_SITE, 'PHYSICAL', 30, SOLO, 'STANDARD'),
  row('LOCATION_INSTRUMENT', 'INSTRUMENT', "Location d'instrument", 'thing', ON_SITE, 'PHYSICAL', 30, SOLO, 'STANDARD'),
  row('MATERIEL_ART_CREATIF', 'BEAUX_ARTS', 'Matériel de création artistique', 'thing', ON_SITE, 'PHYSICAL', 30, SOLO, 'STANDARD'),
  row('CONFERENCE', 'CONFERENCE', 'Conférence', 'event', ON_SITE, null, null, DUO, 'STANDARD', ['performer', 'durationMinutes', 'language', 'ageAdvice']),
  row('RENCONTRE', 'CONFERENCE', 'Rencontre, dédicace', 'event', ON_SITE, null, null, DUO, 'STANDARD', ['author', 'performer', 'durationMinutes', 'language']),
  row('ESCAPE_GAME', 'JEU', 'Escape game', 'thing', ON_SITE, null, 30, SOLO, 'STANDARD', ['durationMinutes', 'language', 'ageAdvice']),
  row('JEU_EN_LIGNE', 'JEU', 'Jeu en ligne', 'thing', ONLINE, 'DIGITAL', null, SOLO, 'NOT_REIMBURSED', ['language', 'ageAdvice']),
  row('JEU_SUPPORT_PHYSIQUE', 'JEU', 'Jeu de société', 'thing', ON_SITE, 'PHYSICAL', 30, SOLO, 'STANDARD', ['ean', 'durationMinutes', 'language', 'ageAdvice']),
  row('ABO_PRESSE_EN_LIGNE', 'MEDIA', 'Abonnement presse en ligne', 'thing', ONLINE, 'DIGITAL', null, SOLO, 'NOT_REIMBURSED', ['language']),
  row('PODCAST', 'MEDIA', 'Podcast', 'thing', ONLINE, 'DIGITAL', null, SOLO, 'NOT_REIMBURSED', ['performer', 'durationMinutes', 'language']),
  row('ACTIVATION_THING', 'TECHNIQUE', "Code d'activation", 'thing', ON_SITE, 'PHYSICAL', null, SOLO, 'NOT_REIMBURSED'),
];

const subcategoriesById = new Map(SUBCATEGORIES.map((s) => [s.id, s]));
const categoriesById = new Map(CATEGORIES.map((c) => [c.id, c]));

export function findSubcategory(id: string): SubcategoryDefinition | undefined {
  return subcategoriesById.get(id);
}

export function findCategory(id: string): CategoryDefinition | undefined {
  return categoriesById.get(id as CategoryId);
}

export function subcategoriesOf(categoryId: CategoryId): SubcategoryDefinition[] {
  return SUBCATEGORIES.filter((s) => s.categoryId === categoryId);
}
