// Every GraphQL document of the young people's app, typed by codegen (src/gql/).
import { graphql } from './gql';

export const meQuery = graphql(`
  query YouthMe {
    me {
      id
      firstName
      lastName
      email
      roles
      departmentCode
      activationStatus
      emailConfirmed
      department {
        code
        name
        isOpen
      }
      wallet {
        policy
        initialCents
        remainingCents
        digitalRemainingCents
        physicalRemainingCents
        expiresAt
        isExpired
      }
    }
  }
`);

export const requestActivationMutation = graphql(`
  mutation YouthRequestActivation {
    requestActivation {
      id
      activationStatus
      department {
        code
        name
        isOpen
      }
    }
  }
`);

export const signUpMutation = graphql(`
  mutation YouthSignUp($input: SignUpInput!) {
    signUp(input: $input) {
      user {
        id
      }
    }
  }
`);

export const categoriesQuery = graphql(`
  query YouthCategories {
    categories {
      id
      label
    }
  }
`);

export const placesQuery = graphql(`
  query YouthPlaces($text: String!) {
    places(text: $text) {
      city
      postalCode
      departmentCode
      latitude
      longitude
    }
  }
`);

export const offerCardFields = graphql(`
  fragment OfferCardFields on Offer {
    id
    name
    isDuo
    isDigital
    subcategory {
      id
      label
      categoryId
    }
    image {
      srcset
    }
    venue {
      id
      name
      city
      isVirtual
      timeZone
      location {
        latitude
        longitude
      }
    }
    stocks {
      id
      beginsAt
      priceCents
    }
  }
`);

export const searchOffersQuery = graphql(`
  query YouthSearchOffers($input: SearchOffersInput!) {
    searchOffers(input: $input) {
      edges {
        cursor
        distanceMeters
        node {
          ...OfferCardFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const searchSuggestionsQuery = graphql(`
  query YouthSearchSuggestions($text: String!, $around: GeoPointInput) {
    searchSuggestions(text: $text, around: $around) {
      kind
      label
      detail
      offerId
      venueId
      categoryId
      place {
        city
        postalCode
        latitude
        longitude
      }
    }
  }
`);

export const searchFacetsQuery = graphql(`
  query YouthSearchFacets($input: SearchOffersInput!) {
    searchFacets(input: $input) {
      total
      exact
      categories {
        categoryId
        count
      }
      digitalCount
      widerRadiusKm
      widerRadiusCount
      withoutFiltersCount
    }
  }
`);

export const venuesAroundQuery = graphql(`
  query YouthVenuesAround($input: VenuesAroundInput!) {
    venuesAround(input: $input) {
      distanceMeters
      offerCount
      venue {
        id
        name
        address
        postalCode
        city
        location {
          latitude
          longitude
        }
      }
    }
  }
`);

export const offerQuery = graphql(`
  query YouthOffer($id: ID!) {
    offer(id: $id) {
      id
      name
      description
      url
      isDuo
      isDigital
      isEvent
      isFavorite
      minPriceCents
      author
      performer
      stageDirector
      ean
      durationMinutes
      language
      ageAdvice
      subcategory {
        id
        label
        categoryId
      }
      image {
        url(width: 800)
        srcset
        sources {
          type
          srcset
        }
        alt
        credit
        width
        height
      }
      venue {
        id
        name
        address
        postalCode
        city
        isVirtual
        timeZone
        location {
          latitude
          longitude
        }
        accessibility {
          motor
          visual
          hearing
          mental
        }
      }
      stocks {
        id
        priceCents
        quantity
        remainingQuantity
        beginsAt
        bookingLimitAt
        isBookable
      }
    }
  }
`);

export const venueQuery = graphql(`
  query YouthVenue($id: ID!, $after: String) {
    venue(id: $id) {
      id
      name
      address
      postalCode
      city
      isVirtual
      venueType
      image {
        url(width: 800)
        srcset
        sources {
          type
          srcset
        }
        alt
        credit
        width
        height
      }
      location {
        latitude
        longitude
      }
      accessibility {
        motor
        visual
        hearing
        mental
      }
      offers(first: 20, after: $after) {
        edges {
          cursor
          node {
            ...OfferCardFields
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

export const myBookingsQuery = graphql(`
  query YouthMyBookings {
    myBookings {
      id
      token
      qrCodePayload
      status
      quantity
      amountCents
      unitPriceCents
      bookedAt
      usedAt
      cancelledAt
      cancellationReason
      cancellationLimitAt
      stock {
        id
        beginsAt
        priceCents
      }
      offer {
        id
        name
        url
        isEvent
        isDigital
        subcategory {
          id
          label
        }
        venue {
          id
          name
          address
          postalCode
          city
          isVirtual
          timeZone
        }
      }
    }
  }
`);

export const bookOfferMutation = graphql(`
  mutation YouthBookOffer($stockId: ID!, $quantity: Int!, $idempotencyKey: String) {
    bookOffer(stockId: $stockId, quantity: $quantity, idempotencyKey: $idempotencyKey) {
      id
      token
      status
    }
  }
`);

export const cancelBookingMutation = graphql(`
  mutation YouthCancelBooking($bookingId: ID!) {
    cancelBooking(bookingId: $bookingId) {
      id
      status
      cancelledAt
      cancellationReason
    }
  }
`);

export const myFavoritesQuery = graphql(`
  query YouthMyFavorites {
    myFavorites {
      ...OfferCardFields
      isFavorite
    }
  }
`);

export const addFavoriteMutation = graphql(`
  mutation YouthAddFavorite($offerId: ID!) {
    addFavorite(offerId: $offerId) {
      id
      isFavorite
    }
  }
`);

export const removeFavoriteMutation = graphql(`
  mutation YouthRemoveFavorite($offerId: ID!) {
    removeFavorite(offerId: $offerId) {
      id
      isFavorite
    }
  }
`);

export const emailPreferencesQuery = graphql(`
  query YouthEmailPreferences {
    me {
      id
      emailPreferences {
        nonEssential
      }
    }
  }
`);

export const updateEmailPreferencesMutation = graphql(`
  mutation YouthUpdateEmailPreferences($nonEssential: Boolean!) {
    updateEmailPreferences(nonEssential: $nonEssential) {
      nonEssential
    }
  }
`);

export const exportMyDataQuery = graphql(`
  query YouthExportMyData {
    exportMyData
  }
`);

export const changePasswordMutation = graphql(`
  mutation YouthChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export const deleteMyAccountMutation = graphql(`
  mutation YouthDeleteMyAccount($password: String!) {
    deleteMyAccount(password: $password)
  }
`);

export const homeCardFields = graphql(`
  fragment HomeCardFields on Offer {
    id
    name
    isDuo
    isDigital
    isEvent
    isFavorite
    minPriceCents
    subcategory {
      id
      label
      categoryId
    }
    image {
      srcset
    }
    venue {
      id
      name
      city
      isVirtual
    }
    stocks {
      id
      beginsAt
      priceCents
      remainingQuantity
    }
  }
`);

export const homeQuery = graphql(`
  query YouthHome($input: HomeInput) {
    home(input: $input) {
      located
      modules {
        id
        kind
        title
        text
        items {
          distanceMeters
          offer {
            ...HomeCardFields
          }
        }
      }
    }
  }
`);
