import { TEST_PASSWORD } from '../support/fixtures.js';
import type { Actor, World } from '../support/world.js';

/**
 * The expected outcome of every GraphQL operation for every kind of caller: 'ok' (no
 * error) or the error code. test/integration/authorization-matrix.test.ts runs each row
 * against a fresh world (support/world.ts) per caller, and fails for any operation of the
 * schema without a row here: a new operation must say who may call it.
 */
export type Outcome = 'ok' | string;

export interface MatrixRow {
  document: string;
  variables?: (world: World) => Record<string, unknown>;
  expected: Record<Actor, Outcome>;
}

const everyone = (outcome: Outcome = 'ok'): Record<Actor, Outcome> => ({
  anonymous: outcome,
  beneficiary: outcome,
  otherBeneficiary: outcome,
  proA: outcome,
  proB: outcome,
  admin: outcome,
});
/** Any signed-in caller, on their own account. */
const signedIn = (outcome: Outcome = 'ok') => ({
  ...everyone(outcome),
  anonymous: 'UNAUTHENTICATED',
});
const adminOnly = { ...everyone('FORBIDDEN'), anonymous: 'UNAUTHENTICATED', admin: 'ok' };
/** A pro of offerer A on A's data; B's pro must not even learn it exists. */
const proOfA = (outcome: Outcome = 'ok') => ({
  ...everyone('FORBIDDEN'),
  anonymous: 'UNAUTHENTICATED',
  proA: outcome,
  proB: 'NOT_FOUND',
});

const BOOKING = '{ id status }';

export const MATRIX: Record<string, MatrixRow> = {
  // Public catalogue and session
  me: { document: '{ me { id } }', expected: everyone() },
  categories: { document: '{ categories { id } }', expected: everyone() },
  offer: {
    document: 'query($id: ID!) { offer(id: $id) { id } }',
    variables: (w) => ({ id: String(w.a.offerId) }),
    expected: everyone(),
  },
  venue: {
    document: 'query($id: ID!) { venue(id: $id) { id } }',
    variables: (w) => ({ id: String(w.a.venueId) }),
    expected: everyone(),
  },
  searchOffers: {
    document: '{ searchOffers(input: { first: 5 }) { edges { cursor } } }',
    expected: everyone(),
  },
  venuesAround: {
    document:
      '{ venuesAround(input: { around: { latitude: 48.93, longitude: 2.35 } }) { distanceMeters } }',
    expected: everyone(),
  },
  places: { document: '{ places(text: "Saint-Denis") { city } }', expected: everyone() },
  signUp: {
    document: `mutation($email: String!) { signUp(input: { email: $email, password: "un mot de passe assez long",
      firstName: "Nina", lastName: "Roux", birthDate: "2008-03-01", postalCode: "93200" }) { token } }`,
    variables: (w) => ({ email: `nouveau-${w.userIds.admin}@exemple.fr` }),
    expected: everyone(),
  },
  logIn: {
    document: 'mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }',
    variables: (w) => ({ e: w.emails.beneficiary, p: TEST_PASSWORD }),
    expected: everyone(),
  },
  logOut: { document: 'mutation { logOut }', expected: everyone() },

  // One's own account
  changePassword: {
    document: `mutation($p: String!) { changePassword(currentPassword: $p, newPassword: "un nouveau mot de passe") }`,
    variables: () => ({ p: TEST_PASSWORD }),
    expected: signedIn(),
  },
  exportMyData: { document: '{ exportMyData }', expected: signedIn() },
  deleteMyAccount: {
    document: 'mutation($p: String!) { deleteMyAccount(password: $p) }',
    variables: () => ({ p: TEST_PASSWORD }),
    expected: signedIn(),
  },
  updateEmailPreferences: {
    document: 'mutation { updateEmailPreferences(nonEssential: false) { nonEssential } }',
    expected: signedIn(),
  },
  requestActivation: {
    document: 'mutation { requestActivation { activationStatus } }',
    expected: { ...signedIn('NOT_ELIGIBLE') },
  },

  // Young people
  myBookings: { document: `{ myBookings ${BOOKING} }`, expected: signedIn() },
  myFavorites: { document: '{ myFavorites { id } }', expected: signedIn() },
  addFavorite: {
    document: 'mutation($id: ID!) { addFavorite(offerId: $id) { id } }',
    variables: (w) => ({ id: String(w.a.offerId) }),
    expected: signedIn(),
  },
  removeFavorite: {
    document: 'mutation($id: ID!) { removeFavorite(offerId: $id) { id } }',
    variables: (w) => ({ id: String(w.a.offerId) }),
    expected: signedIn(),
  },
  bookOffer: {
    document: `mutation($id: ID!) { bookOffer(stockId: $id) ${BOOKING} }`,
    variables: (w) => ({ id: String(w.a.freeStockId) }),
    expected: {
      ...signedIn(),
      // Not beneficiaries: no credit to pay with.
      proA: 'NO_ACTIVE_DEPOSIT',
      proB: 'NO_ACTIVE_DEPOSIT',
      admin: 'NO_ACTIVE_DEPOSIT',
    },
  },
  cancelBooking: {
    document: `mutation($id: ID!) { cancelBooking(bookingId: $id) ${BOOKING} }`,
    variables: (w) => ({ id: String(w.a.bookingId) }),
    expected: {
      anonymous: 'UNAUTHENTICATED',
      beneficiary: 'ok',
      otherBeneficiary: 'NOT_FOUND',
      proA: 'ok',
      proB: 'NOT_FOUND',
      admin: 'ok',
    },
  },

  // The counter
  bookingByToken: {
    document: `query($t: String!) { bookingByToken(token: $t) ${BOOKING} }`,
    variables: (w) => ({ t: w.a.bookingToken }),
    expected: proOfA(),
  },
  useBooking: {
    document: `mutation($t: String!) { useBooking(token: $t) ${BOOKING} }`,
    variables: (w) => ({ t: w.a.bookingToken }),
    expected: proOfA(),
  },
  unuseBooking: {
    document: `mutation($t: String!) { unuseBooking(token: $t) ${BOOKING} }`,
    variables: (w) => ({ t: w.a.bookingToken }),
    expected: proOfA('BOOKING_NOT_USED'),
  },

  // Ministry
  departments: { document: '{ departments { code } }', expected: adminOnly },
  departmentUptake: { document: '{ departmentUptake { departmentCode } }', expected: adminOnly },
  outboxMessages: { document: '{ outboxMessages(first: 5) { id } }', expected: adminOnly },
};
