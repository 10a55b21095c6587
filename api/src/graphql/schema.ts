import 'reflect-metadata';
import { GraphQLEnumType, GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import { ErrorCode } from './errors.js';
import { ValidationStatus } from '../modules/catalog/offer.entity.js';
import { OffererStatus } from '../modules/catalog/offerer.entity.js';
import { authChecker } from './auth-checker.js';
import { IdentityResolver } from '../modules/identity/identity.resolver.js';
import { ActivationResolver } from '../modules/activation/activation.resolver.js';
import { RegistrationResolver } from '../modules/registration/registration.resolver.js';
import { UserWalletResolver } from '../modules/wallet/wallet.resolver.js';
import { CatalogResolver } from '../modules/catalog/catalog.resolver.js';
import {
  TerritoryResolver,
  UserDepartmentResolver,
} from '../modules/territory/territory.resolver.js';
import { OfferResolver, VenueResolver } from '../modules/catalog/offer.resolver.js';
import { BookingResolver } from '../modules/booking/booking.resolver.js';
import { CounterResolver } from '../modules/counter/counter.resolver.js';
import { SearchResolver } from '../modules/search/search.resolver.js';
import { FavoriteResolver } from '../modules/catalog/favorite.resolver.js';
import { InsightsResolver } from '../modules/insights/insights.resolver.js';
import { AccountResolver } from '../modules/account/account.resolver.js';
import { NotificationResolver } from '../modules/notification/notification.resolver.js';
import { StructureResolver } from '../modules/pro/structure.resolver.js';
import { ProOfferResolver } from '../modules/pro/pro-offer.resolver.js';
import { ProBookingsResolver } from '../modules/pro/pro-bookings.resolver.js';
import { OverviewResolver } from '../modules/pro/overview.resolver.js';
import { FinanceResolver } from '../modules/finance/finance.resolver.js';
import { BackofficeResolver } from '../modules/backoffice/backoffice.resolver.js';
import { ModerationResolver } from '../modules/moderation/moderation.resolver.js';
import { ApiKeyResolver } from '../modules/apikey/api-key.resolver.js';
import { OfferUpsertResolver } from '../modules/import/offer-upsert.resolver.js';
import {
  EditorialSelectionResolver,
  HomeResolver,
} from '../modules/discovery/discovery.resolver.js';
import {
  ImageResolver,
  OfferImageResolver,
  PendingOfferImageResolver,
  ProOfferImageResolver,
  ProVenueImageResolver,
  VenueImageResolver,
} from '../modules/media/image.resolver.js';

export const RESOLVERS = [
  IdentityResolver,
  ActivationResolver,
  RegistrationResolver,
  UserWalletResolver,
  UserDepartmentResolver,
  CatalogResolver,
  TerritoryResolver,
  OfferResolver,
  VenueResolver,
  BookingResolver,
  CounterResolver,
  SearchResolver,
  FavoriteResolver,
  InsightsResolver,
  AccountResolver,
  NotificationResolver,
  StructureResolver,
  ProOfferResolver,
  ProBookingsResolver,
  OverviewResolver,
  FinanceResolver,
  BackofficeResolver,
  ModerationResolver,
  ApiKeyResolver,
  OfferUpsertResolver,
  HomeResolver,
  EditorialSelectionResolver,
  ImageResolver,
  OfferImageResolver,
  VenueImageResolver,
  ProOfferImageResolver,
  ProVenueImageResolver,
  PendingOfferImageResolver,
] as const;

export async function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    // Services validate input and answer in French; no class-validator pass needed here.
    validate: false,
  }).then(withContractEnums);
}

/**
 * Enums of the contract that no field returns yet (ErrorCode travels in extensions.code;
 * the status enums belong to the pro and admin operations): added so clients can rely on them.
 */
const CONTRACT_ENUMS: Record<string, { values: Record<string, string>; description?: string }> = {
  ErrorCode: {
    values: ErrorCode,
    description: 'Codes carried by GraphQL errors in extensions.code',
  },
  ValidationStatus: { values: ValidationStatus, description: 'Moderation status of an offer' },
  OffererStatus: {
    values: OffererStatus,
    description: 'Validation status of an offerer or a membership',
  },
};

function withContractEnums(schema: GraphQLSchema): GraphQLSchema {
  const missing = Object.entries(CONTRACT_ENUMS)
    .filter(([name]) => !schema.getType(name))
    .map(
      ([name, { values, description }]) =>
        new GraphQLEnumType({
          name,
          description,
          values: Object.fromEntries(Object.values(values).map((value) => [value, { value }])),
        }),
    );
  const config = schema.toConfig();
  return new GraphQLSchema({ ...config, types: [...config.types, ...missing] });
}

/** The schema as committed in schema/schema.graphql: sorted, so diffs stay readable. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
