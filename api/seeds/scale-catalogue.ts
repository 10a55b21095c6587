/**
 * Offerers and venues of the national-scale seed, planned in memory (about
 * 12,000 offerers and 62,000 venues for a million offers), then written with
 * set-based inserts. Local offerers of the demo's kinds (cinemas, bookstores,
 * town halls…) keep their venues near home; a few national chains spread over
 * the country; a few online platforms sell digital offers from their virtual
 * venue. Every offerer has exactly one virtual venue.
 */
import { SUBCATEGORIES } from '../src/modules/catalog/categories.js';
import { OffererStatus } from '../src/modules/catalog/offerer.entity.js';
import type { VenueType } from '../src/modules/catalog/venue-types.js';
import { slugify } from './demo-builder.js';
import {
  DIGITAL_PLATFORMS,
  fillCity,
  OFFERER_PROFILES,
  PLATFORM_LEGAL_NAMES,
  STREETS,
  VENUE_NAMES,
} from './demo-data.js';
import { OFFER_COUNT_BY_VENUE_TYPE } from './demo-offers.js';
import { generateSiren, generateSiret } from './identifiers.js';
import type { Random } from './random.js';
import { DAY_MS, HOUR_MS } from '../src/shared/time.js';
import type { Place, PlacePicker } from './scale-places.js';
import { fromEpoch, insertRows, IdPool, type InsertSpec, type Queryable } from './scale-sql.js';
import { apportion, gaussian, pareto, WeightedPicker } from './scale-weights.js';
import BRANDS from './data/scale/brands.json' with { type: 'json' };

/** Figures for one million offers; everything scales with the number of offers. */
const OFFERERS_PER_MILLION = 12_000;
const PHYSICAL_VENUES_PER_MILLION = 50_000;
const PLATFORMS_PER_MILLION = 48;
const CHAINS_PER_MILLION = 24;
/** Share of the venues run by national chains. */
const CHAIN_VENUE_SHARE = 0.08;

export interface OffererKind {
  key: string;
  venueTypes: readonly VenueType[];
  legalNames: readonly string[];
  /** All venues in the home town (a town's cultural department). */
  sameCity: boolean;
  chain: boolean;
  platform: boolean;
  digitalSubcategories: readonly string[];
}

export interface OffererPlan {
  index: number;
  id: number;
  siren: string;
  name: string;
  /** For e-mail domains and offer URLs: `slug.test`, `https://slug.example/…`. */
  slug: string;
  status: OffererStatus;
  createdAt: number;
  validatedAt: number | null;
  kind: OffererKind;
  home: Place;
  brand: string | null;
  mainVenueName: string;
  venueCount: number;
}

export interface VenuePlan {
  id: number;
  offerer: OffererPlan;
  siret: string | null;
  publicName: string;
  address: string | null;
  place: Place | null;
  venueType: VenueType;
  isVirtual: boolean;
  motorAccessible: boolean;
  visualAccessible: boolean;
  hearingAccessible: boolean;
  mentalAccessible: boolean;
  createdAt: number;
  /** Relative number of offers the venue publishes. */
  offerWeight: number;
}

export interface CataloguePlan {
  offerers: OffererPlan[];
  venues: VenuePlan[];
}

const DIGITAL_SUBCATEGORY_IDS = SUBCATEGORIES.filter((s) => s.isDigital).map((s) => s.id);

const kindOf = (profile: (typeof OFFERER_PROFILES)[number]): OffererKind => ({
  key: profile.key,
  venueTypes: profile.venueTypes,
  legalNames: profile.legalNames,
  sameCity: profile.sameCity ?? false,
  chain: false,
  platform: false,
  digitalSubcategories: profile.digitalSubcategories,
});

const chainProfile = OFFERER_PROFILES.find((p) => p.key === 'culture-chain')!;

const CHAIN_KIND: OffererKind = {
  ...kindOf(chainProfile),
  chain: true,
};

const PLATFORM_KIND: OffererKind = {
  key: 'platform',
  venueTypes: ['DIGITAL'],
  legalNames: PLATFORM_LEGAL_NAMES,
  sameCity: true,
  chain: false,
  platform: true,
  digitalSubcategories: DIGITAL_SUBCATEGORY_IDS,
};

const LOCAL_KINDS = OFFERER_PROFILES.filter((p) => p !== chainProfile);
const localKindPicker = new WeightedPicker(
  LOCAL_KINDS.map(kindOf),
  LOCAL_KINDS.map((p) => p.weight),
);

/** Chain brands: the demo's chain profile's own, then more (seeds/data/scale/brands.json). */
const CHAIN_BRANDS: readonly string[] = [...(chainProfile.brands ?? []), ...BRANDS.chainBrands];

const PLATFORM_PREFIXES: readonly string[] = BRANDS.platformPrefixes;
const PLATFORM_SUFFIXES: readonly string[] = BRANDS.platformSuffixes;

/** Platform departments: online companies sit in the largest cities. */
const PLATFORM_DEPARTMENTS: readonly string[] = BRANDS.platformDepartments;

/** Distinct names, numbered once the list runs out: "Ondes Libres", …, "Ondes Libres 2". */
function distinctNames(random: Random, names: readonly string[], count: number): string[] {
  const shuffled = random.shuffle(names);
  return Array.from({ length: count }, (_, i) => {
    const round = Math.floor(i / shuffled.length);
    const name = shuffled[i % shuffled.length]!;
    return round === 0 ? name : `${name} ${round + 1}`;
  });
}

function platformBrands(random: Random, count: number): string[] {
  const generated = PLATFORM_PREFIXES.flatMap((prefix) =>
    PLATFORM_SUFFIXES.map((suffix) => `${prefix}${suffix}`),
  );
  const known = DIGITAL_PLATFORMS.map((p) => p.brand);
  const others = distinctNames(random, generated, Math.max(0, count - known.length));
  return [...known, ...others].slice(0, count);
}

function platformSubcategories(random: Random, brand: string): readonly string[] {
  const known = DIGITAL_PLATFORMS.find((p) => p.brand === brand);
  if (known) return known.subcategories;
  return random.sample(DIGITAL_SUBCATEGORY_IDS, random.int(1, 3));
}

/** Most offerers are validated; a few wait for the admin or were refused. */
function drawOffererStatus(random: Random): OffererStatus {
  const draw = random.float();
  if (draw < 0.02) return OffererStatus.NEW;
  if (draw < 0.03) return OffererStatus.REJECTED;
  return OffererStatus.VALIDATED;
}

function offererDates(random: Random, status: OffererStatus, now: number) {
  const daysAgo =
    status === OffererStatus.NEW
      ? random.int(2, 30)
      : status === OffererStatus.REJECTED
        ? random.int(30, 400)
        : random.int(60, 3000);
  const createdAt = now - daysAgo * DAY_MS - random.int(0, 86_399) * 1000;
  const validatedAt =
    status === OffererStatus.VALIDATED
      ? Math.min(createdAt + random.int(1, 15) * DAY_MS, now - HOUR_MS)
      : null;
  return { createdAt, validatedAt };
}

class CataloguePlanner {
  private readonly sirens = new Set<string>();
  private readonly sirets = new Set<string>();
  readonly offerers: OffererPlan[] = [];
  readonly venues: VenuePlan[] = [];

  constructor(
    private readonly random: Random,
    private readonly places: PlacePicker,
    private readonly now: number,
  ) {}

  addOfferer(
    kind: OffererKind,
    home: Place,
    brand: string | null,
    status: OffererStatus,
  ): OffererPlan {
    const r = this.random;
    const mainType = kind.venueTypes[0]!;
    const mainVenueName = brand
      ? kind.platform
        ? brand
        : `${brand} ${home.city}`
      : fillCity(r.pick(VENUE_NAMES[mainType]), home.city);
    const name = fillCity(r.pick(kind.legalNames), home.city)
      .replace('{venue}', mainVenueName)
      .replace('{brand}', brand ?? '');
    const index = this.offerers.length;
    const plan: OffererPlan = {
      index,
      id: 0,
      siren: generateSiren(r, this.sirens),
      name,
      slug: `${slugify(brand ?? mainVenueName).slice(0, 40)}-${index + 1}`,
      status,
      ...offererDates(r, status, this.now),
      kind,
      home,
      brand,
      mainVenueName,
      venueCount: 1,
    };
    this.offerers.push(plan);
    return plan;
  }

  /** Extra venues beyond the first: heavy-tailed for local offerers, large for chains. */
  spreadVenues(physicalVenues: number): void {
    const locals = this.offerers.filter((o) => !o.kind.chain && !o.kind.platform);
    const chains = this.offerers.filter((o) => o.kind.chain);
    const weights = this.offerers.map((o) => {
      if (o.kind.platform || o.kind.chain) return 0;
      return (pareto(this.random, 1.3, 80) - 1) * (o.kind.sameCity ? 2 : 1);
    });
    const localTotal = weights.reduce((sum, w) => sum + w, 0);
    if (chains.length > 0 && locals.length > 0) {
      const chainWeight =
        (CHAIN_VENUE_SHARE * localTotal) / (1 - CHAIN_VENUE_SHARE) / chains.length;
      for (const chain of chains) weights[chain.index] = chainWeight;
    }
    const extra = Math.max(0, physicalVenues - this.offerers.length);
    if (extra === 0 || weights.every((w) => w <= 0)) return;
    const shares = apportion(extra, weights);
    this.offerers.forEach((o, i) => (o.venueCount = 1 + shares[i]!));
  }

  addVenues(offerer: OffererPlan): void {
    for (let i = 0; i < offerer.venueCount; i++) this.addPhysicalVenue(offerer, i);
    this.addVirtualVenue(offerer);
  }

  private venuePlace(offerer: OffererPlan, rank: number): Place {
    const r = this.random;
    if (rank === 0 || offerer.kind.sameCity) return this.places.near(r, offerer.home, 1.5);
    if (offerer.kind.chain) {
      return this.places.inCity(r, this.places.city(r, this.places.venueDepartment(r)));
    }
    const department = r.chance(0.85)
      ? offerer.home.departmentCode
      : this.places.venueDepartment(r);
    return this.places.placeIn(r, department);
  }

  private venueName(offerer: OffererPlan, rank: number, type: VenueType, place: Place): string {
    if (rank === 0) return offerer.mainVenueName;
    if (offerer.brand) return `${offerer.brand} ${place.city}`;
    return fillCity(this.random.pick(VENUE_NAMES[type]), place.city);
  }

  private venueCreatedAt(offerer: OffererPlan): number {
    const opened = offerer.createdAt + this.random.int(0, 400) * DAY_MS;
    return Math.min(opened, this.now - HOUR_MS);
  }

  private addPhysicalVenue(offerer: OffererPlan, rank: number): void {
    const r = this.random;
    const kind = offerer.kind;
    const venueType = rank === 0 ? kind.venueTypes[0]! : r.pick(kind.venueTypes);
    const place = this.venuePlace(offerer, rank);
    const [min, max] = OFFER_COUNT_BY_VENUE_TYPE[venueType];
    const size = Math.exp(0.7 * gaussian(r)) * (kind.chain ? 2.5 : 1);
    this.venues.push({
      id: 0,
      offerer,
      siret: generateSiret(r, offerer.siren, this.sirets),
      publicName: this.venueName(offerer, rank, venueType, place),
      address: `${r.int(1, 140)} ${r.pick(STREETS)}`,
      place,
      venueType,
      isVirtual: false,
      motorAccessible: r.chance(0.65),
      visualAccessible: r.chance(0.3),
      hearingAccessible: r.chance(0.35),
      mentalAccessible: r.chance(0.3),
      createdAt: this.venueCreatedAt(offerer),
      offerWeight: ((min + max) / 2) * size,
    });
  }

  /** The offerer's venue for digital offers; only some offerers publish there. */
  private addVirtualVenue(offerer: OffererPlan): void {
    const r = this.random;
    const kind = offerer.kind;
    let offerWeight = 0;
    if (kind.platform) offerWeight = 500 * Math.exp(0.5 * gaussian(r));
    else if (kind.chain) offerWeight = 30;
    else if (kind.digitalSubcategories.length > 0 && r.chance(0.4)) {
      offerWeight = 3 * Math.exp(0.7 * gaussian(r));
    }
    this.venues.push({
      id: 0,
      offerer,
      siret: null,
      publicName: 'Offre numérique',
      address: null,
      place: null,
      venueType: 'DIGITAL',
      isVirtual: true,
      motorAccessible: false,
      visualAccessible: false,
      hearingAccessible: false,
      mentalAccessible: false,
      createdAt: offerer.createdAt,
      offerWeight,
    });
  }
}

/** Offerers, then their venues: physical ones (the main one first) and the virtual one. */
export function planCatalogue(options: {
  offers: number;
  random: Random;
  places: PlacePicker;
  now: number;
}): CataloguePlan {
  const { offers, random: r, places, now } = options;
  const scale = offers / 1_000_000;
  const offererCount = Math.max(3, Math.round(OFFERERS_PER_MILLION * scale));
  const platformCount = Math.max(1, Math.round(PLATFORMS_PER_MILLION * scale));
  const chainCount = Math.max(1, Math.round(CHAINS_PER_MILLION * scale));
  const physicalVenues = Math.max(offererCount, Math.round(PHYSICAL_VENUES_PER_MILLION * scale));

  const planner = new CataloguePlanner(r, places, now);
  for (const brand of platformBrands(r, platformCount)) {
    const home = places.inCity(r, places.city(r, r.pick(PLATFORM_DEPARTMENTS)));
    const kind = { ...PLATFORM_KIND, digitalSubcategories: platformSubcategories(r, brand) };
    planner.addOfferer(kind, home, brand, OffererStatus.VALIDATED);
  }
  for (const brand of distinctNames(r, CHAIN_BRANDS, chainCount)) {
    const home = places.inCity(r, places.city(r, places.venueDepartment(r)));
    planner.addOfferer(CHAIN_KIND, home, brand, OffererStatus.VALIDATED);
  }
  while (planner.offerers.length < offererCount) {
    const home = places.placeIn(r, places.venueDepartment(r));
    planner.addOfferer(localKindPicker.pick(r), home, null, drawOffererStatus(r));
  }
  planner.spreadVenues(physicalVenues);
  for (const offerer of planner.offerers) planner.addVenues(offerer);
  return { offerers: planner.offerers, venues: planner.venues };
}

// ---------------------------------------------------------------- writing

const OFFERERS: InsertSpec = {
  table: 'offerer',
  fields: [
    ['id', 'int'],
    ['siren', 'text'],
    ['name', 'text'],
    ['status', 'text'],
    ['created_at', 'float8', fromEpoch('created_at')],
    ['validated_at', 'float8', fromEpoch('validated_at')],
  ],
};

const VENUES: InsertSpec = {
  table: 'venue',
  fields: [
    ['id', 'int'],
    ['offerer_id', 'int'],
    ['siret', 'text'],
    ['name', 'text'],
    ['public_name', 'text'],
    ['address', 'text'],
    ['postal_code', 'text'],
    ['city', 'text'],
    ['department_code', 'text'],
    ['venue_type', 'text'],
    ['is_virtual', 'boolean'],
    ['motor_accessible', 'boolean'],
    ['visual_accessible', 'boolean'],
    ['hearing_accessible', 'boolean'],
    ['mental_accessible', 'boolean'],
    ['booking_email', 'text'],
    ['created_at', 'float8', fromEpoch('created_at')],
    ['longitude', 'float8', null],
    ['latitude', 'float8', null],
  ],
  computed: [
    [
      'location',
      'case when r.longitude is null then null ' +
        'else ST_SetSRID(ST_MakePoint(r.longitude, r.latitude), 4326)::geography end',
    ],
  ],
};

const seconds = (ms: number | null) => (ms === null ? null : ms / 1000);

function offererRow(o: OffererPlan) {
  return {
    id: o.id,
    siren: o.siren,
    name: o.name.slice(0, 200),
    status: o.status,
    created_at: seconds(o.createdAt),
    validated_at: seconds(o.validatedAt),
  };
}

function venueRow(v: VenuePlan) {
  return {
    id: v.id,
    offerer_id: v.offerer.id,
    siret: v.siret,
    name: (v.isVirtual ? `${v.offerer.name} — Offre numérique` : v.publicName).slice(0, 200),
    public_name: v.publicName.slice(0, 200),
    address: v.address,
    postal_code: v.place?.postalCode ?? null,
    city: v.place?.city ?? null,
    department_code: v.place?.departmentCode ?? null,
    venue_type: v.venueType,
    is_virtual: v.isVirtual,
    motor_accessible: v.motorAccessible,
    visual_accessible: v.visualAccessible,
    hearing_accessible: v.hearingAccessible,
    mental_accessible: v.mentalAccessible,
    booking_email: `${v.isVirtual ? 'numerique' : 'reservations'}@${v.offerer.slug}.test`,
    created_at: seconds(v.createdAt),
    longitude: v.place?.longitude ?? null,
    latitude: v.place?.latitude ?? null,
  };
}

/** Gives the planned offerers and venues their ids, taken from the tables' sequences. */
export async function assignCatalogueIds(db: Queryable, plan: CataloguePlan): Promise<void> {
  const offererIds = new IdPool(db, 'offerer', 0);
  await offererIds.reserve(plan.offerers.length);
  for (const offerer of plan.offerers) offerer.id = offererIds.take();
  const venueIds = new IdPool(db, 'venue', 0);
  await venueIds.reserve(plan.venues.length);
  for (const venue of plan.venues) venue.id = venueIds.take();
}

async function insertInBatches<T>(
  db: Queryable,
  spec: InsertSpec,
  items: readonly T[],
  toRow: (item: T) => Record<string, unknown>,
  batchSize: number,
  onProgress: (done: number) => void,
): Promise<void> {
  for (let start = 0; start < items.length; start += batchSize) {
    const batch = items.slice(start, start + batchSize);
    await insertRows(db, spec, batch.map(toRow));
    onProgress(start + batch.length);
  }
}

export async function writeOfferers(
  db: Queryable,
  plan: CataloguePlan,
  batchSize: number,
  onProgress: (done: number) => void,
): Promise<void> {
  await insertInBatches(db, OFFERERS, plan.offerers, offererRow, batchSize, onProgress);
}

export async function writeVenues(
  db: Queryable,
  plan: CataloguePlan,
  batchSize: number,
  onProgress: (done: number) => void,
): Promise<void> {
  await insertInBatches(db, VENUES, plan.venues, venueRow, batchSize, onProgress);
}
