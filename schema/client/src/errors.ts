import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { ErrorCode } from '@passculture/schema';

/** The API's error codes (`extensions.code`): the schema's `ErrorCode` enum, as generated. */
export const ERROR_CODES: readonly ErrorCode[] = Object.values(ErrorCode);
export { ErrorCode };

/** Failures that carry no API code, told apart on the client. */
export type ClientErrorKind =
  /** The server could not be reached (offline, DNS, connection refused). */
  | 'NETWORK_ERROR'
  /** The server or a proxy failed (5xx, or a response that is not GraphQL). */
  | 'SERVER_ERROR'
  /** The server rejected the operation itself: this page is older than the API. */
  | 'OUTDATED_CLIENT';

/** How the app addresses people: `tu` for young people, `vous` for pros and admins. */
export type Register = 'tu' | 'vous';

type Message = string | { tu: string; vous: string };

const GENERIC: Message = {
  tu: 'Une erreur inattendue est survenue. Réessaie dans un instant ; si le problème continue, contacte le support.',
  vous: 'Une erreur inattendue est survenue. Réessayez dans un instant ; si le problème continue, contactez le support.',
};

// One French message per code: a code added to the schema's enum fails the typecheck here.
const messages: Record<ErrorCode | ClientErrorKind, Message> = {
  UNAUTHENTICATED: {
    tu: "Ta session a expiré ou tu n'es pas connecté. Connecte-toi pour continuer.",
    vous: "Votre session a expiré ou vous n'êtes pas connecté. Connectez-vous pour continuer.",
  },
  FORBIDDEN: {
    tu: "Ton compte n'a pas accès à cette action. Connecte-toi avec un autre compte si besoin.",
    vous: "Votre compte n'a pas accès à cette action. Connectez-vous avec un compte qui a les droits nécessaires.",
  },
  NOT_FOUND: {
    tu: "Cet élément est introuvable : il a peut-être été supprimé. Reviens à l'accueil pour continuer.",
    vous: "Cet élément est introuvable : il a peut-être été supprimé. Revenez à l'accueil pour continuer.",
  },
  BAD_USER_INPUT: {
    tu: 'Certaines informations saisies ne sont pas valides. Vérifie le formulaire puis réessaie.',
    vous: 'Certaines informations saisies ne sont pas valides. Vérifiez le formulaire puis réessayez.',
  },
  RATE_LIMITED: {
    tu: 'Trop de tentatives en peu de temps. Patiente une minute avant de réessayer.',
    vous: 'Trop de tentatives en peu de temps. Patientez une minute avant de réessayer.',
  },
  NOT_ELIGIBLE: {
    tu: "Tu n'es pas éligible au pass Culture pour le moment. Consulte les conditions d'éligibilité sur le site du pass Culture.",
    vous: "Cette personne n'est pas éligible au pass Culture pour le moment.",
  },
  EMAIL_TAKEN: {
    tu: 'Un compte existe déjà avec cette adresse e-mail. Connecte-toi, ou utilise une autre adresse.',
    vous: 'Un compte existe déjà avec cette adresse e-mail. Connectez-vous, ou utilisez une autre adresse.',
  },
  INVALID_CREDENTIALS: {
    tu: 'Adresse e-mail ou mot de passe incorrect. Vérifie ta saisie puis réessaie.',
    vous: 'Adresse e-mail ou mot de passe incorrect. Vérifiez votre saisie puis réessayez.',
  },
  NO_ACTIVE_DEPOSIT: {
    tu: "Ton crédit pass Culture n'est pas actif (pas encore activé, ou expiré) : tu peux seulement réserver des offres gratuites. Regarde où en est ton crédit dans ton profil.",
    vous: "Ce compte n'a pas de crédit pass Culture actif : la réservation est impossible.",
  },
  INSUFFICIENT_CREDIT: {
    tu: 'Ton crédit restant ne suffit pas pour cette réservation. Choisis un tarif moins cher, une seule place, ou une offre gratuite.',
    vous: 'Le crédit restant ne suffit pas pour cette réservation.',
  },
  DIGITAL_CAP_REACHED: {
    tu: 'Tu as atteint le plafond de ton crédit pour les offres numériques. Tu peux encore réserver des sorties et des biens physiques.',
    vous: 'Le plafond des offres numériques est atteint pour ce compte.',
  },
  PHYSICAL_CAP_REACHED: {
    tu: 'Tu as atteint le plafond de ton crédit pour les biens physiques (livres, disques, instruments…). Tu peux encore réserver des sorties et des offres numériques.',
    vous: 'Le plafond des biens physiques est atteint pour ce compte.',
  },
  OFFER_NOT_BOOKABLE: {
    tu: "Cette offre n'est plus réservable. Reviens à la recherche pour choisir une autre offre.",
    vous: "Cette offre n'est pas réservable.",
  },
  STOCK_NOT_BOOKABLE: {
    tu: "Cette date ou ce tarif n'est plus réservable (réservations closes ou événement commencé). Choisis-en un autre.",
    vous: "Cette date ou ce tarif n'est plus réservable. Choisissez-en un autre.",
  },
  SOLD_OUT: {
    tu: "Il n'y a plus assez de places. Choisis une autre date, réserve une seule place, ou choisis une autre offre.",
    vous: "Il n'y a plus assez de places pour cette offre.",
  },
  ALREADY_BOOKED: {
    tu: "Tu as déjà réservé cette offre : retrouve-la dans « Mes réservations ». Pour changer de date, annule d'abord ta réservation.",
    vous: 'Cette offre a déjà été réservée avec ce compte.',
  },
  INVALID_QUANTITY: {
    tu: "Ce nombre de places n'est pas possible : réserve une place, ou deux si l'offre est duo.",
    vous: "Ce nombre de places n'est pas possible pour cette offre.",
  },
  CANCELLATION_WINDOW_CLOSED: {
    tu: "Le délai d'annulation est dépassé : cette réservation ne peut plus être annulée. Si tu ne peux pas y aller, préviens le lieu.",
    vous: "Le délai d'annulation est dépassé : cette réservation ne peut plus être annulée.",
  },
  // For young people these codes answer a cancellation; for pros, a counter validation.
  BOOKING_ALREADY_USED: {
    tu: 'Cette réservation a déjà été utilisée au guichet : elle ne peut plus être annulée.',
    vous: "Cette contremarque a déjà été validée : elle ne peut pas l'être deux fois.",
  },
  BOOKING_CANCELLED: {
    tu: 'Cette réservation est déjà annulée. Recharge la page pour voir son état à jour.',
    vous: 'Cette réservation a été annulée : elle ne peut pas être validée.',
  },
  BOOKING_REIMBURSED: {
    tu: 'Cette réservation a été utilisée et réglée au lieu : elle ne peut plus être annulée.',
    vous: 'Cette réservation a déjà été remboursée : elle ne peut plus être modifiée.',
  },
  BOOKING_NOT_USED: "Cette réservation n'a pas encore été validée : il n'y a rien à annuler.",
  TOO_EARLY: {
    tu: "Cette réservation ne peut pas encore être validée. Réessaie plus près de la date de l'événement.",
    vous: "Cette réservation ne peut pas encore être validée. Réessayez plus près de la date de l'événement.",
  },
  STOCK_HAS_BOOKINGS: {
    tu: 'Ce stock a déjà des réservations. Confirme la suppression pour les annuler.',
    vous: 'Ce stock a déjà des réservations. Confirmez la suppression pour les annuler, ou modifiez plutôt la quantité.',
  },
  QUANTITY_BELOW_BOOKED: {
    tu: 'La quantité ne peut pas être inférieure au nombre de places déjà réservées. Augmente-la puis réessaie.',
    vous: 'La quantité ne peut pas être inférieure au nombre de places déjà réservées. Augmentez-la puis réessayez.',
  },
  QUERY_TOO_COMPLEX: {
    tu: 'Cette demande est trop lourde pour le serveur. Affine ta recherche puis réessaie.',
    vous: 'Cette demande est trop lourde pour le serveur. Réduisez la période ou les filtres puis réessayez.',
  },
  ACCOUNT_SUSPENDED: {
    tu: "Ton compte est suspendu. Écris au support du pass Culture si tu penses qu'il s'agit d'une erreur.",
    vous: "Votre compte est suspendu. Écrivez au support du pass Culture si vous pensez qu'il s'agit d'une erreur.",
  },
  SERVICE_BUSY: {
    tu: 'Le service est très sollicité en ce moment. Réessaie dans quelques secondes.',
    vous: 'Le service est très sollicité en ce moment. Réessayez dans quelques secondes.',
  },
  EMAIL_NOT_CONFIRMED: {
    tu: "Confirme d'abord ton adresse e-mail : clique sur le lien que nous t'avons envoyé (ou demande un nouvel e-mail depuis ton profil).",
    vous: "Confirmez d'abord votre adresse e-mail : cliquez sur le lien que nous vous avons envoyé (ou demandez un nouvel e-mail).",
  },
  CONFIRMATION_LINK_INVALID: {
    tu: "Ce lien de confirmation n'est plus valable : il a expiré ou a déjà servi. Demande un nouvel e-mail.",
    vous: "Ce lien de confirmation n'est plus valable : il a expiré ou a déjà servi. Demandez un nouvel e-mail.",
  },
  CONFIRMATION_PASSWORD_REQUIRED: {
    tu: "Saisis le mot de passe choisi à l'inscription pour confirmer ton adresse.",
    vous: "Saisissez le mot de passe choisi à l'inscription pour confirmer votre adresse.",
  },
  NETWORK_ERROR: {
    tu: 'Impossible de joindre le serveur. Vérifie ta connexion internet puis réessaie.',
    vous: 'Impossible de joindre le serveur. Vérifiez votre connexion internet puis réessayez.',
  },
  SERVER_ERROR: {
    tu: 'Le service est momentanément indisponible. Réessaie dans quelques minutes.',
    vous: 'Le service est momentanément indisponible. Réessayez dans quelques minutes.',
  },
  OUTDATED_CLIENT: {
    tu: "Cette page n'est plus à jour. Recharge-la puis réessaie.",
    vous: "Cette page n'est plus à jour. Rechargez-la puis réessayez.",
  },
};

/** Apollo Server's own codes for an operation it refused to run. */
const OUTDATED_CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

function isKnownCode(code: string): code is ErrorCode | ClientErrorKind {
  return Object.hasOwn(messages, code);
}

function firstCode(errors: unknown): string | undefined {
  if (!Array.isArray(errors)) return undefined;
  for (const error of errors as unknown[]) {
    const code: unknown = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

function codeFromBody(bodyText: string): string | undefined {
  try {
    return firstCode((JSON.parse(bodyText) as { errors?: unknown } | null)?.errors);
  } catch {
    return undefined;
  }
}

function codeFromStatus(status: number): string | undefined {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 429) return 'RATE_LIMITED';
  if (status >= 500) return 'SERVER_ERROR';
  return undefined;
}

function isNetworkFailure(error: unknown): boolean {
  // fetch() rejects with a TypeError whose message depends on the browser.
  return error instanceof TypeError && /fetch|network|load failed|connection/i.test(error.message);
}

/**
 * The code that explains an error returned by Apollo Client: the API's
 * `extensions.code` when there is one (in a GraphQL result, or in the body of
 * a non-2xx response), else a client-side kind, else `undefined`.
 */
export function errorCodeOf(error: unknown): string | undefined {
  if (CombinedGraphQLErrors.is(error)) return firstCode(error.errors);
  if (ServerError.is(error))
    return codeFromBody(error.bodyText) ?? codeFromStatus(error.statusCode);
  if (ServerParseError.is(error)) return 'SERVER_ERROR';
  if (isNetworkFailure(error)) return 'NETWORK_ERROR';
  return undefined;
}

/**
 * Per-field French messages of a `BAD_USER_INPUT` error (`extensions.fields`,
 * e.g. `{ password: 'Le mot de passe doit contenir…' }`); empty otherwise.
 */
export function errorFieldsOf(error: unknown): Record<string, string> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const fields: Record<string, string> = {};
  for (const graphQLError of error.errors) {
    const raw: unknown = graphQLError.extensions?.fields;
    if (!raw || typeof raw !== 'object') continue;
    for (const [field, message] of Object.entries(raw as Record<string, unknown>)) {
      if (typeof message === 'string' && !Object.hasOwn(fields, field)) fields[field] = message;
    }
  }
  return fields;
}

/** The French sentence for a code; unknown or missing codes get the generic one. */
export function messageForCode(code: string | undefined, register: Register): string {
  let message: Message = GENERIC;
  if (code && OUTDATED_CLIENT_CODES.has(code)) message = messages.OUTDATED_CLIENT;
  else if (code && isKnownCode(code)) message = messages[code];
  return typeof message === 'string' ? message : message[register];
}

/** The French sentence to show for any error returned by Apollo Client. */
export function errorMessage(error: unknown, register: Register): string {
  return messageForCode(errorCodeOf(error), register);
}
