import { graphql } from './gql';

export const myOfferersQuery = graphql(`
  query MyOfferers {
    myOfferers {
      id
      siren
      name
      status
      membershipStatus
      venues {
        id
        name
        publicName
        isVirtual
        city
        postalCode
        venueType
      }
    }
  }
`);

export const overviewQuery = graphql(`
  query ProOverview($venueId: ID) {
    proOverview(venueId: $venueId) {
      venues {
        venueId
        venueName
        offers
        bookings
        revenueCents
      }
      offers {
        offerId
        offerName
        venueName
        validation
        isActive
        bookings
        usedBookings
        placesLeft
        revenueCents
      }
    }
  }
`);

export const createOffererMutation = graphql(`
  mutation CreateOfferer($input: CreateOffererInput!) {
    createOfferer(input: $input) {
      id
      name
      status
      membershipStatus
    }
  }
`);

export const joinOffererMutation = graphql(`
  mutation JoinOfferer($siren: String!) {
    joinOfferer(siren: $siren) {
      id
      name
      membershipStatus
    }
  }
`);

export const signUpProMutation = graphql(`
  mutation SignUpPro($input: ProSignUpInput!) {
    signUpPro(input: $input) {
      token
      user {
        id
      }
    }
  }
`);

export const venueQuery = graphql(`
  query ProVenue($id: ID!) {
    proVenue(id: $id) {
      ...VenueFields
    }
  }
`);

export const venueFields = graphql(`
  fragment VenueFields on ProVenue {
    id
    offererId
    siret
    name
    publicName
    address
    postalCode
    city
    departmentCode
    location {
      latitude
      longitude
    }
    venueType
    isVirtual
    bookingEmail
    image {
      url(width: 400)
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
    accessibility {
      motor
      visual
      hearing
      mental
    }
  }
`);

export const createVenueMutation = graphql(`
  mutation CreateVenue($input: CreateVenueInput!) {
    createVenue(input: $input) {
      ...VenueFields
    }
  }
`);

export const updateVenueMutation = graphql(`
  mutation UpdateVenue($id: ID!, $input: VenueDetailsInput!) {
    updateVenue(id: $id, input: $input) {
      ...VenueFields
    }
  }
`);

export const categoriesQuery = graphql(`
  query ProCategories {
    categories {
      id
      label
      subcategories {
        id
        label
        isEvent
        isDigital
        canBeDuo
        catalogueFields
      }
    }
  }
`);

export const offerFields = graphql(`
  fragment ProOfferFields on ProOffer {
    id
    name
    description
    url
    isDuo
    isActive
    validation
    isEvent
    isDigital
    venueId
    venueName
    venueTimeZone
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
      canBeDuo
      catalogueFields
      categoryId
    }
    image {
      url(width: 400)
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
    stocks {
      id
      priceCents
      quantity
      bookedQuantity
      remainingQuantity
      beginsAt
      bookingLimitAt
    }
  }
`);

export const offersQuery = graphql(`
  query ProOffers($venueId: ID, $after: String) {
    proOffers(venueId: $venueId, first: 20, after: $after) {
      edges {
        cursor
        node {
          ...ProOfferFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const offerQuery = graphql(`
  query ProOffer($id: ID!) {
    proOffer(id: $id) {
      ...ProOfferFields
    }
  }
`);

export const createOfferDraftMutation = graphql(`
  mutation CreateOfferDraft($input: OfferDraftInput!) {
    createOfferDraft(input: $input) {
      ...ProOfferFields
    }
  }
`);

export const updateOfferMutation = graphql(`
  mutation UpdateOffer($id: ID!, $input: OfferDetailsInput!) {
    updateOffer(id: $id, input: $input) {
      ...ProOfferFields
    }
  }
`);

export const publishOfferMutation = graphql(`
  mutation PublishOffer($id: ID!) {
    publishOffer(id: $id) {
      ...ProOfferFields
    }
  }
`);

export const setOfferActiveMutation = graphql(`
  mutation SetOfferActive($id: ID!, $isActive: Boolean!) {
    setOfferActive(id: $id, isActive: $isActive) {
      ...ProOfferFields
    }
  }
`);

export const duplicateOfferMutation = graphql(`
  mutation DuplicateOffer($id: ID!) {
    duplicateOffer(id: $id) {
      id
    }
  }
`);

export const addStocksMutation = graphql(`
  mutation AddStocks($offerId: ID!, $input: StocksInput!) {
    addStocks(offerId: $offerId, input: $input) {
      ...ProOfferFields
    }
  }
`);

export const updateStockMutation = graphql(`
  mutation UpdateStock($id: ID!, $input: StockUpdateInput!) {
    updateStock(id: $id, input: $input) {
      ...ProOfferFields
    }
  }
`);

export const deleteStockMutation = graphql(`
  mutation DeleteStock($id: ID!, $confirm: Boolean) {
    deleteStock(id: $id, confirm: $confirm) {
      cancelledBookings
      offer {
        ...ProOfferFields
      }
    }
  }
`);

export const bookingsQuery = graphql(`
  query ProBookings($filter: ProBookingFilterInput, $after: String) {
    proBookings(filter: $filter, first: 20, after: $after) {
      edges {
        cursor
        node {
          id
          token
          status
          quantity
          amountCents
          bookedAt
          usedAt
          beginsAt
          offerName
          venueName
          venueTimeZone
          beneficiaryName
          beneficiaryEmail
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const counterBookingFields = graphql(`
  fragment CounterBooking on Booking {
    id
    token
    status
    quantity
    amountCents
    bookedAt
    usedAt
    cancellationLimitAt
    offer {
      id
      name
      venue {
        id
        name
        timeZone
      }
    }
    stock {
      id
      beginsAt
    }
  }
`);

export const bookingByTokenQuery = graphql(`
  query BookingByToken($token: String!) {
    bookingByToken(token: $token) {
      ...CounterBooking
    }
  }
`);

export const useBookingMutation = graphql(`
  mutation UseBooking($token: String!) {
    useBooking(token: $token) {
      ...CounterBooking
    }
  }
`);

export const unuseBookingMutation = graphql(`
  mutation UnuseBooking($token: String!) {
    unuseBooking(token: $token) {
      ...CounterBooking
    }
  }
`);

export const reimbursementsQuery = graphql(`
  query Reimbursements($venueId: ID!, $from: String!, $to: String!) {
    reimbursements(venueId: $venueId, from: $from, to: $to) {
      venueName
      totalAmountCents
      totalReimbursedCents
      lines {
        bookingId
        token
        offerName
        beneficiaryName
        usedAt
        amountCents
        cumulativeCents
        scale
        ratePercent
        reimbursedCents
      }
    }
  }
`);

export const cancelBookingMutation = graphql(`
  mutation ProCancelBooking($id: ID!) {
    cancelBooking(bookingId: $id) {
      id
      status
    }
  }
`);

export const emailPreferencesQuery = graphql(`
  query ProEmailPreferences {
    me {
      id
      emailPreferences {
        dailyBookingSummary
      }
    }
  }
`);

export const updateDailySummaryMutation = graphql(`
  mutation ProUpdateDailySummary($dailyBookingSummary: Boolean!) {
    updateEmailPreferences(dailyBookingSummary: $dailyBookingSummary) {
      dailyBookingSummary
    }
  }
`);
