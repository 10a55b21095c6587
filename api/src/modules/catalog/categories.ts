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

const event = (id: string, categoryId: CategoryId, label: string): SubcategoryDefinition => ({
  id,
  categoryId,
  label,
  isEvent: true,
  isDigital: false,
  capFamily: null,
  bookingExpiryDays: null,
  canBeDuo: true,
  reimbursementRule: 'STANDARD',
});

const physicalThing = (
  id: string,
  categoryId: CategoryId,
  label: string,
  rule: ReimbursementRule = 'STANDARD',
  expiryDays = 30,
): SubcategoryDefinition => ({
  id,
  categoryId,
  label,
  isEvent: false,
  isDigital: false,
  capFamily: 'PHYSICAL',
  bookingExpiryDays: expiryDays,
  canBeDuo: false,
  reimbursementRule: rule,
});

const digitalThing = (
  id: string,
  categoryId: CategoryId,
  label: string,
  rule: ReimbursementRule = 'NOT_REIMBURSED',
): SubcategoryDefinition => ({
  id,
  categoryId,
  label,
  isEvent: false,
  isDigital: true,
  capFamily: 'DIGITAL',
  bookingExpiryDays: null,
  canBeDuo: false,
  reimbursementRule: rule,
});

/** A thing without cap family: passes, subscriptions and lessons taken on site. */
const uncappedThing = (
  id: string,
  categoryId: CategoryId,
  label: string,
  rule: ReimbursementRule = 'STANDARD',
): SubcategoryDefinition => ({
  id,
  categoryId,
  label,
  isEvent: false,
  isDigital: false,
  capFamily: null,
  bookingExpiryDays: null,
  canBeDuo: false,
  reimbursementRule: rule,
});

export const SUBCATEGORIES: readonly SubcategoryDefinition[] = [
  event('SEANCE_CINE', 'CINEMA', 'Séance de cinéma'),
  uncappedThing('CARTE_CINE_MULTISEANCES', 'CINEMA', 'Carte cinéma multi-séances'),
  physicalThing('SUPPORT_PHYSIQUE_FILM', 'FILM', 'Film sur support physique'),
  digitalThing('VOD', 'FILM', 'Film en vidéo à la demande'),
  digitalThing('ABO_PLATEFORME_VIDEO', 'FILM', 'Abonnement à une plateforme vidéo'),
  physicalThing('LIVRE_PAPIER', 'LIVRE', 'Livre papier', 'BOOK', 10),
  physicalThing('LIVRE_AUDIO_PHYSIQUE', 'LIVRE', 'Livre audio sur support physique', 'BOOK'),
  digitalThing('LIVRE_NUMERIQUE', 'LIVRE', 'Livre numérique', 'BOOK'),
  event('CONCERT', 'MUSIQUE_LIVE', 'Concert'),
  event('FESTIVAL_MUSIQUE', 'MUSIQUE_LIVE', 'Festival de musique'),
  uncappedThing('ABO_CONCERT', 'MUSIQUE_LIVE', 'Abonnement concerts'),
  physicalThing('SUPPORT_PHYSIQUE_MUSIQUE', 'MUSIQUE_ENREGISTREE', 'CD, vinyle'),
  digitalThing('TELECHARGEMENT_MUSIQUE', 'MUSIQUE_ENREGISTREE', 'Téléchargement de musique'),
  digitalThing('ABO_PLATEFORME_MUSIQUE', 'MUSIQUE_ENREGISTREE', 'Abonnement musique en ligne'),
  event('SPECTACLE_REPRESENTATION', 'SPECTACLE', 'Représentation'),
  event('FESTIVAL_SPECTACLE', 'SPECTACLE', 'Festival de spectacle vivant'),
  uncappedThing('ABO_SPECTACLE', 'SPECTACLE', 'Abonnement spectacles'),
  event('VISITE', 'MUSEE', 'Visite'),
  event('VISITE_GUIDEE', 'MUSEE', 'Visite guidée'),
  uncappedThing('CARTE_MUSEE', 'MUSEE', 'Pass ou carte musée'),
  event('ATELIER_PRATIQUE_ART', 'PRATIQUE_ART', 'Atelier de pratique artistique'),
  uncappedThing('PRATIQUE_ART_COURS', 'PRATIQUE_ART', 'Cours de pratique artistique'),
  physicalThing('ACHAT_INSTRUMENT', 'INSTRUMENT', "Achat d'instrument"),
  uncappedThing('LOCATION_INSTRUMENT', 'INSTRUMENT', "Location d'instrument"),
  physicalThing('MATERIEL_ART_CREATIF', 'BEAUX_ARTS', 'Matériel de création artistique'),
  event('CONFERENCE', 'CONFERENCE', 'Conférence'),
  event('RENCONTRE', 'CONFERENCE', 'Rencontre, dédicace'),
  event('ESCAPE_GAME', 'JEU', 'Escape game'),
  digitalThing('JEU_EN_LIGNE', 'JEU', 'Jeu en ligne'),
  physicalThing('JEU_SUPPORT_PHYSIQUE', 'JEU', 'Jeu de société'),
  digitalThing('ABO_PRESSE_EN_LIGNE', 'MEDIA', 'Abonnement presse en ligne'),
  digitalThing('PODCAST', 'MEDIA', 'Podcast'),
  uncappedThing('ACTIVATION_THING', 'TECHNIQUE', "Code d'activation", 'NOT_REIMBURSED'),
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
