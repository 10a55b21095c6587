import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { toOfferType, toVenueType } from '../catalog/catalog.mappers.js';
import { searchCriteria, searchCursor } from './search.criteria.js';
import { SearchOffersInput, VenuesAroundInput } from './search.inputs.js';
import { SearchService } from './search.service.js';
import {
  OfferSearchConnection,
  Place,
  SearchFacets,
  SearchSuggestion,
  SearchSuggestionKind,
  SearchPersonRole,
  VenueMarker,
} from './search.types.js';
import { GeoPointInput } from '../catalog/catalog.types.js';
import { searchFacets } from './facets.service.js';
import { searchSuggestions } from './suggestions.service.js';
import { findPlaces } from './places.queries.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { venuesAround } from './venues-around.service.js';
import { isVenueVisible } from '../catalog/visibility.js';
import { StaleTolerant } from '../../graphql/read-routing.js';

@Resolver()
export class SearchResolver {
  @Query(() => OfferSearchConnection, {
    description:
      'Bookable offers around a point (nearest first, then digital ones) or everywhere (newest first)',
  })
  @StaleTolerant()
  async searchOffers(
    @Arg('input', () => SearchOffersInput) input: SearchOffersInput,
    @Ctx() ctx: Context,
  ): Promise<OfferSearchConnection> {
    const page = await new SearchService(ctx.dbRead, ctx.shared.facetIndex).search(
      searchCriteria(input),
    );
    const edges = page.hits.map((hit) => {
      // The search brought the offer and its venue: later fields read them from the loaders.
      ctx.loaders.offer.prime(hit.offerId, hit.offer);
      ctx.loaders.venue.prime(hit.venue.id, hit.venue);
      return {
        cursor: searchCursor(hit.cursor),
        distanceMeters: hit.distanceMeters,
        node: { ...toOfferType(hit.offer), knownMinPriceCents: hit.minPriceCents },
      };
    });
    return {
      edges,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  @Query(() => [VenueMarker], {
    description: 'Map markers: venues with bookable offers, with their counts',
  })
  @StaleTolerant()
  async venuesAround(
    @Arg('input', () => VenuesAroundInput) input: VenuesAroundInput,
    @Ctx() ctx: Context,
  ): Promise<VenueMarker[]> {
    const rows = await venuesAround(ctx.dbRead, input);
    const venues = await ctx.loaders.venue.loadMany(rows.map((row) => row.venueId));
    return rows.flatMap((row, index) => {
      const venue = venues[index];
      if (!venue || venue instanceof Error || !isVenueVisible(venue)) return [];
      return [
        {
          venue: toVenueType(venue),
          distanceMeters: row.distanceMeters,
          offerCount: row.offerCount,
        },
      ];
    });
  }

  @Query(() => [Place], {
    description:
      'Towns matching a name or postal code, to search around when geolocation is refused',
  })
  @StaleTolerant()
  async places(@Arg('text', () => String) text: string, @Ctx() ctx: Context): Promise<Place[]> {
    if (text.length > 100) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        'Le nom de ville doit faire au plus 100 caractères.',
        { field: 'text' },
      );
    }
    return findPlaces(ctx.dbRead, text);
  }

  @Query(() => SearchFacets, {
    description:
      'Counts for the same input: per category (for the filter chips) and for the "no result" screen',
  })
  @StaleTolerant()
  async searchFacets(
    @Arg('input', () => SearchOffersInput) input: SearchOffersInput,
    @Ctx() ctx: Context,
  ): Promise<SearchFacets> {
    return searchFacets(
      ctx.dbRead,
      searchCriteria({ ...input, after: null, first: 1 }),
      ctx.shared.facetIndex,
    );
  }

  @Query(() => [SearchSuggestion], {
    description:
      'Suggestions while typing: categories, towns, venues, authors and performers, offers (at most 8), nearest first around a point',
  })
  @StaleTolerant()
  async searchSuggestions(
    @Arg('text', () => String) text: string,
    @Arg('around', () => GeoPointInput, { nullable: true }) around: GeoPointInput | null,
    @Ctx() ctx: Context,
  ): Promise<SearchSuggestion[]> {
    const suggestions = await searchSuggestions(ctx.dbRead, text, around ?? null);
    return suggestions.map((s) => ({
      ...s,
      kind: SearchSuggestionKind[s.kind],
      personRole: s.personRole && SearchPersonRole[s.personRole],
    }));
  }
}
