import { describe, expect, it } from 'vitest';
import {
  circleComplete,
  circleFor,
  LOCATION_ONLY_MAX_OFFERS,
  nextStrategy,
  PROBE_ROWS,
  walkComplete,
  WALK_MAX_ROWS,
} from '../../src/modules/search/ranked-walk.js';
import { SUBCATEGORIES } from '../../src/modules/catalog/categories.js';
import { NO_FILTERS, walksNearestFirst } from '../../src/modules/search/search.queries.js';

const RADIUS = 10_000;
const CANDIDATES = 1000;

describe('a text search walking nearest first', () => {
  it('has every candidate when it read every row there is', () => {
    const extent = { walked: 120, lastDistance: 9_000, found: 30, farthest: 8_000 };
    expect(walkComplete(extent, PROBE_ROWS, RADIUS, CANDIDATES)).toBe(true);
    const none = { walked: 0, lastDistance: null, found: 0, farthest: null };
    expect(walkComplete(none, PROBE_ROWS, RADIUS, CANDIDATES)).toBe(true);
  });

  it('has every candidate when it went beyond the radius', () => {
    const extent = { walked: PROBE_ROWS, lastDistance: 10_000.5, found: 12, farthest: 9_990 };
    expect(walkComplete(extent, PROBE_ROWS, RADIUS, CANDIDATES)).toBe(true);
  });

  it('has every candidate when it kept them all and read past the farthest', () => {
    const extent = { walked: 8_000, lastDistance: 1_679, found: 1000, farthest: 1_325 };
    expect(walkComplete(extent, 8_000, RADIUS, CANDIDATES)).toBe(true);
  });

  it('may miss some when the last row read is as far as the farthest kept (a venue’s offers share its place)', () => {
    const extent = { walked: 8_000, lastDistance: 1_679, found: 1000, farthest: 1_679 };
    expect(walkComplete(extent, 8_000, RADIUS, CANDIDATES)).toBe(false);
  });

  it('may miss some when it stopped within the radius with too few', () => {
    const extent = { walked: PROBE_ROWS, lastDistance: 420, found: 122, farthest: 420 };
    expect(walkComplete(extent, PROBE_ROWS, RADIUS, CANDIDATES)).toBe(false);
  });

  it('walks further when matches were common near the point, with a margin', () => {
    const probe = { walked: PROBE_ROWS, lastDistance: 420, found: 122, farthest: 420 };
    expect(nextStrategy(probe, PROBE_ROWS, CANDIDATES)).toEqual({ walk: 6_558 });
    const dense = { walked: PROBE_ROWS, lastDistance: 300, found: 390, farthest: 300 };
    expect(nextStrategy(dense, PROBE_ROWS, CANDIDATES)).toEqual({ walk: 2_052 });
  });

  it('reads the text index when matches were rare, or after a longer walk', () => {
    const rare = { walked: PROBE_ROWS, lastDistance: 420, found: 16, farthest: 402 };
    expect(nextStrategy(rare, PROBE_ROWS, CANDIDATES)).toBe('index');
    const none = { walked: PROBE_ROWS, lastDistance: 420, found: 0, farthest: null };
    expect(nextStrategy(none, PROBE_ROWS, CANDIDATES)).toBe('index');
    const longer = { walked: 6_558, lastDistance: 1_250, found: 990, farthest: 1_249 };
    expect(nextStrategy(longer, 6_558, CANDIDATES)).toBe('index');
  });

  it('narrows the text index to the smallest circle where the offers there, at the walk’s share, give half as many again as the candidates', async () => {
    // 16 matches in 400 rows within 420 m: 4 % of the offers.
    const rare = { walked: PROBE_ROWS, lastDistance: 420, found: 16, farthest: 402 };
    const asked: number[] = [];
    // Offers a little denser than near the point everywhere: the first circle tried holds enough.
    const uniform = async (meters: number) => {
      asked.push(meters);
      return 1.01 * PROBE_ROWS * (meters / 420) ** 2;
    };
    const first = await circleFor(rare, CANDIDATES, 50_000, uniform);
    // About 38,000 offers in it: read through the words index.
    expect(first).toEqual({ within: 420 * Math.sqrt(1_500 / 16), locationOnly: false });
    expect(asked).toHaveLength(1);
    // Offers thinning out (a tenth as dense beyond the walk): wider circles, then enough.
    asked.length = 0;
    const thinning = async (meters: number) => {
      asked.push(meters);
      return PROBE_ROWS + (PROBE_ROWS / 10) * ((meters / 420) ** 2 - 1);
    };
    const wider = await circleFor(rare, CANDIDATES, 50_000, thinning);
    expect(asked.length).toBeGreaterThan(1);
    expect(wider).toMatchObject({ within: asked.at(-1) });
    expect((16 / PROBE_ROWS) * (await thinning(asked.at(-1)!))).toBeGreaterThanOrEqual(1_500);
  });

  it('reads a circle of few offers through the location index alone, testing each', async () => {
    // « livre » around Toulouse: 942 matches in the 3,865 nearest offers, within 2.6 km.
    const common = { walked: 3_865, lastDistance: 2_600, found: 942, farthest: 2_590 };
    const density = async (meters: number) => 3_865 * (meters / 2_600) ** 2;
    const circle = await circleFor(common, CANDIDATES, 50_000, density);
    // 1,500 matches at that share: about 6,200 offers within 3.3 km.
    expect(circle).toEqual({ within: 2_600 * Math.sqrt(1_500 / 942), locationOnly: true });
    // The same share among offers four times as dense: the circle's offers are too many.
    const dense = async (meters: number) => 4 * (await density(meters));
    expect(await circleFor(common, CANDIDATES, 50_000, dense)).toMatchObject({
      locationOnly: false,
    });
    expect(LOCATION_ONLY_MAX_OFFERS).toBeGreaterThan(6_200);
    expect(LOCATION_ONLY_MAX_OFFERS).toBeLessThan(4 * 6_200);
  });

  it('reads the whole radius when no match was seen, or the circle would be nearly as wide', async () => {
    const offers = async (meters: number) => PROBE_ROWS * (meters / 420) ** 2;
    const none = { walked: PROBE_ROWS, lastDistance: 420, found: 0, farthest: null };
    expect(await circleFor(none, CANDIDATES, RADIUS, offers)).toBe('index');
    const sparse = { walked: PROBE_ROWS, lastDistance: 3_000, found: 10, farthest: 2_900 };
    expect(await circleFor(sparse, CANDIDATES, RADIUS, offers)).toBe('index');
    // Fewer offers than the walk's share needs anywhere inside: after the last try, the radius.
    const empty = async () => PROBE_ROWS;
    const rare = { walked: PROBE_ROWS, lastDistance: 420, found: 16, farthest: 402 };
    expect(await circleFor(rare, CANDIDATES, 100_000, empty)).toBe('index');
  });

  it('trusts a smaller circle only when it held as many candidates as are ranked', () => {
    const full = { walked: 1000, lastDistance: 2_000, found: 1000, farthest: 1_990 };
    expect(circleComplete(full, CANDIDATES)).toBe(true);
    const short = { walked: 999, lastDistance: 2_000, found: 999, farthest: 1_990 };
    expect(circleComplete(short, CANDIDATES)).toBe(false);
  });

  it('never walks longer than its bound', () => {
    for (let found = 1; found <= PROBE_ROWS; found++) {
      const next = nextStrategy(
        { walked: PROBE_ROWS, lastDistance: 500, found, farthest: 500 },
        PROBE_ROWS,
        CANDIDATES,
      );
      if (typeof next === 'object' && 'walk' in next)
        expect(next.walk).toBeLessThanOrEqual(WALK_MAX_ROWS);
    }
  });
});

describe('which text searches may walk nearest first', () => {
  const none = NO_FILTERS;

  it('those without filters, or with whole categories (the location indexes serve them)', () => {
    expect(walksNearestFirst(none)).toBe(true);
    const cinema = SUBCATEGORIES.filter((s) => s.categoryId === 'CINEMA').map((s) => s.id);
    expect(walksNearestFirst({ ...none, subcategoryIds: cinema })).toBe(true);
  });

  it('not those a rare filter could send across the country', () => {
    expect(walksNearestFirst({ ...none, subcategoryIds: ['SEANCE_CINE'] })).toBe(false);
    expect(walksNearestFirst({ ...none, maxPriceCents: 500 })).toBe(false);
    expect(walksNearestFirst({ ...none, freeOnly: true })).toBe(false);
    expect(walksNearestFirst({ ...none, beginsAfter: new Date() })).toBe(false);
    expect(walksNearestFirst({ ...none, beginsBefore: new Date() })).toBe(false);
    expect(walksNearestFirst({ ...none, duoOnly: true })).toBe(false);
    for (const flag of ['motor', 'visual', 'hearing', 'mental'] as const) {
      const accessibility = { ...none.accessibility, [flag]: true };
      expect(walksNearestFirst({ ...none, accessibility })).toBe(false);
    }
  });
});
