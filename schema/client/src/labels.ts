/**
 * French labels of the schema's enums, one place for the three apps. Each map is
 * typed by its generated enum: a value added to the schema fails the typecheck
 * until it has a label.
 */
import type {
  ActivationStatus,
  AuditAction,
  BookingStatus,
  CancellationReason,
  OffererStatus,
  Role,
  SearchSuggestionKind,
  ValidationStatus,
} from '@passculture/schema';

/** A booking's status, as pros, admins and young people read it. */
export const BOOKING_STATUS_LABELS: Record<BookingStatus, string> = {
  CONFIRMED: 'Confirmée',
  // The contremarque was validated at the counter: the young person has used the booking.
  USED: 'Utilisée',
  CANCELLED: 'Annulée',
  REIMBURSED: 'Remboursée',
};

/** Who or what cancelled a booking, after « Annulée ». */
export const CANCELLATION_REASON_LABELS: Record<CancellationReason, string> = {
  BENEFICIARY: 'par le jeune',
  OFFERER: 'par la structure',
  EXPIRED: 'expirée',
  FRAUD: 'pour fraude',
  BACKOFFICE: "par l'administration",
};

export const ROLE_LABELS: Record<Role, string> = {
  BENEFICIARY: 'Bénéficiaire',
  PRO: 'Professionnel',
  ADMIN: 'Administration',
};

/** Where a young person stands on the way to their credit. */
export const ACTIVATION_STATUS_LABELS: Record<ActivationStatus, string> = {
  PRE_REGISTERED: 'Préinscrit',
  REQUESTED: 'Activation demandée',
  ACTIVATED: 'Crédit activé',
  REJECTED: 'Demande refusée',
};

/** An offer's moderation status. */
export const OFFER_STATUS_LABELS: Record<ValidationStatus, string> = {
  DRAFT: 'Brouillon',
  PENDING: 'En attente de validation',
  APPROVED: 'Publiée',
  REJECTED: 'Refusée',
};

/** An offerer's (structure's) validation status. */
export const OFFERER_STATUS_LABELS: Record<OffererStatus, string> = {
  NEW: 'En attente de validation',
  VALIDATED: 'Validée',
  REJECTED: 'Refusée',
};

/** An admin action of the audit log. */
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  ACTIVATION_APPROVED: "Demande d'activation validée",
  ACTIVATION_REJECTED: "Demande d'activation refusée",
  DEPARTMENT_OPENED: 'Département ouvert',
  OFFERER_VALIDATED: 'Structure validée',
  OFFERER_REJECTED: 'Structure refusée',
  MEMBERSHIP_VALIDATED: 'Rattachement validé',
  MEMBERSHIP_REJECTED: 'Rattachement refusé',
  OFFER_APPROVED: 'Offre approuvée',
  OFFER_REJECTED: 'Offre rejetée',
  MODERATION_RULE_CREATED: 'Règle de modération ajoutée',
  MODERATION_RULE_ENABLED: 'Règle de modération activée',
  MODERATION_RULE_DISABLED: 'Règle de modération désactivée',
  USER_SUSPENDED: 'Compte suspendu',
  USER_REINSTATED: 'Suspension levée',
  EMAIL_RESENT: 'E-mail renvoyé',
  SELECTION_CREATED: 'Sélection créée',
  SELECTION_UPDATED: 'Sélection modifiée',
  SELECTION_PUBLISHED: 'Sélection publiée',
  SELECTION_UNPUBLISHED: 'Sélection dépubliée',
  SELECTIONS_REORDERED: 'Sélections réordonnées',
  SELECTION_DELETED: 'Sélection supprimée',
};

/** The groups of the search field's suggestions, in the order young people read them. */
export const SEARCH_SUGGESTION_KIND_LABELS: Record<SearchSuggestionKind, string> = {
  CATEGORY: 'Catégories',
  PLACE: 'Villes',
  VENUE: 'Lieux',
  OFFER: 'Offres',
  PERSON: 'Auteurs et artistes',
};

/** The catalogue fields an offer may carry (Subcategory.catalogueFields), in form order. */
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

/** How forms and offer pages name them. */
export const CATALOGUE_FIELD_LABELS: Record<CatalogueField, string> = {
  author: 'Auteur',
  performer: 'Interprète',
  stageDirector: 'Mise en scène',
  ean: 'EAN (ISBN)',
  durationMinutes: 'Durée',
  language: 'Langue',
  ageAdvice: 'Âge conseillé',
};

/** « heure de Cayenne »: the clock a screen shows a venue's times on, when not Paris. */
export function clockLabel(timeZone: string): string | null {
  if (timeZone === 'Europe/Paris') return null;
  const city = timeZone.split('/').pop()!.replaceAll('_', ' ');
  const names: Record<string, string> = {
    Reunion: 'La Réunion',
    'St Barthelemy': 'Saint-Barthélemy',
    Marigot: 'Saint-Martin',
    Miquelon: 'Saint-Pierre-et-Miquelon',
    Noumea: 'Nouméa',
  };
  return `heure de ${names[city] ?? city}`;
}

/**
 * The label of a code in one of these maps; a code the page does not know yet
 * (a newer api) is shown as it is rather than breaking the page.
 */
export function labelOf<Code extends string>(labels: Record<Code, string>, code: string): string {
  return Object.hasOwn(labels, code) ? labels[code as Code] : code;
}
