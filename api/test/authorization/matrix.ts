import { TEST_PASSWORD, withLuhnKey } from '../support/fixtures.js';
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
  /** Callers whose 'ok' must carry no data at all (every list empty): another's filter. */
  seesNothing?: Actor[];
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

/** Any pro, on their own offerers' data (B's pro has data of their own). */
const pros = (outcome: Outcome = 'ok') => ({ ...proOfA(outcome), proB: outcome });

const BOOKING = '{ id status }';
const IN_A_MONTH = () => new Date(Date.now() + 30 * 86_400_000).toISOString();
const VENUE_DETAILS = `{ name: "Le Lieu", address: "1 rue de la Gare", city: "Saint-Denis", postalCode: "93200",
  venueType: "MUSEUM", accessibility: { motor: true, visual: false, hearing: false, mental: false } }`;

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
  searchFacets: {
    document: '{ searchFacets(input: { first: 5 }) { total categories { categoryId count } } }',
    expected: everyone(),
  },
  searchSuggestions: {
    document: '{ searchSuggestions(text: "Saint") { kind label } }',
    expected: everyone(),
  },
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
  // A made-up link confirms nothing, whoever asks; a confirmed account has nothing to resend.
  confirmEmail: {
    document: `mutation { confirmEmail(token: "${'A'.repeat(43)}") { token } }`,
    expected: everyone('CONFIRMATION_LINK_INVALID'),
  },
  resendEmailConfirmation: {
    document: 'mutation { resendEmailConfirmation }',
    expected: signedIn(),
  },

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

  // Pros: structures and venues
  signUpPro: {
    document: `mutation($email: String!) { signUpPro(input: { email: $email, password: "un mot de passe assez long",
      firstName: "Marc", lastName: "Lévy" }) { token } }`,
    variables: (w) => ({ email: `nouveau-pro-${w.userIds.admin}@exemple.fr` }),
    expected: everyone(),
  },
  myOfferers: { document: '{ myOfferers { id } }', expected: pros() },
  createOfferer: {
    document:
      'mutation($siren: String!) { createOfferer(input: { name: "Nouvelle structure", siren: $siren }) { id } }',
    variables: (w) => ({ siren: withLuhnKey(String(80_000_000 + w.userIds.admin)) }),
    expected: pros(),
  },
  joinOfferer: {
    document: 'mutation($siren: String!) { joinOfferer(siren: $siren) { id } }',
    variables: (w) => ({ siren: w.a.siren }),
    // A's pro already belongs to A (nothing changes); B's pro asks to join it.
    expected: pros(),
  },
  proVenue: {
    document: 'query($id: ID!) { proVenue(id: $id) { id } }',
    variables: (w) => ({ id: String(w.a.venueId) }),
    expected: proOfA(),
  },
  createVenue: {
    document: `mutation($offererId: ID!, $siret: String!) { createVenue(input: { offererId: $offererId, siret: $siret,
      name: "Le Lieu", address: "1 rue de la Gare", city: "Saint-Denis", postalCode: "93200", venueType: "MUSEUM",
      accessibility: { motor: true, visual: false, hearing: false, mental: false } }) { id } }`,
    variables: (w) => ({
      offererId: String(w.a.offererId),
      siret: withLuhnKey(`${w.a.siren}0009`),
    }),
    expected: proOfA(),
  },
  updateVenue: {
    document: `mutation($id: ID!) { updateVenue(id: $id, input: ${VENUE_DETAILS}) { id } }`,
    variables: (w) => ({ id: String(w.a.venueId) }),
    expected: proOfA(),
  },

  // Pros: offers and stocks
  // API keys of an offerer (modules/apikey)
  apiKeys: {
    document: 'query($id: ID!) { apiKeys(offererId: $id) { id } }',
    variables: (w) => ({ id: String(w.a.offererId) }),
    expected: proOfA(),
  },
  createApiKey: {
    document: 'mutation($id: ID!) { createApiKey(offererId: $id, name: "Caisse") { secret } }',
    variables: (w) => ({ id: String(w.a.offererId) }),
    expected: proOfA(),
  },
  revokeApiKey: {
    document: 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }',
    variables: (w) => ({ id: String(w.a.apiKeyId) }),
    expected: proOfA(),
  },
  upsertOffer: {
    document: `mutation($venueId: ID!) { upsertOffer(venueId: $venueId, externalRef: "REF-1",
      input: { subcategoryId: "LIVRE_PAPIER", name: "Livre importé", priceCents: 900, quantity: 3 }) { outcome } }`,
    variables: (w) => ({ venueId: String(w.a.venueId) }),
    expected: proOfA(),
  },
  proOffers: {
    document:
      'query($venueId: ID) { proOffers(first: 10, venueId: $venueId) { edges { cursor } } }',
    variables: (w) => ({ venueId: String(w.a.venueId) }),
    // Filtering on another's venue finds nothing, as would an unknown venue.
    expected: pros(),
    seesNothing: ['proB'],
  },
  proOffer: {
    document: 'query($id: ID!) { proOffer(id: $id) { id } }',
    variables: (w) => ({ id: String(w.a.offerId) }),
    expected: proOfA(),
  },
  createOfferDraft: {
    document: `mutation($venueId: ID!) { createOfferDraft(input: { venueId: $venueId, subcategoryId: "CONCERT",
      name: "Nouveau concert" }) { id } }`,
    variables: (w) => ({ venueId: String(w.a.venueId) }),
    expected: proOfA(),
  },
  updateOffer: {
    document:
      'mutation($id: ID!) { updateOffer(id: $id, input: { name: "Concert renommé" }) { id } }',
    variables: (w) => ({ id: String(w.a.offerId) }),
    expected: proOfA(),
  },
  publishOffer: {
    document: 'mutation($id: ID!) { publishOffer(id: $id) { id } }',
    variables: (w) => ({ id: String(w.a.draftOfferId) }),
    expected: proOfA(),
  },
  setOfferActive: {
    document: 'mutation($id: ID!) { setOfferActive(id: $id, isActive: false) { id } }',
    variables: (w) => ({ id: String(w.a.offerId) }),
    expected: proOfA(),
  },
  duplicateOffer: {
    document: 'mutation($id: ID!) { duplicateOffer(id: $id) { id } }',
    variables: (w) => ({ id: String(w.a.offerId) }),
    expected: proOfA(),
  },
  addStocks: {
    document: `mutation($id: ID!, $date: DateTime!) { addStocks(offerId: $id, input: { priceCents: 1000, quantity: 10,
      dates: [$date] }) { id } }`,
    variables: (w) => ({ id: String(w.a.offerId), date: IN_A_MONTH() }),
    expected: proOfA(),
  },
  updateStock: {
    document:
      'mutation($id: ID!) { updateStock(id: $id, input: { priceCents: 1500, quantity: 50 }) { id } }',
    variables: (w) => ({ id: String(w.a.stockId) }),
    expected: proOfA(),
  },
  deleteStock: {
    document: 'mutation($id: ID!) { deleteStock(id: $id, confirm: true) { __typename } }',
    variables: (w) => ({ id: String(w.a.stockId) }),
    expected: proOfA(),
  },

  // Pros: bookings and money
  proBookings: {
    document:
      'query($venueId: ID) { proBookings(first: 10, filter: { venueId: $venueId }) { edges { cursor } } }',
    variables: (w) => ({ venueId: String(w.a.venueId) }),
    // Filtering on another's venue finds nothing, as would an unknown venue.
    expected: pros(),
    seesNothing: ['proB'],
  },
  proOverview: {
    document:
      'query($venueId: ID) { proOverview(venueId: $venueId) { offers { __typename } venues { __typename } } }',
    variables: (w) => ({ venueId: String(w.a.venueId) }),
    expected: pros(),
    seesNothing: ['proB'],
  },
  reimbursements: {
    document: `query($venueId: ID!) { reimbursements(venueId: $venueId, from: "2026-01-01", to: "2026-12-31") {
      __typename } }`,
    variables: (w) => ({ venueId: String(w.a.venueId) }),
    expected: proOfA(),
  },

  // Ministry
  departments: { document: '{ departments { code } }', expected: adminOnly },
  departmentUptake: { document: '{ departmentUptake { departmentCode } }', expected: adminOnly },
  outboxMessages: { document: '{ outboxMessages(first: 5) { id } }', expected: adminOnly },
  // No message of the world is UNCERTAIN or FAILED: the admin gets past the role check only.
  resendOutboxMessage: {
    document: 'mutation { resendOutboxMessage(id: "2147483647") { id } }',
    expected: { ...adminOnly, admin: 'NOT_FOUND' },
  },
  uptakeDashboard: {
    document: '{ uptakeDashboard(filter: { side: BENEFICIARY }) { asOf } }',
    expected: adminOnly,
  },
  refreshUptake: { document: 'mutation { refreshUptake }', expected: adminOnly },
  uptakeDiversity: {
    document: '{ uptakeDiversity(period: ALL) { asOf totals { bookers } } }',
    expected: adminOnly,
  },
  // The discovery home is public; editorial selections are the ministry's.
  home: {
    document:
      '{ home(input: { around: { latitude: 48.93, longitude: 2.35 } }) { modules { id items { offer { id } } } } }',
    expected: everyone(),
  },
  editorialSelections: { document: '{ editorialSelections { id } }', expected: adminOnly },
  saveEditorialSelection: {
    document: `mutation($offer: ID!, $from: DateTime!) { saveEditorialSelection(input: {
      title: "À voir", kind: LIST, offerIds: [$offer], publishedFrom: $from }) { id } }`,
    variables: (w) => ({ offer: String(w.a.offerId), from: new Date().toISOString() }),
    expected: adminOnly,
  },
  // No selection has this id: the admin gets past the role check only.
  deleteEditorialSelection: {
    document: 'mutation { deleteEditorialSelection(id: "2147483647") }',
    expected: { ...adminOnly, admin: 'NOT_FOUND' },
  },
  // No selection has this id, so the order is refused as stale: the admin gets past the role
  // check only.
  reorderEditorialSelections: {
    document: 'mutation { reorderEditorialSelections(ids: ["2147483647"]) { id } }',
    expected: { ...adminOnly, admin: 'BAD_USER_INPUT' },
  },
  activationRequests: { document: '{ activationRequests { email } }', expected: adminOnly },
  approveActivation: {
    document: 'mutation($id: ID!) { approveActivation(userId: $id) }',
    variables: (w) => ({ id: String(w.queues.requesterId) }),
    expected: adminOnly,
  },
  rejectActivation: {
    document: 'mutation($id: ID!) { rejectActivation(userId: $id, reason: "Pièce illisible") }',
    variables: (w) => ({ id: String(w.queues.requesterId) }),
    expected: adminOnly,
  },
  openDepartment: { document: 'mutation { openDepartment(code: "69") }', expected: adminOnly },
  pendingOfferers: { document: '{ pendingOfferers { id } }', expected: adminOnly },
  pendingMemberships: { document: '{ pendingMemberships { id } }', expected: adminOnly },
  decideOfferer: {
    document: 'mutation($id: ID!) { decideOfferer(offererId: $id, decision: VALIDATED) }',
    variables: (w) => ({ id: String(w.queues.newOffererId) }),
    expected: adminOnly,
  },
  decideMembership: {
    document: `mutation($id: ID!) { decideMembership(membershipId: $id, decision: REJECTED,
      reason: "Inconnu de la structure") }`,
    variables: (w) => ({ id: String(w.queues.pendingMembershipId) }),
    expected: adminOnly,
  },
  moderationQueue: { document: '{ moderationQueue { id } }', expected: adminOnly },
  moderationRules: { document: '{ moderationRules { id } }', expected: adminOnly },
  createModerationRule: {
    document: `mutation { createModerationRule(input: { label: "Prix élevé", kind: PRICE_ABOVE,
      priceThresholdCents: 50000 }) { id } }`,
    expected: adminOnly,
  },
  setModerationRuleActive: {
    document: 'mutation($id: ID!) { setModerationRuleActive(id: $id, isActive: true) { id } }',
    variables: (w) => ({ id: String(w.queues.moderationRuleId) }),
    expected: adminOnly,
  },
  approveOffer: {
    document: 'mutation($id: ID!) { approveOffer(offerId: $id) }',
    variables: (w) => ({ id: String(w.queues.pendingOfferId) }),
    expected: adminOnly,
  },
  rejectOffer: {
    document: 'mutation($id: ID!) { rejectOffer(offerId: $id, reason: "Revente interdite") }',
    variables: (w) => ({ id: String(w.a.offerId) }),
    expected: adminOnly,
  },
  auditLog: { document: '{ auditLog(first: 10) { id } }', expected: adminOnly },
  searchPeople: { document: '{ searchPeople(query: "jeune") { id } }', expected: adminOnly },
  person: {
    document: 'query($id: ID!) { person(id: $id) { id } }',
    variables: (w) => ({ id: String(w.userIds.beneficiary) }),
    expected: adminOnly,
  },
  suspendPerson: {
    document: 'mutation($id: ID!) { suspendPerson(id: $id, reason: "Fraude avérée") }',
    variables: (w) => ({ id: String(w.userIds.otherBeneficiary) }),
    expected: adminOnly,
  },
  reinstatePerson: {
    document: 'mutation($id: ID!) { reinstatePerson(id: $id) }',
    variables: (w) => ({ id: String(w.queues.suspendedId) }),
    expected: adminOnly,
  },
};
