/**
 * npm run bench:suggestions — the search field's queries through the api over HTTP on the
 * scale data (BENCH_DATABASE_URL), BENCH_SECONDS (15) each:
 * - searchSuggestions: every prefix of a list of texts (as typed, typos included) around the
 *   search floor's mix's points, one person typing then eight at once; target p95 ≤ 30 ms;
 * - searchOffers with a text: the same texts, whole, on the mix's 80 places and radii (no
 *   category), one person then four at once, with the first results of the issue's examples;
 * - searchFacets on the mix, concurrency 16, its p95 beside searchOffers' on the same inputs
 *   (the budget).
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApi } from './support.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const DATABASE_URL =
  process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/scale_search';
const FLOOR_DIR =
  process.env.SEARCH_FLOOR_DIR ??
  resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/bench/search-floor');

interface FloorQuery {
  lat: number;
  lng: number;
  radiusKm: number;
  category: string | null;
}
const { MIX } = createRequire(import.meta.url)(`${FLOOR_DIR}/common.js`) as { MIX: FloorQuery[] };

const TYPED = [
  'teatre',
  'cinema',
  'expo photo',
  'harry poter',
  'concert jazz',
  'rennes',
  'musée',
  'atelier poterie',
  'livre',
  'orelsan',
  'marseille',
  'festival',
];
/** Every prefix from two characters on: what a debounced field sends while typing. */
const PREFIXES = TYPED.flatMap((t) =>
  Array.from({ length: t.length - 1 }, (_, i) => t.slice(0, i + 2)),
);

const SUGGEST = `query S($text: String!, $around: GeoPointInput) {
  searchSuggestions(text: $text, around: $around) { kind label detail offerId venueId categoryId place { city postalCode latitude longitude } } }`;
const FACETS = `query F($input: SearchOffersInput!) { searchFacets(input: $input) {
  total categories { categoryId count } digitalCount widerRadiusKm widerRadiusCount withoutFiltersCount } }`;
const SEARCH = `query S($input: SearchOffersInput!) { searchOffers(input: $input) {
  edges { cursor distanceMeters node { id name minPriceCents subcategory { id label } venue { id name city } } }
  pageInfo { hasNextPage endCursor } } }`;

const PARIS_10_KM = {
  around: { latitude: 48.8566, longitude: 2.3522 },
  radiusKm: 10,
  first: 20,
  includeDigital: false,
};

const input = (q: FloorQuery) => ({
  around: { latitude: q.lat, longitude: q.lng },
  radiusKm: q.radiusKm,
  first: 20,
  includeDigital: false,
  ...(q.category ? { categories: [q.category] } : {}),
});

async function load(url: string, bodies: string[], connections: number) {
  let next = 0;
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon(
      {
        url: `${url}/graphql`,
        connections,
        duration: SECONDS,
        headers: { 'content-type': 'application/json' },
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
          },
        ],
      },
      (error, res) => (error ? fail(error) : done(res)),
    );
    instance.on('response', (_c, _s, _b, time) => latencies.push(time));
  });
  const sorted = Float64Array.from(latencies).sort();
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  return {
    rps: result.requests.total / result.duration,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    errors: result.errors + result.non2xx,
    load: loadavg()[0]!,
  };
}

async function check(url: string, body: string): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const json = (await response.json()) as { data?: unknown; errors?: unknown };
  if (json.errors) throw new Error(`${body.slice(0, 120)}: ${JSON.stringify(json.errors)}`);
  return json.data;
}

async function main(): Promise<void> {
  const api = await startApi(DATABASE_URL, { DB_POOL_MAX: '16' });
  try {
    const suggestBodies = PREFIXES.flatMap((text, i) => {
      const q = MIX[i % MIX.length]!;
      return [
        JSON.stringify({
          query: SUGGEST,
          variables: { text, around: { latitude: q.lat, longitude: q.lng } },
        }),
      ];
    });
    const facetBodies = MIX.map((q) =>
      JSON.stringify({ query: FACETS, variables: { input: input(q) } }),
    );
    const searchBodies = MIX.map((q) =>
      JSON.stringify({ query: SEARCH, variables: { input: input(q) } }),
    );
    // Each text on a place and radius of the mix, all twelve texts on every point.
    const textInputs = MIX.map((q, i) => ({
      ...input({ ...q, category: null }),
      text: TYPED[i % TYPED.length]!,
    }));
    const textBodies = textInputs.map((variables) =>
      JSON.stringify({ query: SEARCH, variables: { input: variables } }),
    );
    for (const body of [...suggestBodies, ...facetBodies, ...textBodies]) {
      await check(api.url, body);
    }
    for (const text of TYPED.slice(0, 4)) {
      const data = (await check(
        api.url,
        JSON.stringify({
          query: SEARCH,
          variables: { input: { ...PARIS_10_KM, text } },
        }),
      )) as { searchOffers: { edges: { node: { name: string; venue: { name: string } } }[] } };
      console.log(
        `  searchOffers « ${text} » (Paris, 10 km): ${data.searchOffers.edges
          .slice(0, 3)
          .map((e) => `${e.node.name} (${e.node.venue.name})`)
          .join(' | ')}`,
      );
    }
    for (const text of TYPED.slice(0, 4)) {
      const data = (await check(
        api.url,
        JSON.stringify({
          query: SUGGEST,
          variables: { text, around: { latitude: 48.8566, longitude: 2.3522 } },
        }),
      )) as { searchSuggestions: { kind: string; label: string; detail: string | null }[] };
      console.log(
        `  « ${text} » (Paris): ${data.searchSuggestions
          .slice(0, 4)
          .map((s) => `${s.kind} ${s.label}${s.detail ? ` (${s.detail})` : ''}`)
          .join(' | ')}`,
      );
    }
    await load(api.url, suggestBodies, 8);
    const print = (label: string, r: Awaited<ReturnType<typeof load>>) =>
      console.log(
        `${label.padEnd(34)} ${r.rps.toFixed(0).padStart(5)} req/s  p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms  ` +
          `p99 ${r.p99.toFixed(1)} ms  errors ${r.errors}  load ${r.load.toFixed(1)}`,
      );
    // One person typing (requests one after another), then eight at once.
    const typing = await load(api.url, suggestBodies, 1);
    print(`suggestions (${suggestBodies.length} prefixes, c=1)`, typing);
    const suggestions = await load(api.url, suggestBodies, 8);
    print(`suggestions (${suggestBodies.length} prefixes, c=8)`, suggestions);
    const textAlone = await load(api.url, textBodies, 1);
    print('searchOffers with text (80, c=1)', textAlone);
    const textFour = await load(api.url, textBodies, 4);
    print('searchOffers with text (80, c=4)', textFour);
    const facets = await load(api.url, facetBodies, 16);
    print('facets (80-query mix, c=16)', facets);
    const search = await load(api.url, searchBodies, 16);
    print('searchOffers (same mix, c=16)', search);
    console.log(
      `suggestions p95 ${typing.p95.toFixed(1)} ms typing alone, ${suggestions.p95.toFixed(1)} ms eight at once (target ≤ 30); facets p95 ${(facets.p95 / search.p95).toFixed(2)} × the search's`,
    );
  } finally {
    await api.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
