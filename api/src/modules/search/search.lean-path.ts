import {
  leaf,
  listOf,
  nested,
  objectWriter,
  type FieldWriters,
  type LeanCompiler,
  type LeanField,
} from '../../graphql/lean-path.js';
import { knownSubcategory, subcategoryWriters } from '../catalog/catalog.lean-writers.js';
import { searchCriteria, searchCursor, type RawSearchInput } from './search.criteria.js';
import type { CardRow } from './search.queries.js';
import { SearchService, type CardPage } from './search.service.js';

/**
 * The lean path of `searchOffers` (graphql/lean-path.ts), the api's hottest operation: a
 * document that asks only what a results list shows (edges, cursor, distance, the offer's
 * name, price, subcategory and venue name and city, pageInfo) is answered from one
 * statement of cards (SearchService.searchCards: the same pages as the resolver's). A text
 * search goes to Apollo.
 */

const subcategoryOf = (row: CardRow) => knownSubcategory(row.subcategoryId);

function venueWriters(): FieldWriters<CardRow> {
  return {
    id: leaf((row) => String(row.venueId)),
    name: leaf((row) => row.venueName),
    city: leaf((row) => row.venueCity),
  };
}

function offerWriters(compiler: LeanCompiler): FieldWriters<CardRow> {
  return {
    id: leaf((row) => String(row.offerId)),
    name: leaf((row) => row.name),
    minPriceCents: leaf((row) => row.minPriceCents),
    isDuo: leaf((row) => row.isDuo),
    isDigital: leaf((row) => subcategoryOf(row).isDigital),
    isEvent: leaf((row) => subcategoryOf(row).isEvent),
    subcategory: nested(compiler, 'Subcategory', subcategoryWriters(), subcategoryOf),
    venue: (nodes) => objectWriter(compiler, 'Venue', nodes, venueWriters()),
  };
}

interface Edge {
  row: CardRow;
  cursor: string;
}

function edgeWriters(compiler: LeanCompiler): FieldWriters<Edge> {
  return {
    cursor: leaf((edge) => edge.cursor),
    distanceMeters: leaf((edge) => edge.row.distance),
    node: nested(compiler, 'Offer', offerWriters(compiler), (edge) => edge.row),
  };
}

interface Connection {
  edges: Edge[];
  hasNextPage: boolean;
}

function connectionWriters(compiler: LeanCompiler): FieldWriters<Connection> {
  return {
    edges: listOf(compiler, 'OfferSearchEdge', edgeWriters(compiler), (c) => c.edges),
    pageInfo: (nodes) =>
      objectWriter<Connection>(compiler, 'PageInfo', nodes, {
        hasNextPage: leaf((c) => c.hasNextPage),
        endCursor: leaf((c) => c.edges.at(-1)?.cursor ?? null),
      }),
  };
}

export const leanSearchOffers: LeanField<CardPage> = {
  compile(compiler, nodes) {
    const write = objectWriter(
      compiler,
      'OfferSearchConnection',
      nodes,
      connectionWriters(compiler),
    );
    return (
      write &&
      ((page) =>
        write({
          edges: page.cards.map(({ row, cursor }) => ({ row, cursor: searchCursor(cursor) })),
          hasNextPage: page.hasNextPage,
        }))
    );
  },
  async resolve(args, context) {
    const criteria = searchCriteria(args.input as RawSearchInput);
    if (criteria.text !== null) return null;
    return new SearchService(context.dbRead).searchCards(criteria);
  },
};
