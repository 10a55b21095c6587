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
    "\n  query YouthMe {\n    me {\n      id\n      firstName\n      lastName\n      email\n      roles\n      departmentCode\n      activationStatus\n      emailConfirmed\n      department {\n        code\n        name\n        isOpen\n      }\n      wallet {\n        policy\n        initialCents\n        remainingCents\n        digitalRemainingCents\n        physicalRemainingCents\n        expiresAt\n        isExpired\n      }\n    }\n  }\n": typeof types.YouthMeDocument,
    "\n  mutation YouthRequestActivation {\n    requestActivation {\n      id\n      activationStatus\n      department {\n        code\n        name\n        isOpen\n      }\n    }\n  }\n": typeof types.YouthRequestActivationDocument,
    "\n  mutation YouthSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.YouthSignUpDocument,
    "\n  query YouthCategories {\n    categories {\n      id\n      label\n    }\n  }\n": typeof types.YouthCategoriesDocument,
    "\n  query YouthPlaces($text: String!) {\n    places(text: $text) {\n      city\n      postalCode\n      departmentCode\n      latitude\n      longitude\n    }\n  }\n": typeof types.YouthPlacesDocument,
    "\n  fragment OfferCardFields on Offer {\n    id\n    name\n    isDuo\n    isDigital\n    subcategory {\n      id\n      label\n      categoryId\n    }\n    image {\n      srcset\n    }\n    venue {\n      id\n      name\n      city\n      isVirtual\n      timeZone\n      location {\n        latitude\n        longitude\n      }\n    }\n    stocks {\n      id\n      beginsAt\n      priceCents\n    }\n  }\n": typeof types.OfferCardFieldsFragmentDoc,
    "\n  query YouthSearchOffers($input: SearchOffersInput!) {\n    searchOffers(input: $input) {\n      edges {\n        cursor\n        distanceMeters\n        node {\n          ...OfferCardFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.YouthSearchOffersDocument,
    "\n  query YouthSearchSuggestions($text: String!, $around: GeoPointInput) {\n    searchSuggestions(text: $text, around: $around) {\n      kind\n      label\n      detail\n      offerId\n      venueId\n      categoryId\n      place {\n        city\n        postalCode\n        latitude\n        longitude\n      }\n    }\n  }\n": typeof types.YouthSearchSuggestionsDocument,
    "\n  query YouthSearchFacets($input: SearchOffersInput!) {\n    searchFacets(input: $input) {\n      total\n      exact\n      categories {\n        categoryId\n        count\n      }\n      digitalCount\n      widerRadiusKm\n      widerRadiusCount\n      withoutFiltersCount\n    }\n  }\n": typeof types.YouthSearchFacetsDocument,
    "\n  query YouthVenuesAround($input: VenuesAroundInput!) {\n    venuesAround(input: $input) {\n      distanceMeters\n      offerCount\n      venue {\n        id\n        name\n        address\n        postalCode\n        city\n        location {\n          latitude\n          longitude\n        }\n      }\n    }\n  }\n": typeof types.YouthVenuesAroundDocument,
    "\n  query YouthOffer($id: ID!) {\n    offer(id: $id) {\n      id\n      name\n      description\n      url\n      isDuo\n      isDigital\n      isEvent\n      isFavorite\n      minPriceCents\n      author\n      performer\n      stageDirector\n      ean\n      durationMinutes\n      language\n      ageAdvice\n      subcategory {\n        id\n        label\n        categoryId\n      }\n      image {\n        url(width: 800)\n        srcset\n        sources {\n          type\n          srcset\n        }\n        alt\n        credit\n        width\n        height\n      }\n      venue {\n        id\n        name\n        address\n        postalCode\n        city\n        isVirtual\n        timeZone\n        location {\n          latitude\n          longitude\n        }\n        accessibility {\n          motor\n          visual\n          hearing\n          mental\n        }\n      }\n      stocks {\n        id\n        priceCents\n        quantity\n        remainingQuantity\n        beginsAt\n        bookingLimitAt\n        isBookable\n      }\n    }\n  }\n": typeof types.YouthOfferDocument,
    "\n  query YouthVenue($id: ID!, $after: String) {\n    venue(id: $id) {\n      id\n      name\n      address\n      postalCode\n      city\n      isVirtual\n      venueType\n      image {\n        url(width: 800)\n        srcset\n        sources {\n          type\n          srcset\n        }\n        alt\n        credit\n        width\n        height\n      }\n      location {\n        latitude\n        longitude\n      }\n      accessibility {\n        motor\n        visual\n        hearing\n        mental\n      }\n      offers(first: 20, after: $after) {\n        edges {\n          cursor\n          node {\n            ...OfferCardFields\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.YouthVenueDocument,
    "\n  query YouthMyBookings {\n    myBookings {\n      id\n      token\n      qrCodePayload\n      status\n      quantity\n      amountCents\n      unitPriceCents\n      bookedAt\n      usedAt\n      cancelledAt\n      cancellationReason\n      cancellationLimitAt\n      stock {\n        id\n        beginsAt\n        priceCents\n      }\n      offer {\n        id\n        name\n        url\n        isEvent\n        isDigital\n        subcategory {\n          id\n          label\n        }\n        venue {\n          id\n          name\n          address\n          postalCode\n          city\n          isVirtual\n          timeZone\n        }\n      }\n    }\n  }\n": typeof types.YouthMyBookingsDocument,
    "\n  mutation YouthBookOffer($stockId: ID!, $quantity: Int!, $idempotencyKey: String) {\n    bookOffer(stockId: $stockId, quantity: $quantity, idempotencyKey: $idempotencyKey) {\n      id\n      token\n      status\n    }\n  }\n": typeof types.YouthBookOfferDocument,
    "\n  mutation YouthCancelBooking($bookingId: ID!) {\n    cancelBooking(bookingId: $bookingId) {\n      id\n      status\n      cancelledAt\n      cancellationReason\n    }\n  }\n": typeof types.YouthCancelBookingDocument,
    "\n  query YouthMyFavorites {\n    myFavorites {\n      ...OfferCardFields\n      isFavorite\n    }\n  }\n": typeof types.YouthMyFavoritesDocument,
    "\n  mutation YouthAddFavorite($offerId: ID!) {\n    addFavorite(offerId: $offerId) {\n      id\n      isFavorite\n    }\n  }\n": typeof types.YouthAddFavoriteDocument,
    "\n  mutation YouthRemoveFavorite($offerId: ID!) {\n    removeFavorite(offerId: $offerId) {\n      id\n      isFavorite\n    }\n  }\n": typeof types.YouthRemoveFavoriteDocument,
    "\n  query YouthEmailPreferences {\n    me {\n      id\n      emailPreferences {\n        nonEssential\n      }\n    }\n  }\n": typeof types.YouthEmailPreferencesDocument,
    "\n  mutation YouthUpdateEmailPreferences($nonEssential: Boolean!) {\n    updateEmailPreferences(nonEssential: $nonEssential) {\n      nonEssential\n    }\n  }\n": typeof types.YouthUpdateEmailPreferencesDocument,
    "\n  query YouthExportMyData {\n    exportMyData\n  }\n": typeof types.YouthExportMyDataDocument,
    "\n  mutation YouthChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.YouthChangePasswordDocument,
    "\n  mutation YouthDeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": typeof types.YouthDeleteMyAccountDocument,
    "\n  fragment HomeCardFields on Offer {\n    id\n    name\n    isDuo\n    isDigital\n    isEvent\n    isFavorite\n    minPriceCents\n    subcategory {\n      id\n      label\n      categoryId\n    }\n    image {\n      srcset\n    }\n    venue {\n      id\n      name\n      city\n      isVirtual\n    }\n    stocks {\n      id\n      beginsAt\n      priceCents\n      remainingQuantity\n    }\n  }\n": typeof types.HomeCardFieldsFragmentDoc,
    "\n  query YouthHome($input: HomeInput) {\n    home(input: $input) {\n      located\n      modules {\n        id\n        kind\n        title\n        text\n        items {\n          distanceMeters\n          offer {\n            ...HomeCardFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.YouthHomeDocument,
};
const documents: Documents = {
    "\n  query YouthMe {\n    me {\n      id\n      firstName\n      lastName\n      email\n      roles\n      departmentCode\n      activationStatus\n      emailConfirmed\n      department {\n        code\n        name\n        isOpen\n      }\n      wallet {\n        policy\n        initialCents\n        remainingCents\n        digitalRemainingCents\n        physicalRemainingCents\n        expiresAt\n        isExpired\n      }\n    }\n  }\n": types.YouthMeDocument,
    "\n  mutation YouthRequestActivation {\n    requestActivation {\n      id\n      activationStatus\n      department {\n        code\n        name\n        isOpen\n      }\n    }\n  }\n": types.YouthRequestActivationDocument,
    "\n  mutation YouthSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.YouthSignUpDocument,
    "\n  query YouthCategories {\n    categories {\n      id\n      label\n    }\n  }\n": types.YouthCategoriesDocument,
    "\n  query YouthPlaces($text: String!) {\n    places(text: $text) {\n      city\n      postalCode\n      departmentCode\n      latitude\n      longitude\n    }\n  }\n": types.YouthPlacesDocument,
    "\n  fragment OfferCardFields on Offer {\n    id\n    name\n    isDuo\n    isDigital\n    subcategory {\n      id\n      label\n      categoryId\n    }\n    image {\n      srcset\n    }\n    venue {\n      id\n      name\n      city\n      isVirtual\n      timeZone\n      location {\n        latitude\n        longitude\n      }\n    }\n    stocks {\n      id\n      beginsAt\n      priceCents\n    }\n  }\n": types.OfferCardFieldsFragmentDoc,
    "\n  query YouthSearchOffers($input: SearchOffersInput!) {\n    searchOffers(input: $input) {\n      edges {\n        cursor\n        distanceMeters\n        node {\n          ...OfferCardFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.YouthSearchOffersDocument,
    "\n  query YouthSearchSuggestions($text: String!, $around: GeoPointInput) {\n    searchSuggestions(text: $text, around: $around) {\n      kind\n      label\n      detail\n      offerId\n      venueId\n      categoryId\n      place {\n        city\n        postalCode\n        latitude\n        longitude\n      }\n    }\n  }\n": types.YouthSearchSuggestionsDocument,
    "\n  query YouthSearchFacets($input: SearchOffersInput!) {\n    searchFacets(input: $input) {\n      total\n      exact\n      categories {\n        categoryId\n        count\n      }\n      digitalCount\n      widerRadiusKm\n      widerRadiusCount\n      withoutFiltersCount\n    }\n  }\n": types.YouthSearchFacetsDocument,
    "\n  query YouthVenuesAround($input: VenuesAroundInput!) {\n    venuesAround(input: $input) {\n      distanceMeters\n      offerCount\n      venue {\n        id\n        name\n        address\n        postalCode\n        city\n        location {\n          latitude\n          longitude\n        }\n      }\n    }\n  }\n": types.YouthVenuesAroundDocument,
    "\n  query YouthOffer($id: ID!) {\n    offer(id: $id) {\n      id\n      name\n      description\n      url\n      isDuo\n      isDigital\n      isEvent\n      isFavorite\n      minPriceCents\n      author\n      performer\n      stageDirector\n      ean\n      durationMinutes\n      language\n      ageAdvice\n      subcategory {\n        id\n        label\n        categoryId\n      }\n      image {\n        url(width: 800)\n        srcset\n        sources {\n          type\n          srcset\n        }\n        alt\n        credit\n        width\n        height\n      }\n      venue {\n        id\n        name\n        address\n        postalCode\n        city\n        isVirtual\n        timeZone\n        location {\n          latitude\n          longitude\n        }\n        accessibility {\n          motor\n          visual\n          hearing\n          mental\n        }\n      }\n      stocks {\n        id\n        priceCents\n        quantity\n        remainingQuantity\n        beginsAt\n        bookingLimitAt\n        isBookable\n      }\n    }\n  }\n": types.YouthOfferDocument,
    "\n  query YouthVenue($id: ID!, $after: String) {\n    venue(id: $id) {\n      id\n      name\n      address\n      postalCode\n      city\n      isVirtual\n      venueType\n      image {\n        url(width: 800)\n        srcset\n        sources {\n          type\n          srcset\n        }\n        alt\n        credit\n        width\n        height\n      }\n      location {\n        latitude\n        longitude\n      }\n      accessibility {\n        motor\n        visual\n        hearing\n        mental\n      }\n      offers(first: 20, after: $after) {\n        edges {\n          cursor\n          node {\n            ...OfferCardFields\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.YouthVenueDocument,
    "\n  query YouthMyBookings {\n    myBookings {\n      id\n      token\n      qrCodePayload\n      status\n      quantity\n      amountCents\n      unitPriceCents\n      bookedAt\n      usedAt\n      cancelledAt\n      cancellationReason\n      cancellationLimitAt\n      stock {\n        id\n        beginsAt\n        priceCents\n      }\n      offer {\n        id\n        name\n        url\n        isEvent\n        isDigital\n        subcategory {\n          id\n          label\n        }\n        venue {\n          id\n          name\n          address\n          postalCode\n          city\n          isVirtual\n          timeZone\n        }\n      }\n    }\n  }\n": types.YouthMyBookingsDocument,
    "\n  mutation YouthBookOffer($stockId: ID!, $quantity: Int!, $idempotencyKey: String) {\n    bookOffer(stockId: $stockId, quantity: $quantity, idempotencyKey: $idempotencyKey) {\n      id\n      token\n      status\n    }\n  }\n": types.YouthBookOfferDocument,
    "\n  mutation YouthCancelBooking($bookingId: ID!) {\n    cancelBooking(bookingId: $bookingId) {\n      id\n      status\n      cancelledAt\n      cancellationReason\n    }\n  }\n": types.YouthCancelBookingDocument,
    "\n  query YouthMyFavorites {\n    myFavorites {\n      ...OfferCardFields\n      isFavorite\n    }\n  }\n": types.YouthMyFavoritesDocument,
    "\n  mutation YouthAddFavorite($offerId: ID!) {\n    addFavorite(offerId: $offerId) {\n      id\n      isFavorite\n    }\n  }\n": types.YouthAddFavoriteDocument,
    "\n  mutation YouthRemoveFavorite($offerId: ID!) {\n    removeFavorite(offerId: $offerId) {\n      id\n      isFavorite\n    }\n  }\n": types.YouthRemoveFavoriteDocument,
    "\n  query YouthEmailPreferences {\n    me {\n      id\n      emailPreferences {\n        nonEssential\n      }\n    }\n  }\n": types.YouthEmailPreferencesDocument,
    "\n  mutation YouthUpdateEmailPreferences($nonEssential: Boolean!) {\n    updateEmailPreferences(nonEssential: $nonEssential) {\n      nonEssential\n    }\n  }\n": types.YouthUpdateEmailPreferencesDocument,
    "\n  query YouthExportMyData {\n    exportMyData\n  }\n": types.YouthExportMyDataDocument,
    "\n  mutation YouthChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.YouthChangePasswordDocument,
    "\n  mutation YouthDeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": types.YouthDeleteMyAccountDocument,
    "\n  fragment HomeCardFields on Offer {\n    id\n    name\n    isDuo\n    isDigital\n    isEvent\n    isFavorite\n    minPriceCents\n    subcategory {\n      id\n      label\n      categoryId\n    }\n    image {\n      srcset\n    }\n    venue {\n      id\n      name\n      city\n      isVirtual\n    }\n    stocks {\n      id\n      beginsAt\n      priceCents\n      remainingQuantity\n    }\n  }\n": types.HomeCardFieldsFragmentDoc,
    "\n  query YouthHome($input: HomeInput) {\n    home(input: $input) {\n      located\n      modules {\n        id\n        kind\n        title\n        text\n        items {\n          distanceMeters\n          offer {\n            ...HomeCardFields\n          }\n        }\n      }\n    }\n  }\n": types.YouthHomeDocument,
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
export function graphql(source: "\n  query YouthMe {\n    me {\n      id\n      firstName\n      lastName\n      email\n      roles\n      departmentCode\n      activationStatus\n      emailConfirmed\n      department {\n        code\n        name\n        isOpen\n      }\n      wallet {\n        policy\n        initialCents\n        remainingCents\n        digitalRemainingCents\n        physicalRemainingCents\n        expiresAt\n        isExpired\n      }\n    }\n  }\n"): (typeof documents)["\n  query YouthMe {\n    me {\n      id\n      firstName\n      lastName\n      email\n      roles\n      departmentCode\n      activationStatus\n      emailConfirmed\n      department {\n        code\n        name\n        isOpen\n      }\n      wallet {\n        policy\n        initialCents\n        remainingCents\n        digitalRemainingCents\n        physicalRemainingCents\n        expiresAt\n        isExpired\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation YouthRequestActivation {\n    requestActivation {\n      id\n      activationStatus\n      department {\n        code\n        name\n        isOpen\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation YouthRequestActivation {\n    requestActivation {\n      id\n      activationStatus\n      department {\n        code\n        name\n        isOpen\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation YouthSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation YouthSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YouthCategories {\n    categories {\n      id\n      label\n    }\n  }\n"): (typeof documents)["\n  query YouthCategories {\n    categories {\n      id\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YouthPlaces($text: String!) {\n    places(text: $text) {\n      city\n      postalCode\n      departmentCode\n      latitude\n      longitude\n    }\n  }\n"): (typeof documents)["\n  query YouthPlaces($text: String!) {\n    places(text: $text) {\n      city\n      postalCode\n      departmentCode\n      latitude\n      longitude\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfferCardFields on Offer {\n    id\n    name\n    isDuo\n    isDigital\n    subcategory {\n      id\n      label\n      categoryId\n    }\n    image {\n      srcset\n    }\n    venue {\n      id\n      name\n      city\n      isVirtual\n      timeZone\n      location {\n        latitude\n        longitude\n      }\n    }\n    stocks {\n      id\n      beginsAt\n      priceCents\n    }\n  }\n"): (typeof documents)["\n  fragment OfferCardFields on Offer {\n    id\n    name\n    isDuo\n    isDigital\n    subcategory {\n      id\n      label\n      categoryId\n    }\n    image {\n      srcset\n    }\n    venue {\n      id\n      name\n      city\n      isVirtual\n      timeZone\n      location {\n        latitude\n        longitude\n      }\n    }\n    stocks {\n      id\n      beginsAt\n      priceCents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YouthSearchOffers($input: SearchOffersInput!) {\n    searchOffers(input: $input) {\n      edges {\n        cursor\n        distanceMeters\n        node {\n          ...OfferCardFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query YouthSearchOffers($input: SearchOffersInput!) {\n    searchOffers(input: $input) {\n      edges {\n        cursor\n        distanceMeters\n        node {\n          ...OfferCardFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YouthSearchSuggestions($text: String!, $around: GeoPointInput) {\n    searchSuggestions(text: $text, around: $around) {\n      kind\n      label\n      detail\n      offerId\n      venueId\n      categoryId\n      place {\n        city\n        postalCode\n        latitude\n        longitude\n      }\n    }\n  }\n"): (typeof documents)["\n  query YouthSearchSuggestions($text: String!, $around: GeoPointInput) {\n    searchSuggestions(text: $text, around: $around) {\n      kind\n      label\n      detail\n      offerId\n      venueId\n      categoryId\n      place {\n        city\n        postalCode\n        latitude\n        longitude\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YouthSearchFacets($input: SearchOffersInput!) {\n    searchFacets(input: $input) {\n      total\n      exact\n      categories {\n        categoryId\n        count\n      }\n      digitalCount\n      widerRadiusKm\n      widerRadiusCount\n      withoutFiltersCount\n    }\n  }\n"): (typeof documents)["\n  query YouthSearchFacets($input: SearchOffersInput!) {\n    searchFacets(input: $input) {\n      total\n      exact\n      categories {\n        categoryId\n        count\n      }\n      digitalCount\n      widerRadiusKm\n      widerRadiusCount\n      withoutFiltersCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YouthVenuesAround($input: VenuesAroundInput!) {\n    venuesAround(input: $input) {\n      distanceMeters\n      offerCount\n      venue {\n        id\n        name\n        address\n        postalCode\n        city\n        location {\n          latitude\n          longitude\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query YouthVenuesAround($input: VenuesAroundInput!) {\n    venuesAround(input: $input) {\n      distanceMeters\n      offerCount\n      venue {\n        id\n        name\n        address\n        postalCode\n        city\n        location {\n          latitude\n          longitude\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YouthOffer($id: ID!) {\n    offer(id: $id) {\n      id\n      name\n      description\n      url\n      isDuo\n      isDigital\n      isEvent\n      isFavorite\n      minPriceCents\n      author\n      performer\n      stageDirector\n      ean\n      durationMinutes\n      language\n      ageAdvice\n      subcategory {\n        id\n        label\n        categoryId\n      }\n      image {\n        url(width: 800)\n        srcset\n        sources {\n          type\n          srcset\n        }\n        alt\n        credit\n        width\n        height\n      }\n      venue {\n        id\n        name\n        address\n        postalCode\n        city\n        isVirtual\n        timeZone\n        location {\n          latitude\n          longitude\n        }\n        accessibility {\n          motor\n          visual\n          hearing\n          mental\n        }\n      }\n      stocks {\n        id\n        priceCents\n        quantity\n        remainingQuantity\n        beginsAt\n        bookingLimitAt\n        isBookable\n      }\n    }\n  }\n"): (typeof documents)["\n  query YouthOffer($id: ID!) {\n    offer(id: $id) {\n      id\n      name\n      description\n      url\n      isDuo\n      isDigital\n      isEvent\n      isFavorite\n      minPriceCents\n      author\n      performer\n      stageDirector\n      ean\n      durationMinutes\n      language\n      ageAdvice\n      subcategory {\n        id\n        label\n        categoryId\n      }\n      image {\n        url(width: 800)\n        srcset\n        sources {\n          type\n          srcset\n        }\n        alt\n        credit\n        width\n        height\n      }\n      venue {\n        id\n        name\n        address\n        postalCode\n        city\n        isVirtual\n        timeZone\n        location {\n          latitude\n          longitude\n        }\n        accessibility {\n          motor\n          visual\n          hearing\n          mental\n        }\n      }\n      stocks {\n        id\n        priceCents\n        quantity\n        remainingQuantity\n        beginsAt\n        bookingLimitAt\n        isBookable\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YouthVenue($id: ID!, $after: String) {\n    venue(id: $id) {\n      id\n      name\n      address\n      postalCode\n      city\n      isVirtual\n      venueType\n      image {\n        url(width: 800)\n        srcset\n        sources {\n          type\n          srcset\n        }\n        alt\n        credit\n        width\n        height\n      }\n      location {\n        latitude\n        longitude\n      }\n      accessibility {\n        motor\n        visual\n        hearing\n        mental\n      }\n      offers(first: 20, after: $after) {\n        edges {\n          cursor\n          node {\n            ...OfferCardFields\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query YouthVenue($id: ID!, $after: String) {\n    venue(id: $id) {\n      id\n      name\n      address\n      postalCode\n      city\n      isVirtual\n      venueType\n      image {\n        url(width: 800)\n        srcset\n        sources {\n          type\n          srcset\n        }\n        alt\n        credit\n        width\n        height\n      }\n      location {\n        latitude\n        longitude\n      }\n      accessibility {\n        motor\n        visual\n        hearing\n        mental\n      }\n      offers(first: 20, after: $after) {\n        edges {\n          cursor\n          node {\n            ...OfferCardFields\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YouthMyBookings {\n    myBookings {\n      id\n      token\n      qrCodePayload\n      status\n      quantity\n      amountCents\n      unitPriceCents\n      bookedAt\n      usedAt\n      cancelledAt\n      cancellationReason\n      cancellationLimitAt\n      stock {\n        id\n        beginsAt\n        priceCents\n      }\n      offer {\n        id\n        name\n        url\n        isEvent\n        isDigital\n        subcategory {\n          id\n          label\n        }\n        venue {\n          id\n          name\n          address\n          postalCode\n          city\n          isVirtual\n          timeZone\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query YouthMyBookings {\n    myBookings {\n      id\n      token\n      qrCodePayload\n      status\n      quantity\n      amountCents\n      unitPriceCents\n      bookedAt\n      usedAt\n      cancelledAt\n      cancellationReason\n      cancellationLimitAt\n      stock {\n        id\n        beginsAt\n        priceCents\n      }\n      offer {\n        id\n        name\n        url\n        isEvent\n        isDigital\n        subcategory {\n          id\n          label\n        }\n        venue {\n          id\n          name\n          address\n          postalCode\n          city\n          isVirtual\n          timeZone\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation YouthBookOffer($stockId: ID!, $quantity: Int!, $idempotencyKey: String) {\n    bookOffer(stockId: $stockId, quantity: $quantity, idempotencyKey: $idempotencyKey) {\n      id\n      token\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation YouthBookOffer($stockId: ID!, $quantity: Int!, $idempotencyKey: String) {\n    bookOffer(stockId: $stockId, quantity: $quantity, idempotencyKey: $idempotencyKey) {\n      id\n      token\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation YouthCancelBooking($bookingId: ID!) {\n    cancelBooking(bookingId: $bookingId) {\n      id\n      status\n      cancelledAt\n      cancellationReason\n    }\n  }\n"): (typeof documents)["\n  mutation YouthCancelBooking($bookingId: ID!) {\n    cancelBooking(bookingId: $bookingId) {\n      id\n      status\n      cancelledAt\n      cancellationReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YouthMyFavorites {\n    myFavorites {\n      ...OfferCardFields\n      isFavorite\n    }\n  }\n"): (typeof documents)["\n  query YouthMyFavorites {\n    myFavorites {\n      ...OfferCardFields\n      isFavorite\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation YouthAddFavorite($offerId: ID!) {\n    addFavorite(offerId: $offerId) {\n      id\n      isFavorite\n    }\n  }\n"): (typeof documents)["\n  mutation YouthAddFavorite($offerId: ID!) {\n    addFavorite(offerId: $offerId) {\n      id\n      isFavorite\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation YouthRemoveFavorite($offerId: ID!) {\n    removeFavorite(offerId: $offerId) {\n      id\n      isFavorite\n    }\n  }\n"): (typeof documents)["\n  mutation YouthRemoveFavorite($offerId: ID!) {\n    removeFavorite(offerId: $offerId) {\n      id\n      isFavorite\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YouthEmailPreferences {\n    me {\n      id\n      emailPreferences {\n        nonEssential\n      }\n    }\n  }\n"): (typeof documents)["\n  query YouthEmailPreferences {\n    me {\n      id\n      emailPreferences {\n        nonEssential\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation YouthUpdateEmailPreferences($nonEssential: Boolean!) {\n    updateEmailPreferences(nonEssential: $nonEssential) {\n      nonEssential\n    }\n  }\n"): (typeof documents)["\n  mutation YouthUpdateEmailPreferences($nonEssential: Boolean!) {\n    updateEmailPreferences(nonEssential: $nonEssential) {\n      nonEssential\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YouthExportMyData {\n    exportMyData\n  }\n"): (typeof documents)["\n  query YouthExportMyData {\n    exportMyData\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation YouthChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation YouthChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation YouthDeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"): (typeof documents)["\n  mutation YouthDeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HomeCardFields on Offer {\n    id\n    name\n    isDuo\n    isDigital\n    isEvent\n    isFavorite\n    minPriceCents\n    subcategory {\n      id\n      label\n      categoryId\n    }\n    image {\n      srcset\n    }\n    venue {\n      id\n      name\n      city\n      isVirtual\n    }\n    stocks {\n      id\n      beginsAt\n      priceCents\n      remainingQuantity\n    }\n  }\n"): (typeof documents)["\n  fragment HomeCardFields on Offer {\n    id\n    name\n    isDuo\n    isDigital\n    isEvent\n    isFavorite\n    minPriceCents\n    subcategory {\n      id\n      label\n      categoryId\n    }\n    image {\n      srcset\n    }\n    venue {\n      id\n      name\n      city\n      isVirtual\n    }\n    stocks {\n      id\n      beginsAt\n      priceCents\n      remainingQuantity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YouthHome($input: HomeInput) {\n    home(input: $input) {\n      located\n      modules {\n        id\n        kind\n        title\n        text\n        items {\n          distanceMeters\n          offer {\n            ...HomeCardFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query YouthHome($input: HomeInput) {\n    home(input: $input) {\n      located\n      modules {\n        id\n        kind\n        title\n        text\n        items {\n          distanceMeters\n          offer {\n            ...HomeCardFields\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;