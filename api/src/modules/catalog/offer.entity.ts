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
import { registerEnumType } from 'type-graphql';
import { Venue } from './venue.entity.js';

export enum ValidationStatus {
  DRAFT = 'DRAFT',
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(ValidationStatus, { name: 'ValidationStatus' });

@Entity()
@Index({
  name: 'offer_search_vector_gin',
  expression: 'create index "offer_search_vector_gin" on "offer" using gin ("search_vector")',
})
@Index({ name: 'offer_venue_id_id_index', properties: ['venue', 'id'] })
// The moderation queue: the few pending offers, oldest first, without reading the million others.
@Index({
  name: 'offer_pending_queue_index',
  expression: `create index "offer_pending_queue_index" on "offer" ("updated_at", "id") where validation = 'PENDING'`,
})
@Check({ name: 'offer_name_not_blank', expression: 'length(btrim(name)) > 0' })
@Check({ name: 'offer_ean_is_13_digits', expression: "ean ~ '^[0-9]{13}$'" })
@Check({
  name: 'offer_duration_minutes_range',
  expression: 'duration_minutes is null or (duration_minutes > 0 and duration_minutes <= 10000)',
})
// The venue's own reference or barcode names one offer there: imports update it in place.
@Unique({ name: 'offer_venue_external_ref_unique', properties: ['venue', 'externalRef'] })
@Unique({ name: 'offer_venue_ean_unique', properties: ['venue', 'ean'] })
export class Offer {
  @PrimaryKey()
  id!: number;

  @Index()
  @ManyToOne(() => Venue, { deleteRule: 'cascade' })
  venue!: Venue;

  /** A subcategory id of catalog/categories.ts. */
  @Index()
  @Property({ length: 64 })
  subcategoryId!: string;

  @Property({ length: 140 })
  name!: string;

  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Property({ length: 2048, nullable: true })
  url: string | null = null;

  @Property({ default: false })
  isDuo: boolean = false;

  @Property({ default: true })
  isActive: boolean = true;

  @Enum({ items: () => ValidationStatus, default: ValidationStatus.DRAFT })
  validation: ValidationStatus = ValidationStatus.DRAFT;

  /** Words of the name and description for French full-text search, computed by the database. */
  @Property({
    columnType: 'tsvector',
    generated: '(offer_search_vector(name, description)) stored',
    nullable: true,
    lazy: true,
    hidden: true,
    ignoreSchemaChanges: ['type', 'extra'],
  })
  searchVector?: string;

  /** The venue's own reference (stock software), for imports and API upserts. */
  @Property({ length: 100, nullable: true })
  externalRef: string | null = null;

  /** EAN-13 of a book or record. */
  @Property({ length: 13, nullable: true })
  ean: string | null = null;

  /** A book's author. */
  @Property({ length: 200, nullable: true })
  author: string | null = null;

  /** Who plays: a concert's artist or band, a show's company. */
  @Property({ length: 200, nullable: true })
  performer: string | null = null;

  /** A play's stage director. */
  @Property({ length: 200, nullable: true })
  stageDirector: string | null = null;

  /** How long it lasts (a show, a film, a visit), in minutes. */
  @Property({ type: 'int', nullable: true })
  durationMinutes: number | null = null;

  /** The language it is in (« français », « VOSTFR »). */
  @Property({ length: 50, nullable: true })
  language: string | null = null;

  /** Who it suits (« À partir de 12 ans »). */
  @Property({ length: 100, nullable: true })
  ageAdvice: string | null = null;

  @Property({ defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
