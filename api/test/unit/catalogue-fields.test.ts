import { getNamedType, isObjectType, type GraphQLNamedType, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema } from '../../src/graphql/schema.js';

/**
 * Every GraphQL field that serves young people's catalogue rows (Offer, Venue, Stock,
 * or a connection, edge or marker carrying them) and how it goes through the rule of
 * modules/catalog/visibility.ts. A new field serving one fails this test until it is
 * added here, with the way it applies the rule (and a test of it).
 */
const REGISTRY: Record<string, string> = {
  'Query.offer': 'isOfferVisible on the loaded row; null otherwise',
  'Query.venue': 'isVenueVisible on the loaded row; null otherwise',
  'Query.searchOffers': 'search SQL built from offerVisibleConditions and stockBookableConditions',
  'Query.venuesAround':
    'search SQL built from the rule, and isVenueVisible on each venue loaded for a marker',
  'Query.myFavorites': 'visibleFavoriteOfferIds (offerVisibleSql), then isOfferVisible per row',
  'Mutation.addFavorite': 'FavoriteService.add refuses hidden offers; isOfferVisible on the answer',
  'Mutation.removeFavorite': 'removes, then NOT_FOUND unless isOfferVisible',
  'Offer.venue': 'the venue of a visible offer (offer visibility includes its offerer’s)',
  'Offer.stocks': 'bookableStocks loader (stockBookableSql)',
  'Venue.offers': 'visibleOffersOfVenue (offerVisibleSql and stockBookableSql)',
  'OfferConnection.edges': 'edges of Venue.offers',
  'OfferEdge.node': 'node of Venue.offers',
  'OfferSearchConnection.edges': 'edges of Query.searchOffers',
  'OfferSearchEdge.node': 'node of Query.searchOffers',
  'VenueMarker.venue': 'marker of Query.venuesAround',
  'Booking.offer': 'the caller’s own booking: what they booked stays readable to them',
  'Booking.stock': 'the caller’s own booking: what they booked stays readable to them',
  'HomeModule.items':
    'homeFeed SQL built from offerVisibleConditions and stockBookableConditions, then isOfferVisible per row (discovery.test.ts)',
  'HomeItem.offer': 'item of HomeModule.items',
  'EditorialSelection.offers': 'admin only; listed offers filtered by isOfferVisible',
};

const CATALOGUE_TYPES = new Set(['Offer', 'Venue', 'Stock']);

/** A type without an id is a container (connection, edge, marker): it passes rows through. */
function isContainer(type: GraphQLNamedType): boolean {
  return isObjectType(type) && !('id' in type.getFields());
}

function carriesCatalogue(type: GraphQLNamedType, seen = new Set<string>()): boolean {
  if (CATALOGUE_TYPES.has(type.name)) return true;
  if (!isContainer(type) || seen.has(type.name) || !isObjectType(type)) return false;
  seen.add(type.name);
  return Object.values(type.getFields()).some((field) =>
    carriesCatalogue(getNamedType(field.type), seen),
  );
}

export function catalogueFields(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
    .flatMap((type) =>
      Object.values((type as ReturnType<GraphQLSchema['getQueryType']> & object).getFields())
        .filter((field) => carriesCatalogue(getNamedType(field.type)))
        .map((field) => `${type.name}.${field.name}`),
    )
    .sort();
}

describe('fields serving catalogue rows', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildApiSchema();
  });

  it('all go through the visibility rule (a registry entry each, none left over)', () => {
    const fields = catalogueFields(schema);
    expect(
      fields.filter((name) => !REGISTRY[name]),
      'fields serving offers, venues or stocks without a registry entry',
    ).toEqual([]);
    expect(Object.keys(REGISTRY).filter((name) => !fields.includes(name))).toEqual([]);
  });
});
