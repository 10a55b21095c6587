import {
  leaf,
  listOf,
  nested,
  objectWriter,
  properties,
  type FieldWriters,
  type LeanCompiler,
  type LeanField,
} from '../../graphql/lean-path.js';
import { isApiKey } from '../apikey/api-key.service.js';
import { toStockType, toVenueType } from '../catalog/catalog.mappers.js';
import { findSubcategory } from '../catalog/categories.js';
import type { OfferRow } from '../catalog/catalog.rows.js';
import {
  knownSubcategory,
  subcategoryWriters,
  stockTypeWriters,
  venueTypeWriters,
} from '../catalog/catalog.lean-writers.js';
import { imageWriters } from '../media/image.lean-writers.js';
import { toImageType } from '../media/image.types.js';
import {
  discoveryHome,
  homeRequestOf,
  servedModules,
  type HomeInputValue,
  type ServedItem,
  type ServedModule,
} from './discovery.service.js';
import type { FeedCard } from './home-feed.queries.js';

/**
 * The lean path of `home` (graphql/lean-path.ts): the discovery home's ~110 cards are
 * written straight from the feed's rows to Apollo's JSON text, with what HomeResolver and
 * the Offer field resolvers would give (the same statements: the session, the person's
 * booked subcategories, the published selections, the feed). Offer fields that need
 * another statement (e.g. a venue's offers) or arguments go to Apollo.
 */

interface ServedHome {
  located: boolean;
  departmentCode: string | null;
  modules: ServedModule[];
}

function offerWriters(compiler: LeanCompiler): FieldWriters<FeedCard> {
  const offer = (name: keyof OfferRow & string) => leaf<FeedCard>((card) => card.offer[name]);
  return {
    id: leaf((card) => String(card.offer.id)),
    ...Object.fromEntries(
      [
        'name',
        'description',
        'url',
        'isDuo',
        'author',
        'performer',
        'stageDirector',
        'ean',
        'durationMinutes',
        'language',
        'ageAdvice',
      ].map((name) => [name, offer(name as keyof OfferRow & string)]),
    ),
    isDigital: leaf((card) => findSubcategory(card.offer.subcategoryId)?.isDigital ?? false),
    isEvent: leaf((card) => findSubcategory(card.offer.subcategoryId)?.isEvent ?? false),
    // The served cards have a bookable stock (servedModules).
    minPriceCents: leaf((card) => Math.min(...card.stocks.map((s) => s.priceCents))),
    isFavorite: leaf((card) => card.isFavorite ?? false),
    subcategory: nested(compiler, 'Subcategory', subcategoryWriters(), (card) =>
      knownSubcategory(card.offer.subcategoryId),
    ),
    venue: nested(compiler, 'Venue', venueTypeWriters(), (card) => toVenueType(card.venue)),
    stocks: listOf(compiler, 'Stock', stockTypeWriters(), (card) => {
      // Judged bookable when written, as the resolver judges it when it runs.
      const now = new Date();
      return card.stocks.map((stock) => toStockType(stock, now));
    }),
    image: nested(compiler, 'Image', imageWriters(compiler), (card) =>
      card.image ? toImageType(card.image) : null,
    ),
  };
}

function homeWriters(compiler: LeanCompiler): FieldWriters<ServedHome> {
  const item: FieldWriters<ServedItem> = {
    distanceMeters: leaf((i) => i.distanceMeters),
    offer: nested(compiler, 'Offer', offerWriters(compiler), (i) => i.card),
  };
  const module: FieldWriters<ServedModule> = {
    ...properties<ServedModule>('id', 'kind', 'title', 'text'),
    items: listOf(compiler, 'HomeItem', item, (m) => m.items),
  };
  return {
    ...properties<ServedHome>('located', 'departmentCode'),
    modules: listOf(compiler, 'HomeModule', module, (home) => home.modules),
  };
}

export const leanHome: LeanField<ServedHome> = {
  compile(compiler, nodes) {
    return objectWriter(compiler, 'Home', nodes, homeWriters(compiler));
  },
  async resolve(args, context) {
    // An API key's calls are counted when its caller is looked up: Apollo alone does it.
    if (context.sessionToken !== null && isApiKey(context.sessionToken)) return null;
    const viewer = await context.viewer();
    const request = homeRequestOf(args.input as HomeInputValue | null, viewer?.userId ?? null);
    const view = await discoveryHome(context.dbRead, request);
    return {
      located: view.located,
      departmentCode: view.departmentCode,
      modules: servedModules(view),
    };
  },
};
