import {
  Check,
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/core';
import { GeographyPointType, type GeoPoint } from '../../db/geography.js';
import { Offerer } from './offerer.entity.js';
import { VENUE_TYPES, type VenueType } from './venue-types.js';

/**
 * A place (SIRET) of an offerer, or the offerer's one virtual venue for digital
 * offers, which has neither SIRET nor location.
 */
@Entity()
@Check({
  name: 'venue_virtual_has_no_place',
  expression:
    '(is_virtual and siret is null and location is null) or (not is_virtual and location is not null)',
})
@Index({
  name: 'venue_location_gist',
  expression: 'create index "venue_location_gist" on "venue" using gist ("location")',
})
// Map boxes compare plain coordinates (a geography envelope is no box); this index serves
// them and gives the planner statistics on the expression.
@Index({
  name: 'venue_location_geometry_gist',
  expression:
    'create index "venue_location_geometry_gist" on "venue" using gist (("location"::geometry))',
})
// Search suggestions (migrations 20261203130000_offer_search, 20261205100100_suggestion_candidates):
// names by trigrams, towns by prefix.
@Index({
  name: 'venue_search_name_trgm',
  expression:
    'create index "venue_search_name_trgm" on "venue" using gin ("search_name" gin_trgm_ops) with (fastupdate = off) where not is_virtual',
})
@Index({
  name: 'venue_city_prefix_index',
  expression:
    'create index "venue_city_prefix_index" on "venue" (search_fold(city) text_pattern_ops) where not is_virtual',
})
@Unique({
  name: 'venue_one_virtual_per_offerer',
  expression:
    'create unique index "venue_one_virtual_per_offerer" on "venue" ("offerer_id") where is_virtual',
})
export class Venue {
  @PrimaryKey()
  id!: number;

  @Index()
  @ManyToOne(() => Offerer, { deleteRule: 'cascade' })
  offerer!: Offerer;

  @Unique()
  @Property({ length: 14, nullable: true })
  siret: string | null = null;

  @Property({ length: 200 })
  name!: string;

  @Property({ length: 200, nullable: true })
  publicName: string | null = null;

  /** The name young people see, folded (lower case, no accents): suggestions match it. */
  @Property({
    type: 'text',
    nullable: true,
    generated: '(search_fold(coalesce(public_name, name))) stored',
    lazy: true,
  })
  searchName?: string | null;

  @Property({ length: 300, nullable: true })
  address: string | null = null;

  @Property({ length: 5, nullable: true })
  postalCode: string | null = null;

  @Property({ length: 200, nullable: true })
  city: string | null = null;

  @Index()
  @Property({ length: 3, nullable: true })
  departmentCode: string | null = null;

  @Property({ type: GeographyPointType, nullable: true, ignoreSchemaChanges: ['type'] })
  location: GeoPoint | null = null;

  @Enum({ items: () => [...VENUE_TYPES] })
  venueType: VenueType = 'OTHER';

  @Property({ default: false })
  isVirtual: boolean = false;

  @Property({ default: false })
  motorAccessible: boolean = false;

  @Property({ default: false })
  visualAccessible: boolean = false;

  @Property({ default: false })
  hearingAccessible: boolean = false;

  @Property({ default: false })
  mentalAccessible: boolean = false;

  @Property({ length: 320, nullable: true })
  bookingEmail: string | null = null;

  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
