import type { SqlClient } from '../../db/sql.js';
import type { OfferRow, PublicVenueRow } from '../catalog/catalog.rows.js';
import type { SearchCriteria, SearchCursor } from './search.criteria.js';
import { nearOffers, newestOffers, rankedOffers, type HitRow } from './search.queries.js';
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

/**
 * Offer search over the search table (one statement a page in the common cases):
 * - with a text: by relevance, blended with distance around a point;
 * - around a point: places nearest first, ties by (venue, offer), then digital offers;
 * - everywhere: newest first.
 */
export class SearchService {
  constructor(private readonly sql: SqlClient) {}

  async search(c: SearchCriteria, now = new Date()): Promise<SearchPage> {
    if (c.text !== null) return this.ranked(c, now);
    if (!c.around) {
      const afterId = c.after?.phase === 'all' ? c.after.offerId : null;
      const rows = await newestOffers(
        this.sql,
        c,
        c.includeDigital ? 'all' : 'places',
        afterId,
        c.first + 1,
        now,
      );
      return {
        hits: rows.slice(0, c.first).map((r) => hit(r, { phase: 'all', offerId: r.offerId })),
        hasNextPage: rows.length > c.first,
      };
    }
    const hits: SearchHit[] = [];
    if (c.after?.phase !== 'digital') {
      const cursor = c.after?.phase === 'near' ? c.after : null;
      const rows = await nearOffers(this.sql, c, c.around, cursor, c.first + 1, now);
      const near = rows.map((r) =>
        hit(r, { phase: 'near', distance: r.distance!, venueId: r.venueId, offerId: r.offerId }),
      );
      if (near.length > c.first) return { hits: near.slice(0, c.first), hasNextPage: true };
      hits.push(...near);
    }
    if (!c.includeDigital) return { hits, hasNextPage: false };
    const left = c.first - hits.length;
    const afterId = c.after?.phase === 'digital' ? c.after.offerId : null;
    const digital = await newestOffers(this.sql, c, 'digital', afterId, left + 1, now);
    return {
      hits: [
        ...hits,
        ...digital.slice(0, left).map((r) => hit(r, { phase: 'digital', offerId: r.offerId })),
      ],
      hasNextPage: digital.length > left,
    };
  }

  private async ranked(c: SearchCriteria, now: Date): Promise<SearchPage> {
    const text = textQuery(c.text!);
    if (!text) return { hits: [], hasNextPage: false };
    const cursor = c.after?.phase === 'ranked' ? c.after : null;
    const rows = await rankedOffers(this.sql, c, text, c.around, cursor, c.first + 1, now);
    return {
      hits: rows
        .slice(0, c.first)
        .map((r) => hit(r, { phase: 'ranked', score: r.score!, offerId: r.offerId })),
      hasNextPage: rows.length > c.first,
    };
  }
}
