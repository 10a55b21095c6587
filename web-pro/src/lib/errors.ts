import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { errorCodeOf, errorMessage } from '@passculture/client';

/** Codes whose message from the api says more than the generic one (which field, how many). */
const PRECISE_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'TOO_EARLY',
  'STOCK_HAS_BOOKINGS',
  'QUANTITY_BELOW_BOOKED',
]);

/** A French sentence for an error of the api, addressed to a pro. */
export function proErrorMessage(error: unknown): string {
  const code = errorCodeOf(error);
  if (code && PRECISE_CODES.has(code) && CombinedGraphQLErrors.is(error)) {
    return error.errors[0]?.message ?? errorMessage(error, 'vous');
  }
  return errorMessage(error, 'vous');
}

/** An extension the api added to its first error (e.g. offererExists). */
export function errorExtension(error: unknown, key: string): unknown {
  return CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.[key] : undefined;
}

/**
 * Why the counter refuses a contremarque, explained to the person at the desk: every
 * code `bookingByToken`, `useBooking` and `unuseBooking` may answer.
 */
export const COUNTER_REFUSALS: Record<string, string> = {
  NOT_FOUND:
    "Aucune réservation de vos lieux ne correspond à cette contremarque. Vérifiez les 6 caractères (pas de I ni de O) ou demandez au jeune d'afficher son billet.",
  BOOKING_ALREADY_USED:
    'Cette contremarque a déjà été validée : elle ne peut pas servir deux fois. Si c’est une erreur, annulez la validation.',
  BOOKING_CANCELLED:
    "Cette réservation a été annulée (par le jeune, par vous ou parce qu'elle a expiré) : elle ne donne plus accès à l'offre.",
  BOOKING_REIMBURSED:
    'Cette réservation a déjà été remboursée à votre structure : elle ne peut plus être modifiée.',
  BOOKING_NOT_USED: "Cette réservation n'a pas été validée : il n'y a pas de validation à annuler.",
  TOO_EARLY:
    "Le jeune peut encore annuler cette réservation : elle pourra être validée à la fin de son délai d'annulation.",
  RATE_LIMITED:
    'Trop de contremarques inconnues saisies en une minute. Patientez une minute avant de réessayer.',
  UNAUTHENTICATED: 'Votre session a expiré : reconnectez-vous pour utiliser le guichet.',
  FORBIDDEN: "Ce compte n'a pas accès au guichet.",
};

export function counterRefusal(error: unknown): string {
  const code = errorCodeOf(error);
  if (code === 'TOO_EARLY' && CombinedGraphQLErrors.is(error)) {
    return error.errors[0]?.message ?? COUNTER_REFUSALS.TOO_EARLY!;
  }
  return (code && COUNTER_REFUSALS[code]) || errorMessage(error, 'vous');
}

/** The token of a typed contremarque or of a scanned ticket QR code, or null. */
export function tokenFromInput(text: string): string | null {
  const trimmed = text.trim().toUpperCase();
  const fromQr = /^PASSCULTURE:V3;TOKEN:([A-Z2-7]{6})$/.exec(trimmed);
  if (fromQr) return fromQr[1]!;
  return /^[A-Z2-7]{6}$/.test(trimmed) ? trimmed : null;
}
