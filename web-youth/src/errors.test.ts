import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { errorFieldsOf, errorMessage, messageForCode } from '@passculture/client';
import { describe, expect, it } from 'vitest';

function graphQLError(code: string, extensions: Record<string, unknown> = {}) {
  return new CombinedGraphQLErrors({
    data: null,
    errors: [{ message: 'Message du serveur', extensions: { code, ...extensions } }],
  });
}

/** Each refusal of bookOffer / cancelBooking, and what the sentence must tell the person. */
const BOOKING_REFUSALS: Record<string, RegExp> = {
  NO_ACTIVE_DEPOSIT: /offres gratuites.*profil/,
  OFFER_NOT_BOOKABLE: /Reviens à la recherche/,
  STOCK_NOT_BOOKABLE: /Choisis-en un autre/,
  SOLD_OUT: /Choisis une autre date/,
  ALREADY_BOOKED: /Mes réservations/,
  INVALID_QUANTITY: /réserve une place, ou deux/,
  INSUFFICIENT_CREDIT: /tarif moins cher/,
  DIGITAL_CAP_REACHED: /numériques.*encore réserver des sorties/,
  PHYSICAL_CAP_REACHED: /biens physiques.*encore réserver des sorties/,
  CANCELLATION_WINDOW_CLOSED: /préviens le lieu/,
  BOOKING_ALREADY_USED: /ne peut plus être annulée/,
  BOOKING_CANCELLED: /déjà annulée/,
  BOOKING_REIMBURSED: /ne peut plus être annulée/,
  UNAUTHENTICATED: /Connecte-toi/,
  RATE_LIMITED: /Patiente/,
  NETWORK_ERROR: /Vérifie ta connexion/,
};

describe('booking refusals → French sentences that say what to do', () => {
  for (const [code, expected] of Object.entries(BOOKING_REFUSALS)) {
    it(code, () => {
      const message = errorMessage(graphQLError(code), 'tu');
      expect(message).toMatch(expected);
      expect(message).not.toBe('Message du serveur');
      expect(message).not.toBe(messageForCode(undefined, 'tu'));
    });
  }

  it('keeps the counter wording for pros', () => {
    expect(messageForCode('BOOKING_ALREADY_USED', 'vous')).toBe(
      "Cette contremarque a déjà été validée : elle ne peut pas l'être deux fois.",
    );
  });
});

describe('sign-up field errors', () => {
  it('reads extensions.fields of a BAD_USER_INPUT error', () => {
    const error = graphQLError('BAD_USER_INPUT', {
      fields: { password: 'Trop court.', postalCode: 42, email: 'Adresse invalide.' },
    });
    expect(errorFieldsOf(error)).toEqual({ password: 'Trop court.', email: 'Adresse invalide.' });
  });

  it('is empty for any other error', () => {
    expect(errorFieldsOf(graphQLError('EMAIL_TAKEN'))).toEqual({});
    expect(errorFieldsOf(new Error('boom'))).toEqual({});
    expect(errorFieldsOf(undefined)).toEqual({});
  });
});
