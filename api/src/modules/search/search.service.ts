import type { SqlClient } from '../../db/sql.js';
import type { SearchCriteria, SearchCursor } from './search.criteria.js';
import { offerConditions, Params, pointParam, venueConditions } from './search.sql.js';
import {
  OFFER_COLUMNS,
  OFFER_FROM,
  PUBLIC_VENUE_COLUMNS,
  type OfferRow,
  type PublicVenueRow,
} from '../catalog/catalog.rows.js';

export interface SearchHit {
  offerId: number;
  offer: OfferRow;
  venue: PublicVenueRow;
  /** Metres from the point asked for; null for digital offers or without a point. */
  distanceMeters: number | null;
  cursor: SearchCursor;
}

export interface SearchPage {
  hits: SearchHit[];
  hasNextPage: boolean;
}

/** The offer and venue of each hit, fetched with it: the page then needs no other query for them. */
const PAGE_ROWS = (offerId: string) => `
  (select to_jsonb(r) from (select ${OFFER_COLUMNS} from ${OFFER_FROM} where o.id = ${offerId}) r) as offer,
  (select to_jsonb(r) from (select ${PUBLIC_VENUE_COLUMNS} from ${OFFER_FROM} where o.id = ${offerId}) r) as venue`;

interface PageRow {
  offer: OfferRow;
  venue: PublicVenueRow;
}

interface NearRow extends PageRow {
  offer_id: number;
  venue_id: number;
  distance: number;
  venues_found: number;
  farthest: number;
}

/**
 * Offer search. Around a point, venues are walked nearest first (`<->` on their
 * GIST index, no tie-breaker inside so the index scan stays nearest-first), each
 * with its matching offers in id order; ties are broken outside: (distance, venue, offer).
 * Digital offers, which have no place, come after. Everywhere: newest offers first.
 */
export class SearchService {
  constructor(private readonly sql: SqlClient) {}

  async search(c: SearchCriteria): Promise<SearchPage> {
    if (!c.around) return this.everywhere(c);
    const hits: SearchHit[] = [];
    if (c.after?.phase !== 'digital') {
      const near = await this.near(c);
      if (near.more || near.hits.length > c.first) {
        return { hits: near.hits.slice(0, c.first), hasNextPage: true };
      }
      hits.push(...near.hits);
    }
    if (!c.includeDigital) return { hits, hasNextPage: false };
    const left = c.first - hits.length;
    const afterId = c.after?.phase === 'digital' ? c.after.offerId : null;
    const digital = await this.newestOffers(c, left + 1, afterId, 'digital');
    return { hits: [...hits, ...digital.slice(0, left)], hasNextPage: digital.length > left };
  }

  private async everywhere(c: SearchCriteria): Promise<SearchPage> {
    const afterId = c.after?.phase === 'all' ? c.after.offerId : null;
    const hits = await this.newestOffers(c, c.first + 1, afterId, 'all');
    return { hits: hits.slice(0, c.first), hasNextPage: hits.length > c.first };
  }

  /** Offers within the radius, nearest first, from the cursor on. `more`: the walk stopped early. */
  private async near(c: SearchCriteria): Promise<{ hits: SearchHit[]; more: boolean }> {
    const around = c.around!;
    const p = new Params();
    const point = pointParam(p, around);
    const cursor = c.after?.phase === 'near' ? c.after : null;
    // Each venue found has at least one matching offer: first + 2 venues fill a page plus one,
    // even when the cursor's venue has nothing left.
    const venueLimit = c.first + 2;
    const venueWhere = [...venueConditions(c), 'not v.is_virtual'];
    const offerWhere = offerConditions(c, p);
    if (cursor) {
      const [d, v] = [p.add(cursor.distance), p.add(cursor.venueId)];
      venueWhere.push(
        `(v.location <-> ${point} > ${d} or (v.location <-> ${point} = ${d} and v.id >= ${v}))`,
      );
    }
    const afterOffer = cursor
      ? `and (near.venue_id <> ${p.add(cursor.venueId)} or o.id > ${p.add(cursor.offerId)})`
      : '';
    const rows = await this.sql.query<NearRow>(
      `with near as (
         select v.id as venue_id, v.location <-> ${point} as distance
           from venue v
           join offerer f on f.id = v.offerer_id
          where ${venueWhere.join(' and ')}
            and exists (select 1 from offer o where o.venue_id = v.id and ${offerWhere.join(' and ')})
          order by v.location <-> ${point}
          limit ${p.add(venueLimit)}
       ),
       walked as (select count(*)::int as venues_found, max(distance) as farthest from near),
       page as (
         select o.id as offer_id, near.venue_id, near.distance, walked.venues_found, walked.farthest
           from near
           cross join walked
           cross join lateral (
             select o.id from offer o
              where o.venue_id = near.venue_id and ${offerWhere.join(' and ')} ${afterOffer}
              order by o.id
              limit ${p.add(c.first + 1)}
           ) o
          where near.distance <= ${p.add(around.radiusMeters)}
          order by near.distance, near.venue_id, o.id
          limit ${p.add(c.first + 1)}
       )
       select page.*, ${PAGE_ROWS('page.offer_id')}
         from page
        order by page.distance, page.venue_id, page.offer_id`,
      p.values,
    );
    let kept = rows;
    const first = rows[0];
    const walkedAll =
      !first || first.venues_found < venueLimit || first.farthest > around.radiusMeters;
    if (!walkedAll) {
      // Venues at the farthest distance may tie with venues the walk did not reach:
      // leave them to the next page, which starts at that distance.
      const closer = rows.filter((r) => r.distance < first.farthest);
      if (closer.length > 0) kept = closer;
    }
    return {
      hits: kept.map((r) => ({
        offerId: r.offer_id,
        offer: r.offer,
        venue: r.venue,
        distanceMeters: r.distance,
        cursor: { phase: 'near', distance: r.distance, venueId: r.venue_id, offerId: r.offer_id },
      })),
      more: !walkedAll,
    };
  }

  /** Offers newest first: all of them, or only digital ones (after the places of a search around a point). */
  private async newestOffers(
    c: SearchCriteria,
    limit: number,
    afterId: number | null,
    phase: 'all' | 'digital',
  ): Promise<SearchHit[]> {
    const p = new Params();
    const where = [...venueConditions(c), ...offerConditions(c, p)];
    if (phase === 'digital') where.push('v.is_virtual');
    else if (!c.includeDigital) where.push('not v.is_virtual');
    if (afterId !== null) where.push(`o.id < ${p.add(afterId)}`);
    const rows = await this.sql.query<PageRow & { offer_id: number }>(
      `select page.offer_id, ${PAGE_ROWS('page.offer_id')}
         from (
           select o.id as offer_id
             from offer o
             join venue v on v.id = o.venue_id
             join offerer f on f.id = v.offerer_id
            where ${where.join(' and ')}
            order by o.id desc
            limit ${p.add(limit)}
         ) page
        order by page.offer_id desc`,
      p.values,
    );
    return rows.map((r) => ({
      offerId: r.offer_id,
      offer: r.offer,
      venue: r.venue,
      distanceMeters: null,
      cursor: { phase, offerId: r.offer_id },
    }));
  }
}
