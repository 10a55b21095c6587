import 'reflect-metadata';
import { GraphQLEnumType, GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import { ErrorCode } from './errors.js';
import { authChecker } from './auth-checker.js';
import { IdentityResolver } from '../modules/identity/identity.resolver.js';
import { CatalogResolver } from '../modules/catalog/catalog.resolver.js';
import { TerritoryResolver } from '../modules/territory/territory.resolver.js';
import { OfferResolver, VenueResolver } from '../modules/catalog/offer.resolver.js';
import { BookingResolver } from '../modules/booking/booking.resolver.js';
import { CounterResolver } from '../modules/counter/counter.resolver.js';
import { SearchResolver } from '../modules/search/search.resolver.js';
import { FavoriteResolver } from '../modules/catalog/favorite.resolver.js';

export const RESOLVERS = [
  IdentityResolver,
  CatalogResolver,
  TerritoryResolver,
  OfferResolver,
  VenueResolver,
  BookingResolver,
  CounterResolver,
  SearchResolver,
  FavoriteResolver,
] as const;

export async function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    // Services validate input and answer in French; no class-validator pass needed here.
    validate: false,
  }).then(withErrorCodeEnum);
}

/** ErrorCode is part of the contract although no field returns it: add it to the schema. */
function withErrorCodeEnum(schema: GraphQLSchema): GraphQLSchema {
  const errorCode = new GraphQLEnumType({
    name: 'ErrorCode',
    description: 'Codes carried by GraphQL errors in extensions.code',
    values: Object.fromEntries(Object.values(ErrorCode).map((code) => [code, { value: code }])),
  });
  const config = schema.toConfig();
  return new GraphQLSchema({ ...config, types: [...config.types, errorCode] });
}

/** The schema as committed in schema/schema.graphql: sorted, so diffs stay readable. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
