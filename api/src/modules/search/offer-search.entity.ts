import { Entity, Index, OneToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { GeographyPointType, type GeoPoint } from '../../db/geography.js';
import { Offer } from '../catalog/offer.entity.js';

/**
 * The search table: one row per offer young people can see and book now, kept exact by
 * database triggers (migration 20261203130000_offer_search). Written only by them and by the
 * search module's expiry job; read only by the search module.
 */
@Entity({ tableName: 'offer_search' })
@Index({
  name: 'offer_search_location_gist',
  expression: 'create index "offer_search_location_gist" on "offer_search" using gist ("location")',
})
@Index({
  name: 'offer_search_category_location_gist',
  expression:
    'create index "offer_search_category_location_gist" on "offer_search" using gist ("category_id", "location")',
})
@Index({ name: 'offer_search_venue_offer_index', properties: ['venueId', 'offer'] })
@Index({
  name: 'offer_search_digital_index',
  expression:
    'create index "offer_search_digital_index" on "offer_search" ("offer_id") where location is null',
})
@Index({
  name: 'offer_search_deadline_index',
  expression:
    'create index "offer_search_deadline_index" on "offer_search" ("next_deadline") where next_deadline is not null',
})
@Index({
  name: 'offer_search_digital_words_gin',
  expression:
    'create index "offer_search_digital_words_gin" on "offer_search" using gin ("search_vector") where location is null',
})
@Index({
  name: 'offer_search_words_gin',
  expression: 'create index "offer_search_words_gin" on "offer_search" using gin ("search_vector")',
})
@Index({ name: 'offer_search_name_index', properties: ['name'] })
export class OfferSearch {
  @OneToOne(() => Offer, { primary: true, deleteRule: 'cascade', owner: true })
  offer!: Offer;

  @Property()
  venueId!: number;

  /** Null: a digital offer (no place). */
  @Property({ type: GeographyPointType, nullable: true, ignoreSchemaChanges: ['type'] })
  location: GeoPoint | null = null;

  @Property({ length: 64 })
  subcategoryId!: string;

  @Property({ length: 32 })
  categoryId!: string;

  @Property()
  isDuo!: boolean;

  @Property()
  motorAccessible!: boolean;

  @Property()
  visualAccessible!: boolean;

  @Property()
  hearingAccessible!: boolean;

  @Property()
  mentalAccessible!: boolean;

  /** Lowest and highest price among the bookable stocks. */
  @Property()
  minPriceCents!: number;

  @Property()
  maxPriceCents!: number;

  @Property({ type: 'timestamptz', nullable: true })
  firstBeginsAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  lastBeginsAt: Date | null = null;

  /** When the first bookable stock closes: the row is skipped from then on until recomputed. */
  @Property({ type: 'timestamptz', nullable: true })
  nextDeadline: Date | null = null;

  /** Name, people and venue name, lower case without accents (trigram index). */
  @Property({ type: 'text' })
  searchText!: string;

  /** The offer's name, as shown (suggestions count offers by name). */
  @Property({ length: 140 })
  name!: string;

  /** The same with the description, French stems (full-text index). */
  @Property({ columnType: 'tsvector', ignoreSchemaChanges: ['type'] })
  searchVector!: string;
}

/**
 * offer_search without its text columns, for the pages of searches without words: narrow rows
 * written in geohash order, so that the nearest offers share pages. Kept equal to offer_search
 * by triggers on it; reordered by `offer_search_page_reorder()` (migration
 * 20261205200000_offer_search_page, `npm run search:reorder`).
 */
@Entity({ tableName: 'offer_search_page' })
@Index({
  name: 'offer_search_page_location_gist',
  expression:
    'create index "offer_search_page_location_gist" on "offer_search_page" using gist ("location")',
})
@Index({
  name: 'offer_search_page_category_location_gist',
  expression:
    'create index "offer_search_page_category_location_gist" on "offer_search_page" using gist ("category_id", "location")',
})
@Index({
  name: 'offer_search_page_digital_index',
  expression:
    'create index "offer_search_page_digital_index" on "offer_search_page" ("offer_id") where location is null',
})
@Index({
  name: 'offer_search_page_geohash_index',
  expression:
    'create index "offer_search_page_geohash_index" on "offer_search_page" (ST_GeoHash(location::geometry, 10))',
})
export class OfferSearchPage {
  @PrimaryKey({ autoincrement: false })
  offerId!: number;

  @Property()
  venueId!: number;

  @Property({ type: GeographyPointType, nullable: true, ignoreSchemaChanges: ['type'] })
  location: GeoPoint | null = null;

  @Property({ length: 64 })
  subcategoryId!: string;

  @Property({ length: 32 })
  categoryId!: string;

  @Property()
  isDuo!: boolean;

  @Property()
  motorAccessible!: boolean;

  @Property()
  visualAccessible!: boolean;

  @Property()
  hearingAccessible!: boolean;

  @Property()
  mentalAccessible!: boolean;

  @Property()
  minPriceCents!: number;

  @Property()
  maxPriceCents!: number;

  @Property({ type: 'timestamptz', nullable: true })
  firstBeginsAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  lastBeginsAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  nextDeadline: Date | null = null;

  @Property({ length: 140 })
  name!: string;
}

/** Bookable offers per venue and subcategory (facets), kept by triggers on offer_search. */
@Entity({ tableName: 'offer_search_venue_count' })
@Index({
  name: 'offer_search_venue_count_location_gist',
  expression:
    'create index "offer_search_venue_count_location_gist" on "offer_search_venue_count" using gist ("location")',
})
@Index({
  name: 'offer_search_venue_count_cell_index',
  expression:
    'create index "offer_search_venue_count_cell_index" on "offer_search_venue_count" (offer_search_fine_cell("location")) include ("location", "subcategory_id", "offers", "motor_accessible", "visual_accessible", "hearing_accessible", "mental_accessible")',
})
export class OfferSearchVenueCount {
  @PrimaryKey({ autoincrement: false })
  venueId!: number;

  @PrimaryKey({ length: 64 })
  subcategoryId!: string;

  @Property({ type: GeographyPointType, nullable: true, ignoreSchemaChanges: ['type'] })
  location: GeoPoint | null = null;

  @Property()
  motorAccessible!: boolean;

  @Property()
  visualAccessible!: boolean;

  @Property()
  hearingAccessible!: boolean;

  @Property()
  mentalAccessible!: boolean;

  @Property()
  offers!: number;
}

/**
 * Bookable offers per grid cell and subcategory (facets around a point), kept by triggers on
 * offer_search_venue_count; `offers[m + 1]`: those of venues with at least the accessibility
 * flags of m. See migration `…_facet_cells` and `facet-grid.ts`.
 */
@Entity({ tableName: 'offer_search_cell_count' })
@Index({
  name: 'offer_search_cell_count_cover',
  expression:
    'create index "offer_search_cell_count_cover" on "offer_search_cell_count" ("cell") include ("subcategory_id", "offers")',
})
export class OfferSearchCellCount {
  @PrimaryKey({ type: 'bigint', autoincrement: false })
  cell!: string;

  @PrimaryKey({ length: 64 })
  subcategoryId!: string;

  @Property({ type: 'int[]' })
  offers!: number[];
}

/** Bookable offers per folded name (suggestions), kept by triggers on offer_search. */
@Entity({ tableName: 'offer_search_name' })
@Index({
  name: 'offer_search_name_trgm',
  expression:
    'create index "offer_search_name_trgm" on "offer_search_name" using gin ("name_key" gin_trgm_ops)',
})
export class OfferSearchName {
  @PrimaryKey({ length: 140 })
  nameKey!: string;

  @Property({ length: 140 })
  name!: string;

  @Property()
  offers!: number;
}

/** The people each searchable offer names, one row per role: what it added to the rollup. */
@Entity({ tableName: 'offer_search_person' })
export class OfferSearchPerson {
  @PrimaryKey({ autoincrement: false })
  offerId!: number;

  @PrimaryKey({ length: 16 })
  role!: string;

  @Property({ length: 200 })
  nameKey!: string;

  @Property({ length: 200 })
  name!: string;
}

/** Bookable offers per person and role (suggestions), kept by triggers on offer_search. */
@Entity({ tableName: 'offer_search_people' })
@Index({
  name: 'offer_search_people_trgm',
  expression:
    'create index "offer_search_people_trgm" on "offer_search_people" using gin ("name_key" gin_trgm_ops)',
})
export class OfferSearchPeople {
  @PrimaryKey({ length: 200 })
  nameKey!: string;

  @PrimaryKey({ length: 16 })
  role!: string;

  @Property({ length: 200 })
  name!: string;

  @Property()
  offers!: number;
}

/** Every word of the search texts (typo tolerance), added by triggers on offer_search. */
@Entity({ tableName: 'offer_search_word' })
@Index({
  name: 'offer_search_word_trgm',
  expression:
    'create index "offer_search_word_trgm" on "offer_search_word" using gin ("word" gin_trgm_ops) with (fastupdate = off)',
})
export class OfferSearchWord {
  @PrimaryKey({ type: 'text' })
  word!: string;
}

/**
 * Venues whose facet rows a transaction changed (migration `…_facet_changes`): what an api
 * instance reads to keep its copy of the facets' rollup exact (`facet-index.ts`).
 */
@Entity({ tableName: 'offer_search_venue_change' })
export class OfferSearchVenueChange {
  /** The writing transaction's id (`pg_current_xact_id()`, a 64-bit xid). */
  @PrimaryKey({ type: 'bigint', autoincrement: false })
  xid!: string;

  @PrimaryKey({ autoincrement: false })
  venueId!: number;

  @Property({ type: 'timestamptz', defaultRaw: 'clock_timestamp()' })
  at!: Date;
}
