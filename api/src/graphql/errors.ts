import { GraphQLError } from 'graphql';

/** Every business error code a client may receive in `extensions.code` (shared/contract.graphql). */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  RATE_LIMITED = 'RATE_LIMITED',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  NO_ACTIVE_DEPOSIT = 'NO_ACTIVE_DEPOSIT',
  INSUFFICIENT_CREDIT = 'INSUFFICIENT_CREDIT',
  DIGITAL_CAP_REACHED = 'DIGITAL_CAP_REACHED',
  PHYSICAL_CAP_REACHED = 'PHYSICAL_CAP_REACHED',
  OFFER_NOT_BOOKABLE = 'OFFER_NOT_BOOKABLE',
  STOCK_NOT_BOOKABLE = 'STOCK_NOT_BOOKABLE',
  SOLD_OUT = 'SOLD_OUT',
  ALREADY_BOOKED = 'ALREADY_BOOKED',
  INVALID_QUANTITY = 'INVALID_QUANTITY',
  CANCELLATION_WINDOW_CLOSED = 'CANCELLATION_WINDOW_CLOSED',
  BOOKING_ALREADY_USED = 'BOOKING_ALREADY_USED',
  BOOKING_CANCELLED = 'BOOKING_CANCELLED',
  BOOKING_REIMBURSED = 'BOOKING_REIMBURSED',
  BOOKING_NOT_USED = 'BOOKING_NOT_USED',
  TOO_EARLY = 'TOO_EARLY',
  STOCK_HAS_BOOKINGS = 'STOCK_HAS_BOOKINGS',
  QUANTITY_BELOW_BOOKED = 'QUANTITY_BELOW_BOOKED',
  /** Beyond the contract: a document over the api's depth, cost, alias or size limits. */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  ACCOUNT_SUSPENDED = 'ACCOUNT_SUSPENDED',
  /** The database had no connection free in time: retry in a moment. */
  SERVICE_BUSY = 'SERVICE_BUSY',
  /** The account's address is not confirmed yet: no credit, no booking, no structure. */
  EMAIL_NOT_CONFIRMED = 'EMAIL_NOT_CONFIRMED',
  /** A confirmation link unknown, expired or already used. */
  CONFIRMATION_LINK_INVALID = 'CONFIRMATION_LINK_INVALID',
  /** A confirmation link opened without the account's session: its password is asked. */
  CONFIRMATION_PASSWORD_REQUIRED = 'CONFIRMATION_PASSWORD_REQUIRED',
}

/** Default French messages, fit to show a person; services may pass a more precise one. */
const defaultMessages: Record<ErrorCode, string> = {
  UNAUTHENTICATED: 'Tu dois te connecter pour continuer.',
  FORBIDDEN: "Tu n'as pas le droit de faire cette action.",
  NOT_FOUND: 'Cet élément est introuvable.',
  BAD_USER_INPUT: 'Certaines informations saisies ne sont pas valides.',
  RATE_LIMITED: 'Trop de tentatives : réessaie dans une minute.',
  NOT_ELIGIBLE: "Tu n'es pas éligible au pass Culture.",
  EMAIL_TAKEN: 'Un compte existe déjà avec cette adresse e-mail.',
  INVALID_CREDENTIALS: 'Adresse e-mail ou mot de passe incorrect.',
  NO_ACTIVE_DEPOSIT: "Ton crédit pass Culture n'est pas actif.",
  INSUFFICIENT_CREDIT: 'Ton crédit restant ne suffit pas pour cette réservation.',
  DIGITAL_CAP_REACHED: 'Tu as atteint le plafond des offres numériques.',
  PHYSICAL_CAP_REACHED: 'Tu as atteint le plafond des biens physiques.',
  OFFER_NOT_BOOKABLE: "Cette offre n'est pas réservable.",
  STOCK_NOT_BOOKABLE: "Cette date ou ce tarif n'est plus réservable.",
  SOLD_OUT: "Il n'y a plus assez de places pour cette offre.",
  ALREADY_BOOKED: 'Tu as déjà réservé cette offre.',
  INVALID_QUANTITY: "Ce nombre de places n'est pas possible pour cette offre.",
  CANCELLATION_WINDOW_CLOSED: "Le délai d'annulation de cette réservation est dépassé.",
  BOOKING_ALREADY_USED: 'Cette réservation a déjà été validée.',
  BOOKING_CANCELLED: 'Cette réservation a été annulée.',
  BOOKING_REIMBURSED: 'Cette réservation a déjà été remboursée.',
  BOOKING_NOT_USED: "Cette réservation n'a pas encore été validée.",
  TOO_EARLY: 'Cette réservation ne peut pas encore être validée.',
  STOCK_HAS_BOOKINGS: 'Ce stock a des réservations : confirme pour les annuler.',
  QUANTITY_BELOW_BOOKED:
    'La quantité ne peut pas être inférieure au nombre de places déjà réservées.',
  QUERY_TOO_COMPLEX: 'Requête refusée : elle est trop complexe.',
  ACCOUNT_SUSPENDED:
    "Ce compte est suspendu : écris au support du pass Culture si tu penses qu'il s'agit d'une erreur.",
  SERVICE_BUSY: 'Le service est très sollicité en ce moment : réessaie dans quelques secondes.',
  EMAIL_NOT_CONFIRMED:
    "Confirme d'abord ton adresse e-mail : clique sur le lien que nous t'avons envoyé.",
  CONFIRMATION_LINK_INVALID:
    "Ce lien de confirmation n'est plus valable (expiré ou déjà utilisé) : demande un nouvel e-mail.",
  CONFIRMATION_PASSWORD_REQUIRED:
    'Saisis le mot de passe choisi à l’inscription pour confirmer ton adresse.',
};

/** A business error: its code and French message reach the client as they are. */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string = defaultMessages[code],
    details?: Record<string, unknown>,
  ) {
    super(message, { extensions: { code, ...details } });
    this.name = 'AppError';
  }
}

export const INTERNAL_ERROR_MESSAGE =
  'Une erreur inattendue est survenue. Réessaie dans un instant.';
