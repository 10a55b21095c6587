import type { PlacesStrategy, WalkExtent } from './search.queries.js';

/**
 * How a text search around a point finds its candidates at places: the first RANKED_CANDIDATES
 * matches by (distance, offer) within the radius. Two ways, each cheap where the other is not:
 * - walking the rows nearest first and testing each (5-9 µs a row at 1M offers): cheap when
 *   matches are common near the point (« cinema » in Paris: one row in four);
 * - reading every match within the radius through the text index, then sorting by distance
 *   (8-13 µs a match): cheap when they are few (« harry poter »), dear when the circle holds
 *   tens of thousands (230-330 ms for « cinema » or « concert » around Paris).
 * A short walk first answers small circles and sparse places on its own and measures how
 * often the text matches near the point; that share chooses the next step.
 */

/** The first walk: what a small circle or a sparse place holds, and a sample of the rest. */
export const PROBE_ROWS = 400;
/** The longest walk (about 100 ms at 1M offers); when the sample says it would not do, the text index. */
export const WALK_MAX_ROWS = 12_000;
/** How much longer than the sample says the second walk goes: matches thin out away from a centre. */
const WALK_MARGIN = 2;

/**
 * Whether a walk of `rows` rows found every candidate: it read every row there is, or went
 * beyond the radius, or kept as many candidates as are ranked and read past the farthest one
 * (rows at the same distance as the last one read may not all have been read).
 */
export function walkComplete(
  extent: WalkExtent,
  rows: number,
  radiusMeters: number,
  candidates: number,
): boolean {
  if (extent.walked < rows || extent.lastDistance === null) return true;
  if (extent.lastDistance > radiusMeters) return true;
  return (
    extent.found >= candidates && extent.farthest !== null && extent.farthest < extent.lastDistance
  );
}

/**
 * How many more matches than candidates the smaller circle is drawn to hold: matches cluster,
 * and a circle that comes up short costs a second read of the text index.
 */
const CIRCLE_MARGIN = 1.5;
/** Below this share of the radius a smaller circle is worth the risk of a second read. */
const CIRCLE_AT_MOST = 0.8;
/** Circles tried against the offers' own density before reading the whole radius. */
const CIRCLE_TRIES = 5;
/**
 * Up to this many offers a circle is read through the location index alone, each row tested
 * for the words: 1.2-5.4 µs a row at 1M offers (pages in PostgreSQL's buffers or not). Such a
 * circle holds its candidates only if the text matches one offer in seven or more, and then
 * the words index gathers every match in the country before keeping the circle's (0.34 µs a
 * match): « livre » around Toulouse, 226,000 matches gathered, 112 ms, against 21 ms for the
 * 9,000 offers of its circle. Denser circles (« teatre » in Paris: 22,000 offers within
 * 2.5 km) stay with the words index: 32 ms against 113.
 */
export const LOCATION_ONLY_MAX_OFFERS = 10_000;

/**
 * The next step after an incomplete walk of `rows` rows: after the first, a longer walk when
 * its share of matches says one of at most WALK_MAX_ROWS rows finds every candidate (with a
 * margin); otherwise, and after a longer walk, the text index (`circleFor` may narrow it).
 */
export function nextStrategy(extent: WalkExtent, rows: number, candidates: number): PlacesStrategy {
  if (rows > PROBE_ROWS || extent.walked === 0 || extent.found === 0) return 'index';
  const needed = Math.ceil((candidates * extent.walked * WALK_MARGIN) / extent.found);
  return needed > WALK_MAX_ROWS ? 'index' : { walk: Math.max(needed, rows * 2) };
}

/**
 * Where to read the text index after a walk: within the smallest circle where the walk's share
 * of matches, applied to the offers there (`offersWithin`, from the facets' rollup: offers
 * thin out away from a centre faster in Lyon than in Paris), gives half as many again as the
 * candidates (« théâtre » around Paris: 3.5 km of 10 or 50); else within the radius. The first
 * circle tried is the one the walk's own density says; each next one is widened by what was
 * missing. A circle of few offers is read without the words index (LOCATION_ONLY_MAX_OFFERS).
 */
export async function circleFor(
  extent: WalkExtent,
  candidates: number,
  radiusMeters: number,
  offersWithin: (meters: number) => Promise<number>,
): Promise<PlacesStrategy> {
  if (extent.walked === 0 || extent.found === 0 || !extent.lastDistance) return 'index';
  const share = extent.found / extent.walked;
  const wanted = candidates * CIRCLE_MARGIN;
  let within = extent.lastDistance * Math.sqrt(wanted / extent.found);
  for (let k = 0; k < CIRCLE_TRIES && within < radiusMeters * CIRCLE_AT_MOST; k++) {
    const offers = await offersWithin(within);
    const expected = share * offers;
    if (expected >= wanted) return { within, locationOnly: offers <= LOCATION_ONLY_MAX_OFFERS };
    // A tenth wider than the density so far says: offers thin out further away.
    within *= Math.sqrt(wanted / Math.max(expected, 1)) * 1.1;
  }
  return 'index';
}

/**
 * Whether a smaller circle held every candidate: it kept as many as are ranked, so every match
 * outside it is farther than all of them.
 */
export function circleComplete(extent: WalkExtent, candidates: number): boolean {
  return extent.found >= candidates;
}
