import type { SqlClient } from '../../db/sql.js';
import type { OfferRow, PublicVenueRow } from '../catalog/catalog.rows.js';
import type { SearchCriteria, SearchCursor } from './search.criteria.js';
import {
  nearCards,
  nearOffers,
  newestCards,
  newestOffers,
  rankedOffers,
  RANKED_CANDIDATES,
  textMatch,
  walksNearestFirst,
  type CardRow,
  type PlacesStrategy,
  type FilterCriteria,
  type HitRow,
  type NearCursor,
} from './search.queries.js';
import {
  circleComplete,
  circleFor,
  nextStrategy,
  PROBE_ROWS,
  walkComplete,
} from './ranked-walk.js';
import type { FacetIndex } from './facet-index.js';
import { offersWithin } from './facets.service.js';
import { textQuery } from './search.text.js';

export interface SearchHit {
  offerId: number;
  offer: OfferRow;
  venue: PublicVenueRow;
  /** Lowest bookable price, from the search table. */
  minPriceCents: number;
  /** Metres from the point asked for; null for digital offers or without a point. */
  distanceMeters: number | null;
  cursor: SearchCursor;
}

export interface SearchPage {
  hits: SearchHit[];
  hasNextPage: boolean;
}

function hit(row: HitRow, cursor: SearchCursor): SearchHit {
  return {
    offerId: row.offerId,
    offer: row.offer,
    venue: row.venue,
    minPriceCents: row.minPriceCents,
    distanceMeters: row.distance,
    cursor,
  };
}

/** A row of one page, whatever its shape (full rows or cards), with where it ends. */
interface PageRow {
  offerId: number;
  venueId: number;
  distance: number | null;
}

/** The statements a page is read with: full rows (offer and venue) or cards. */
interface PageStatements<R extends PageRow> {
  near(
    db: SqlClient,
    c: FilterCriteria,
    around: NonNullable<SearchCriteria['around']>,
    cursor: NearCursor | null,
    limit: number,
    now: Date,
  ): Promise<R[]>;
  newest(
    db: SqlClient,
    c: FilterCriteria,
    which: 'all' | 'places' | 'digital',
    afterId: number | null,
    limit: number,
    now: Date,
  ): Promise<R[]>;
}

const FULL_ROWS: PageStatements<HitRow> = { near: nearOffers, newest: newestOffers };
const CARDS: PageStatements<CardRow> = { near: nearCards, newest: newestCards };

/** A page of cards (the lean path of searchOffers): rows with where each ends. */
export interface CardPage {
  cards: { row: CardRow; cursor: SearchCursor }[];
  hasNextPage: boolean;
}

/**
 * Offer search over the search table (one statement a page in the common cases):
 * - with a text: by relevance, blended with distance around a point;
 * - around a point: places nearest first, ties by (venue, offer), then digital offers;
 * - everywhere: newest first.
 */
export class SearchService {
  /** `facets`: this instance's copy of the rollup, which sizes a text search's circle. */
  constructor(
    private readonly sql: SqlClient,
    private readonly facets: FacetIndex | null = null,
  ) {}

  async search(c: SearchCriteria, now = new Date()): Promise<SearchPage> {
    if (c.text !== null) return this.ranked(c, now);
    const page = await this.page(c, FULL_ROWS, now);
    return {
      hits: page.rows.map(({ row, cursor }) => hit(row, cursor)),
      hasNextPage: page.hasNextPage,
    };
  }

  /** The same pages as `search` without a text, as cards: what a results list shows. */
  async searchCards(c: SearchCriteria, now = new Date()): Promise<CardPage> {
    if (c.text !== null) throw new Error('searchCards: a text search ranks full rows');
    const page = await this.page(c, CARDS, now);
    return { cards: page.rows, hasNextPage: page.hasNextPage };
  }

  private async page<R extends PageRow>(
    c: SearchCriteria,
    statements: PageStatements<R>,
    now: Date,
  ): Promise<{ rows: { row: R; cursor: SearchCursor }[]; hasNextPage: boolean }> {
    if (!c.around) {
      const afterId = c.after?.phase === 'all' ? c.after.offerId : null;
      const which = c.includeDigital ? 'all' : 'places';
      const rows = await statements.newest(this.sql, c, which, afterId, c.first + 1, now);
      return {
        rows: rows.slice(0, c.first).map((row) => ({
          row,
          cursor: { phase: 'all', offerId: row.offerId },
        })),
        hasNextPage: rows.length > c.first,
      };
    }
    const page: { row: R; cursor: SearchCursor }[] = [];
    if (c.after?.phase !== 'digital') {
      const cursor = c.after?.phase === 'near' ? c.after : null;
      const rows = await statements.near(this.sql, c, c.around, cursor, c.first + 1, now);
      const near = rows.map((row) => ({
        row,
        cursor: {
          phase: 'near' as const,
          distance: row.distance!,
          venueId: row.venueId,
          offerId: row.offerId,
        },
      }));
      if (near.length > c.first) return { rows: near.slice(0, c.first), hasNextPage: true };
      page.push(...near);
    }
    if (!c.includeDigital) return { rows: page, hasNextPage: false };
    const left = c.first - page.length;
    const afterId = c.after?.phase === 'digital' ? c.after.offerId : null;
    const digital = await statements.newest(this.sql, c, 'digital', afterId, left + 1, now);
    return {
      rows: [
        ...page,
        ...digital.slice(0, left).map((row) => ({
          row,
          cursor: { phase: 'digital' as const, offerId: row.offerId },
        })),
      ],
      hasNextPage: digital.length > left,
    };
  }

  private async ranked(c: SearchCriteria, now: Date): Promise<SearchPage> {
    const query = textQuery(c.text!);
    if (!query) return { hits: [], hasNextPage: false };
    const text = await textMatch(this.sql, query);
    if (text.matching === null) return { hits: [], hasNextPage: false };
    const cursor = c.after?.phase === 'ranked' ? c.after : null;
    const limit = c.first + 1;
    let rows: HitRow[];
    if (!c.around) {
      rows = (await rankedOffers(this.sql, c, text, null, 'index', cursor, limit, now)).rows;
    } else {
      // A short walk nearest first, then, when it did not find every candidate, a longer
      // walk or the text index (ranked-walk.ts); the text index alone with filters a walk
      // could have to look far for.
      let strategy: PlacesStrategy = walksNearestFirst(c) ? { walk: PROBE_ROWS } : 'index';
      // Digital offers are read once, by the last statement: not by a walk that may not do.
      let probing = strategy !== 'index';
      for (;;) {
        const asked = probing ? { ...c, includeDigital: false } : c;
        const page = await rankedOffers(
          this.sql,
          asked,
          text,
          c.around,
          strategy,
          cursor,
          limit,
          now,
        );
        rows = page.rows;
        if (strategy === 'index' || !page.extent) break;
        if ('within' in strategy) {
          // Short of candidates: every match within the radius.
          if (circleComplete(page.extent, RANKED_CANDIDATES)) break;
          strategy = 'index';
          continue;
        }
        const walked = strategy.walk;
        const complete = walkComplete(
          page.extent,
          walked,
          c.around.radiusMeters,
          RANKED_CANDIDATES,
        );
        if (complete && (!probing || !c.includeDigital)) break;
        if (!complete) {
          strategy = nextStrategy(page.extent, walked, RANKED_CANDIDATES);
          if (strategy === 'index')
            strategy = await circleFor(
              page.extent,
              RANKED_CANDIDATES,
              c.around.radiusMeters,
              (meters) =>
                offersWithin(
                  this.sql,
                  this.facets,
                  { ...c.around!, radiusMeters: meters },
                  c.subcategoryIds,
                ),
            );
        }
        probing = false;
      }
    }
    return {
      hits: rows
        .slice(0, c.first)
        .map((r) => hit(r, { phase: 'ranked', score: r.score!, offerId: r.offerId })),
      hasNextPage: rows.length > c.first,
    };
  }
}
