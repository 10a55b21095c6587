/** Dates and labels as pros read them: Paris wall clock, French words. */

const dateTime = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'full',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});
const shortDateTime = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'short',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});

/** `vendredi 4 décembre 2026 à 20:30`. */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

/** `04/12/2026 20:30`. */
export function formatShortDateTime(iso: string): string {
  return shortDateTime.format(new Date(iso));
}

export const BOOKING_STATUS_LABELS: Record<string, string> = {
  CONFIRMED: 'Confirmée',
  USED: 'Validée',
  CANCELLED: 'Annulée',
  REIMBURSED: 'Remboursée',
};

export const OFFER_STATUS_LABELS: Record<string, string> = {
  DRAFT: 'Brouillon',
  PENDING: 'En attente de validation',
  APPROVED: 'Publiée',
  REJECTED: 'Refusée',
};

export const OFFERER_STATUS_LABELS: Record<string, string> = {
  NEW: 'En attente de validation',
  VALIDATED: 'Validée',
  REJECTED: 'Refusée',
};

export const VENUE_TYPE_LABELS: Record<string, string> = {
  MOVIE: 'Cinéma',
  BOOKSTORE: 'Librairie',
  LIBRARY: 'Bibliothèque, médiathèque',
  MUSEUM: 'Musée',
  CONCERT_HALL: 'Salle de concert',
  PERFORMING_ARTS: 'Spectacle vivant',
  RECORD_STORE: 'Disquaire',
  MUSICAL_INSTRUMENT_STORE: "Magasin d'instruments de musique",
  CULTURAL_CENTRE: 'Centre culturel',
  FESTIVAL: 'Festival',
  ARTISTIC_COURSE: 'Cours et pratique artistiques',
  PATRIMONY_TOURISM: 'Patrimoine et tourisme',
  GAMES: 'Jeux',
  VISUAL_ARTS: 'Arts visuels',
  SCIENTIFIC_CULTURE: 'Culture scientifique',
  CREATIVE_ARTS_STORE: 'Magasin de loisirs créatifs',
  DIGITAL: 'Offres numériques',
  OTHER: 'Autre',
};

/** `12,50` from a price typed in euros (comma or dot), as integer cents; null if not a price. */
export function parseEuros(text: string): number | null {
  const normalized = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(normalized)) return null;
  return Math.round(Number(normalized) * 100);
}

/** Cents as a price to edit: `12,5` → `12,50`, `1000` → `10`. */
export function centsToInput(cents: number): string {
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2).replace('.', ',');
}
