/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ProMe {\n    me {\n      id\n      firstName\n      lastName\n      email\n      roles\n      departmentCode\n      emailConfirmed\n    }\n  }\n": typeof types.ProMeDocument,
    "\n  query MyOfferers {\n    myOfferers {\n      id\n      siren\n      name\n      status\n      membershipStatus\n      venues {\n        id\n        name\n        publicName\n        isVirtual\n        city\n        postalCode\n        venueType\n      }\n    }\n  }\n": typeof types.MyOfferersDocument,
    "\n  query ProOverview($venueId: ID) {\n    proOverview(venueId: $venueId) {\n      venues {\n        venueId\n        venueName\n        offers\n        bookings\n        revenueCents\n      }\n      offers {\n        offerId\n        offerName\n        venueName\n        validation\n        isActive\n        bookings\n        usedBookings\n        placesLeft\n        revenueCents\n      }\n    }\n  }\n": typeof types.ProOverviewDocument,
    "\n  mutation CreateOfferer($input: CreateOffererInput!) {\n    createOfferer(input: $input) {\n      id\n      name\n      status\n      membershipStatus\n    }\n  }\n": typeof types.CreateOffererDocument,
    "\n  mutation JoinOfferer($siren: String!) {\n    joinOfferer(siren: $siren) {\n      id\n      name\n      membershipStatus\n    }\n  }\n": typeof types.JoinOffererDocument,
    "\n  mutation SignUpPro($input: ProSignUpInput!) {\n    signUpPro(input: $input) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": typeof types.SignUpProDocument,
    "\n  query ProVenue($id: ID!) {\n    proVenue(id: $id) {\n      ...VenueFields\n    }\n  }\n": typeof types.ProVenueDocument,
    "\n  fragment VenueFields on ProVenue {\n    id\n    offererId\n    siret\n    name\n    publicName\n    address\n    postalCode\n    city\n    departmentCode\n    location {\n      latitude\n      longitude\n    }\n    venueType\n    isVirtual\n    bookingEmail\n    image {\n      url(width: 400)\n      srcset\n      sources {\n        type\n        srcset\n      }\n      alt\n      credit\n      width\n      height\n    }\n    accessibility {\n      motor\n      visual\n      hearing\n      mental\n    }\n  }\n": typeof types.VenueFieldsFragmentDoc,
    "\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) {\n      ...VenueFields\n    }\n  }\n": typeof types.CreateVenueDocument,
    "\n  mutation UpdateVenue($id: ID!, $input: VenueDetailsInput!) {\n    updateVenue(id: $id, input: $input) {\n      ...VenueFields\n    }\n  }\n": typeof types.UpdateVenueDocument,
    "\n  query ProCategories {\n    categories {\n      id\n      label\n      subcategories {\n        id\n        label\n        isEvent\n        isDigital\n        canBeDuo\n        catalogueFields\n      }\n    }\n  }\n": typeof types.ProCategoriesDocument,
    "\n  fragment ProOfferFields on ProOffer {\n    id\n    name\n    description\n    url\n    isDuo\n    isActive\n    validation\n    isEvent\n    isDigital\n    venueId\n    venueName\n    venueTimeZone\n    author\n    performer\n    stageDirector\n    ean\n    durationMinutes\n    language\n    ageAdvice\n    subcategory {\n      id\n      label\n      canBeDuo\n      catalogueFields\n      categoryId\n    }\n    image {\n      url(width: 400)\n      srcset\n      sources {\n        type\n        srcset\n      }\n      alt\n      credit\n      width\n      height\n    }\n    stocks {\n      id\n      priceCents\n      quantity\n      bookedQuantity\n      remainingQuantity\n      beginsAt\n      bookingLimitAt\n    }\n  }\n": typeof types.ProOfferFieldsFragmentDoc,
    "\n  query ProOffers($venueId: ID, $after: String) {\n    proOffers(venueId: $venueId, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ProOfferFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ProOffersDocument,
    "\n  query ProOffer($id: ID!) {\n    proOffer(id: $id) {\n      ...ProOfferFields\n    }\n  }\n": typeof types.ProOfferDocument,
    "\n  mutation CreateOfferDraft($input: OfferDraftInput!) {\n    createOfferDraft(input: $input) {\n      ...ProOfferFields\n    }\n  }\n": typeof types.CreateOfferDraftDocument,
    "\n  mutation UpdateOffer($id: ID!, $input: OfferDetailsInput!) {\n    updateOffer(id: $id, input: $input) {\n      ...ProOfferFields\n    }\n  }\n": typeof types.UpdateOfferDocument,
    "\n  mutation PublishOffer($id: ID!) {\n    publishOffer(id: $id) {\n      ...ProOfferFields\n    }\n  }\n": typeof types.PublishOfferDocument,
    "\n  mutation SetOfferActive($id: ID!, $isActive: Boolean!) {\n    setOfferActive(id: $id, isActive: $isActive) {\n      ...ProOfferFields\n    }\n  }\n": typeof types.SetOfferActiveDocument,
    "\n  mutation DuplicateOffer($id: ID!) {\n    duplicateOffer(id: $id) {\n      id\n    }\n  }\n": typeof types.DuplicateOfferDocument,
    "\n  mutation AddStocks($offerId: ID!, $input: StocksInput!) {\n    addStocks(offerId: $offerId, input: $input) {\n      ...ProOfferFields\n    }\n  }\n": typeof types.AddStocksDocument,
    "\n  mutation UpdateStock($id: ID!, $input: StockUpdateInput!) {\n    updateStock(id: $id, input: $input) {\n      ...ProOfferFields\n    }\n  }\n": typeof types.UpdateStockDocument,
    "\n  mutation DeleteStock($id: ID!, $confirm: Boolean) {\n    deleteStock(id: $id, confirm: $confirm) {\n      cancelledBookings\n      offer {\n        ...ProOfferFields\n      }\n    }\n  }\n": typeof types.DeleteStockDocument,
    "\n  query ProBookings($filter: ProBookingFilterInput, $after: String) {\n    proBookings(filter: $filter, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          token\n          status\n          quantity\n          amountCents\n          bookedAt\n          usedAt\n          beginsAt\n          offerName\n          venueName\n          venueTimeZone\n          beneficiaryName\n          beneficiaryEmail\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ProBookingsDocument,
    "\n  fragment CounterBooking on Booking {\n    id\n    token\n    status\n    quantity\n    amountCents\n    bookedAt\n    usedAt\n    cancellationLimitAt\n    offer {\n      id\n      name\n      venue {\n        id\n        name\n        timeZone\n      }\n    }\n    stock {\n      id\n      beginsAt\n    }\n  }\n": typeof types.CounterBookingFragmentDoc,
    "\n  query BookingByToken($token: String!) {\n    bookingByToken(token: $token) {\n      ...CounterBooking\n    }\n  }\n": typeof types.BookingByTokenDocument,
    "\n  mutation UseBooking($token: String!) {\n    useBooking(token: $token) {\n      ...CounterBooking\n    }\n  }\n": typeof types.UseBookingDocument,
    "\n  mutation UnuseBooking($token: String!) {\n    unuseBooking(token: $token) {\n      ...CounterBooking\n    }\n  }\n": typeof types.UnuseBookingDocument,
    "\n  query Reimbursements($venueId: ID!, $from: String!, $to: String!) {\n    reimbursements(venueId: $venueId, from: $from, to: $to) {\n      venueName\n      totalAmountCents\n      totalReimbursedCents\n      lines {\n        bookingId\n        token\n        offerName\n        beneficiaryName\n        usedAt\n        amountCents\n        cumulativeCents\n        scale\n        ratePercent\n        reimbursedCents\n      }\n    }\n  }\n": typeof types.ReimbursementsDocument,
    "\n  mutation ProCancelBooking($id: ID!) {\n    cancelBooking(bookingId: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ProCancelBookingDocument,
    "\n  query ProEmailPreferences {\n    me {\n      id\n      emailPreferences {\n        dailyBookingSummary\n      }\n    }\n  }\n": typeof types.ProEmailPreferencesDocument,
    "\n  mutation ProUpdateDailySummary($dailyBookingSummary: Boolean!) {\n    updateEmailPreferences(dailyBookingSummary: $dailyBookingSummary) {\n      dailyBookingSummary\n    }\n  }\n": typeof types.ProUpdateDailySummaryDocument,
    "\n  query ApiKeys($offererId: ID!) {\n    apiKeys(offererId: $offererId) {\n      id\n      name\n      displayPrefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($offererId: ID!, $name: String!) {\n    createApiKey(offererId: $offererId, name: $name) {\n      secret\n      key {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
};
const documents: Documents = {
    "\n  query ProMe {\n    me {\n      id\n      firstName\n      lastName\n      email\n      roles\n      departmentCode\n      emailConfirmed\n    }\n  }\n": types.ProMeDocument,
    "\n  query MyOfferers {\n    myOfferers {\n      id\n      siren\n      name\n      status\n      membershipStatus\n      venues {\n        id\n        name\n        publicName\n        isVirtual\n        city\n        postalCode\n        venueType\n      }\n    }\n  }\n": types.MyOfferersDocument,
    "\n  query ProOverview($venueId: ID) {\n    proOverview(venueId: $venueId) {\n      venues {\n        venueId\n        venueName\n        offers\n        bookings\n        revenueCents\n      }\n      offers {\n        offerId\n        offerName\n        venueName\n        validation\n        isActive\n        bookings\n        usedBookings\n        placesLeft\n        revenueCents\n      }\n    }\n  }\n": types.ProOverviewDocument,
    "\n  mutation CreateOfferer($input: CreateOffererInput!) {\n    createOfferer(input: $input) {\n      id\n      name\n      status\n      membershipStatus\n    }\n  }\n": types.CreateOffererDocument,
    "\n  mutation JoinOfferer($siren: String!) {\n    joinOfferer(siren: $siren) {\n      id\n      name\n      membershipStatus\n    }\n  }\n": types.JoinOffererDocument,
    "\n  mutation SignUpPro($input: ProSignUpInput!) {\n    signUpPro(input: $input) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": types.SignUpProDocument,
    "\n  query ProVenue($id: ID!) {\n    proVenue(id: $id) {\n      ...VenueFields\n    }\n  }\n": types.ProVenueDocument,
    "\n  fragment VenueFields on ProVenue {\n    id\n    offererId\n    siret\n    name\n    publicName\n    address\n    postalCode\n    city\n    departmentCode\n    location {\n      latitude\n      longitude\n    }\n    venueType\n    isVirtual\n    bookingEmail\n    image {\n      url(width: 400)\n      srcset\n      sources {\n        type\n        srcset\n      }\n      alt\n      credit\n      width\n      height\n    }\n    accessibility {\n      motor\n      visual\n      hearing\n      mental\n    }\n  }\n": types.VenueFieldsFragmentDoc,
    "\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) {\n      ...VenueFields\n    }\n  }\n": types.CreateVenueDocument,
    "\n  mutation UpdateVenue($id: ID!, $input: VenueDetailsInput!) {\n    updateVenue(id: $id, input: $input) {\n      ...VenueFields\n    }\n  }\n": types.UpdateVenueDocument,
    "\n  query ProCategories {\n    categories {\n      id\n      label\n      subcategories {\n        id\n        label\n        isEvent\n        isDigital\n        canBeDuo\n        catalogueFields\n      }\n    }\n  }\n": types.ProCategoriesDocument,
    "\n  fragment ProOfferFields on ProOffer {\n    id\n    name\n    description\n    url\n    isDuo\n    isActive\n    validation\n    isEvent\n    isDigital\n    venueId\n    venueName\n    venueTimeZone\n    author\n    performer\n    stageDirector\n    ean\n    durationMinutes\n    language\n    ageAdvice\n    subcategory {\n      id\n      label\n      canBeDuo\n      catalogueFields\n      categoryId\n    }\n    image {\n      url(width: 400)\n      srcset\n      sources {\n        type\n        srcset\n      }\n      alt\n      credit\n      width\n      height\n    }\n    stocks {\n      id\n      priceCents\n      quantity\n      bookedQuantity\n      remainingQuantity\n      beginsAt\n      bookingLimitAt\n    }\n  }\n": types.ProOfferFieldsFragmentDoc,
    "\n  query ProOffers($venueId: ID, $after: String) {\n    proOffers(venueId: $venueId, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ProOfferFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ProOffersDocument,
    "\n  query ProOffer($id: ID!) {\n    proOffer(id: $id) {\n      ...ProOfferFields\n    }\n  }\n": types.ProOfferDocument,
    "\n  mutation CreateOfferDraft($input: OfferDraftInput!) {\n    createOfferDraft(input: $input) {\n      ...ProOfferFields\n    }\n  }\n": types.CreateOfferDraftDocument,
    "\n  mutation UpdateOffer($id: ID!, $input: OfferDetailsInput!) {\n    updateOffer(id: $id, input: $input) {\n      ...ProOfferFields\n    }\n  }\n": types.UpdateOfferDocument,
    "\n  mutation PublishOffer($id: ID!) {\n    publishOffer(id: $id) {\n      ...ProOfferFields\n    }\n  }\n": types.PublishOfferDocument,
    "\n  mutation SetOfferActive($id: ID!, $isActive: Boolean!) {\n    setOfferActive(id: $id, isActive: $isActive) {\n      ...ProOfferFields\n    }\n  }\n": types.SetOfferActiveDocument,
    "\n  mutation DuplicateOffer($id: ID!) {\n    duplicateOffer(id: $id) {\n      id\n    }\n  }\n": types.DuplicateOfferDocument,
    "\n  mutation AddStocks($offerId: ID!, $input: StocksInput!) {\n    addStocks(offerId: $offerId, input: $input) {\n      ...ProOfferFields\n    }\n  }\n": types.AddStocksDocument,
    "\n  mutation UpdateStock($id: ID!, $input: StockUpdateInput!) {\n    updateStock(id: $id, input: $input) {\n      ...ProOfferFields\n    }\n  }\n": types.UpdateStockDocument,
    "\n  mutation DeleteStock($id: ID!, $confirm: Boolean) {\n    deleteStock(id: $id, confirm: $confirm) {\n      cancelledBookings\n      offer {\n        ...ProOfferFields\n      }\n    }\n  }\n": types.DeleteStockDocument,
    "\n  query ProBookings($filter: ProBookingFilterInput, $after: String) {\n    proBookings(filter: $filter, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          token\n          status\n          quantity\n          amountCents\n          bookedAt\n          usedAt\n          beginsAt\n          offerName\n          venueName\n          venueTimeZone\n          beneficiaryName\n          beneficiaryEmail\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ProBookingsDocument,
    "\n  fragment CounterBooking on Booking {\n    id\n    token\n    status\n    quantity\n    amountCents\n    bookedAt\n    usedAt\n    cancellationLimitAt\n    offer {\n      id\n      name\n      venue {\n        id\n        name\n        timeZone\n      }\n    }\n    stock {\n      id\n      beginsAt\n    }\n  }\n": types.CounterBookingFragmentDoc,
    "\n  query BookingByToken($token: String!) {\n    bookingByToken(token: $token) {\n      ...CounterBooking\n    }\n  }\n": types.BookingByTokenDocument,
    "\n  mutation UseBooking($token: String!) {\n    useBooking(token: $token) {\n      ...CounterBooking\n    }\n  }\n": types.UseBookingDocument,
    "\n  mutation UnuseBooking($token: String!) {\n    unuseBooking(token: $token) {\n      ...CounterBooking\n    }\n  }\n": types.UnuseBookingDocument,
    "\n  query Reimbursements($venueId: ID!, $from: String!, $to: String!) {\n    reimbursements(venueId: $venueId, from: $from, to: $to) {\n      venueName\n      totalAmountCents\n      totalReimbursedCents\n      lines {\n        bookingId\n        token\n        offerName\n        beneficiaryName\n        usedAt\n        amountCents\n        cumulativeCents\n        scale\n        ratePercent\n        reimbursedCents\n      }\n    }\n  }\n": types.ReimbursementsDocument,
    "\n  mutation ProCancelBooking($id: ID!) {\n    cancelBooking(bookingId: $id) {\n      id\n      status\n    }\n  }\n": types.ProCancelBookingDocument,
    "\n  query ProEmailPreferences {\n    me {\n      id\n      emailPreferences {\n        dailyBookingSummary\n      }\n    }\n  }\n": types.ProEmailPreferencesDocument,
    "\n  mutation ProUpdateDailySummary($dailyBookingSummary: Boolean!) {\n    updateEmailPreferences(dailyBookingSummary: $dailyBookingSummary) {\n      dailyBookingSummary\n    }\n  }\n": types.ProUpdateDailySummaryDocument,
    "\n  query ApiKeys($offererId: ID!) {\n    apiKeys(offererId: $offererId) {\n      id\n      name\n      displayPrefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($offererId: ID!, $name: String!) {\n    createApiKey(offererId: $offererId, name: $name) {\n      secret\n      key {\n        id\n        name\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiKeyDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProMe {\n    me {\n      id\n      firstName\n      lastName\n      email\n      roles\n      departmentCode\n      emailConfirmed\n    }\n  }\n"): (typeof documents)["\n  query ProMe {\n    me {\n      id\n      firstName\n      lastName\n      email\n      roles\n      departmentCode\n      emailConfirmed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOfferers {\n    myOfferers {\n      id\n      siren\n      name\n      status\n      membershipStatus\n      venues {\n        id\n        name\n        publicName\n        isVirtual\n        city\n        postalCode\n        venueType\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyOfferers {\n    myOfferers {\n      id\n      siren\n      name\n      status\n      membershipStatus\n      venues {\n        id\n        name\n        publicName\n        isVirtual\n        city\n        postalCode\n        venueType\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProOverview($venueId: ID) {\n    proOverview(venueId: $venueId) {\n      venues {\n        venueId\n        venueName\n        offers\n        bookings\n        revenueCents\n      }\n      offers {\n        offerId\n        offerName\n        venueName\n        validation\n        isActive\n        bookings\n        usedBookings\n        placesLeft\n        revenueCents\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProOverview($venueId: ID) {\n    proOverview(venueId: $venueId) {\n      venues {\n        venueId\n        venueName\n        offers\n        bookings\n        revenueCents\n      }\n      offers {\n        offerId\n        offerName\n        venueName\n        validation\n        isActive\n        bookings\n        usedBookings\n        placesLeft\n        revenueCents\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOfferer($input: CreateOffererInput!) {\n    createOfferer(input: $input) {\n      id\n      name\n      status\n      membershipStatus\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOfferer($input: CreateOffererInput!) {\n    createOfferer(input: $input) {\n      id\n      name\n      status\n      membershipStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinOfferer($siren: String!) {\n    joinOfferer(siren: $siren) {\n      id\n      name\n      membershipStatus\n    }\n  }\n"): (typeof documents)["\n  mutation JoinOfferer($siren: String!) {\n    joinOfferer(siren: $siren) {\n      id\n      name\n      membershipStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUpPro($input: ProSignUpInput!) {\n    signUpPro(input: $input) {\n      token\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUpPro($input: ProSignUpInput!) {\n    signUpPro(input: $input) {\n      token\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProVenue($id: ID!) {\n    proVenue(id: $id) {\n      ...VenueFields\n    }\n  }\n"): (typeof documents)["\n  query ProVenue($id: ID!) {\n    proVenue(id: $id) {\n      ...VenueFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VenueFields on ProVenue {\n    id\n    offererId\n    siret\n    name\n    publicName\n    address\n    postalCode\n    city\n    departmentCode\n    location {\n      latitude\n      longitude\n    }\n    venueType\n    isVirtual\n    bookingEmail\n    image {\n      url(width: 400)\n      srcset\n      sources {\n        type\n        srcset\n      }\n      alt\n      credit\n      width\n      height\n    }\n    accessibility {\n      motor\n      visual\n      hearing\n      mental\n    }\n  }\n"): (typeof documents)["\n  fragment VenueFields on ProVenue {\n    id\n    offererId\n    siret\n    name\n    publicName\n    address\n    postalCode\n    city\n    departmentCode\n    location {\n      latitude\n      longitude\n    }\n    venueType\n    isVirtual\n    bookingEmail\n    image {\n      url(width: 400)\n      srcset\n      sources {\n        type\n        srcset\n      }\n      alt\n      credit\n      width\n      height\n    }\n    accessibility {\n      motor\n      visual\n      hearing\n      mental\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) {\n      ...VenueFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) {\n      ...VenueFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVenue($id: ID!, $input: VenueDetailsInput!) {\n    updateVenue(id: $id, input: $input) {\n      ...VenueFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateVenue($id: ID!, $input: VenueDetailsInput!) {\n    updateVenue(id: $id, input: $input) {\n      ...VenueFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProCategories {\n    categories {\n      id\n      label\n      subcategories {\n        id\n        label\n        isEvent\n        isDigital\n        canBeDuo\n        catalogueFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProCategories {\n    categories {\n      id\n      label\n      subcategories {\n        id\n        label\n        isEvent\n        isDigital\n        canBeDuo\n        catalogueFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProOfferFields on ProOffer {\n    id\n    name\n    description\n    url\n    isDuo\n    isActive\n    validation\n    isEvent\n    isDigital\n    venueId\n    venueName\n    venueTimeZone\n    author\n    performer\n    stageDirector\n    ean\n    durationMinutes\n    language\n    ageAdvice\n    subcategory {\n      id\n      label\n      canBeDuo\n      catalogueFields\n      categoryId\n    }\n    image {\n      url(width: 400)\n      srcset\n      sources {\n        type\n        srcset\n      }\n      alt\n      credit\n      width\n      height\n    }\n    stocks {\n      id\n      priceCents\n      quantity\n      bookedQuantity\n      remainingQuantity\n      beginsAt\n      bookingLimitAt\n    }\n  }\n"): (typeof documents)["\n  fragment ProOfferFields on ProOffer {\n    id\n    name\n    description\n    url\n    isDuo\n    isActive\n    validation\n    isEvent\n    isDigital\n    venueId\n    venueName\n    venueTimeZone\n    author\n    performer\n    stageDirector\n    ean\n    durationMinutes\n    language\n    ageAdvice\n    subcategory {\n      id\n      label\n      canBeDuo\n      catalogueFields\n      categoryId\n    }\n    image {\n      url(width: 400)\n      srcset\n      sources {\n        type\n        srcset\n      }\n      alt\n      credit\n      width\n      height\n    }\n    stocks {\n      id\n      priceCents\n      quantity\n      bookedQuantity\n      remainingQuantity\n      beginsAt\n      bookingLimitAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProOffers($venueId: ID, $after: String) {\n    proOffers(venueId: $venueId, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ProOfferFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProOffers($venueId: ID, $after: String) {\n    proOffers(venueId: $venueId, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ProOfferFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProOffer($id: ID!) {\n    proOffer(id: $id) {\n      ...ProOfferFields\n    }\n  }\n"): (typeof documents)["\n  query ProOffer($id: ID!) {\n    proOffer(id: $id) {\n      ...ProOfferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOfferDraft($input: OfferDraftInput!) {\n    createOfferDraft(input: $input) {\n      ...ProOfferFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOfferDraft($input: OfferDraftInput!) {\n    createOfferDraft(input: $input) {\n      ...ProOfferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOffer($id: ID!, $input: OfferDetailsInput!) {\n    updateOffer(id: $id, input: $input) {\n      ...ProOfferFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOffer($id: ID!, $input: OfferDetailsInput!) {\n    updateOffer(id: $id, input: $input) {\n      ...ProOfferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishOffer($id: ID!) {\n    publishOffer(id: $id) {\n      ...ProOfferFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishOffer($id: ID!) {\n    publishOffer(id: $id) {\n      ...ProOfferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOfferActive($id: ID!, $isActive: Boolean!) {\n    setOfferActive(id: $id, isActive: $isActive) {\n      ...ProOfferFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetOfferActive($id: ID!, $isActive: Boolean!) {\n    setOfferActive(id: $id, isActive: $isActive) {\n      ...ProOfferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DuplicateOffer($id: ID!) {\n    duplicateOffer(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DuplicateOffer($id: ID!) {\n    duplicateOffer(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddStocks($offerId: ID!, $input: StocksInput!) {\n    addStocks(offerId: $offerId, input: $input) {\n      ...ProOfferFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddStocks($offerId: ID!, $input: StocksInput!) {\n    addStocks(offerId: $offerId, input: $input) {\n      ...ProOfferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStock($id: ID!, $input: StockUpdateInput!) {\n    updateStock(id: $id, input: $input) {\n      ...ProOfferFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStock($id: ID!, $input: StockUpdateInput!) {\n    updateStock(id: $id, input: $input) {\n      ...ProOfferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteStock($id: ID!, $confirm: Boolean) {\n    deleteStock(id: $id, confirm: $confirm) {\n      cancelledBookings\n      offer {\n        ...ProOfferFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteStock($id: ID!, $confirm: Boolean) {\n    deleteStock(id: $id, confirm: $confirm) {\n      cancelledBookings\n      offer {\n        ...ProOfferFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProBookings($filter: ProBookingFilterInput, $after: String) {\n    proBookings(filter: $filter, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          token\n          status\n          quantity\n          amountCents\n          bookedAt\n          usedAt\n          beginsAt\n          offerName\n          venueName\n          venueTimeZone\n          beneficiaryName\n          beneficiaryEmail\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProBookings($filter: ProBookingFilterInput, $after: String) {\n    proBookings(filter: $filter, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          token\n          status\n          quantity\n          amountCents\n          bookedAt\n          usedAt\n          beginsAt\n          offerName\n          venueName\n          venueTimeZone\n          beneficiaryName\n          beneficiaryEmail\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CounterBooking on Booking {\n    id\n    token\n    status\n    quantity\n    amountCents\n    bookedAt\n    usedAt\n    cancellationLimitAt\n    offer {\n      id\n      name\n      venue {\n        id\n        name\n        timeZone\n      }\n    }\n    stock {\n      id\n      beginsAt\n    }\n  }\n"): (typeof documents)["\n  fragment CounterBooking on Booking {\n    id\n    token\n    status\n    quantity\n    amountCents\n    bookedAt\n    usedAt\n    cancellationLimitAt\n    offer {\n      id\n      name\n      venue {\n        id\n        name\n        timeZone\n      }\n    }\n    stock {\n      id\n      beginsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingByToken($token: String!) {\n    bookingByToken(token: $token) {\n      ...CounterBooking\n    }\n  }\n"): (typeof documents)["\n  query BookingByToken($token: String!) {\n    bookingByToken(token: $token) {\n      ...CounterBooking\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UseBooking($token: String!) {\n    useBooking(token: $token) {\n      ...CounterBooking\n    }\n  }\n"): (typeof documents)["\n  mutation UseBooking($token: String!) {\n    useBooking(token: $token) {\n      ...CounterBooking\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnuseBooking($token: String!) {\n    unuseBooking(token: $token) {\n      ...CounterBooking\n    }\n  }\n"): (typeof documents)["\n  mutation UnuseBooking($token: String!) {\n    unuseBooking(token: $token) {\n      ...CounterBooking\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Reimbursements($venueId: ID!, $from: String!, $to: String!) {\n    reimbursements(venueId: $venueId, from: $from, to: $to) {\n      venueName\n      totalAmountCents\n      totalReimbursedCents\n      lines {\n        bookingId\n        token\n        offerName\n        beneficiaryName\n        usedAt\n        amountCents\n        cumulativeCents\n        scale\n        ratePercent\n        reimbursedCents\n      }\n    }\n  }\n"): (typeof documents)["\n  query Reimbursements($venueId: ID!, $from: String!, $to: String!) {\n    reimbursements(venueId: $venueId, from: $from, to: $to) {\n      venueName\n      totalAmountCents\n      totalReimbursedCents\n      lines {\n        bookingId\n        token\n        offerName\n        beneficiaryName\n        usedAt\n        amountCents\n        cumulativeCents\n        scale\n        ratePercent\n        reimbursedCents\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProCancelBooking($id: ID!) {\n    cancelBooking(bookingId: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ProCancelBooking($id: ID!) {\n    cancelBooking(bookingId: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProEmailPreferences {\n    me {\n      id\n      emailPreferences {\n        dailyBookingSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProEmailPreferences {\n    me {\n      id\n      emailPreferences {\n        dailyBookingSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProUpdateDailySummary($dailyBookingSummary: Boolean!) {\n    updateEmailPreferences(dailyBookingSummary: $dailyBookingSummary) {\n      dailyBookingSummary\n    }\n  }\n"): (typeof documents)["\n  mutation ProUpdateDailySummary($dailyBookingSummary: Boolean!) {\n    updateEmailPreferences(dailyBookingSummary: $dailyBookingSummary) {\n      dailyBookingSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys($offererId: ID!) {\n    apiKeys(offererId: $offererId) {\n      id\n      name\n      displayPrefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys($offererId: ID!) {\n    apiKeys(offererId: $offererId) {\n      id\n      name\n      displayPrefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($offererId: ID!, $name: String!) {\n    createApiKey(offererId: $offererId, name: $name) {\n      secret\n      key {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($offererId: ID!, $name: String!) {\n    createApiKey(offererId: $offererId, name: $name) {\n      secret\n      key {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;