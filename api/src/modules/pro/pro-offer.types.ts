import { connectionType, type Connection } from '../../graphql/pagination.js';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CatalogueDetailsType, Subcategory } from '../catalog/catalog.types.js';
import { ValidationStatus } from '../catalog/offer.entity.js';

@ObjectType('ProStock')
export class ProStockType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  priceCents!: number;

  @Field(() => Int, { nullable: true, description: 'Null: unlimited' })
  quantity!: number | null;

  @Field(() => Int)
  bookedQuantity!: number;

  @Field(() => Int, { nullable: true, description: 'Null: unlimited' })
  remainingQuantity!: number | null;

  @Field(() => Date, { nullable: true, description: 'Events only' })
  beginsAt!: Date | null;

  @Field(() => Date, { nullable: true })
  bookingLimitAt!: Date | null;
}

/** An offer as its pro sees it, whatever its status. */
@ObjectType('ProOffer')
export class ProOfferType extends CatalogueDetailsType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => Boolean)
  isDuo!: boolean;

  @Field(() => Boolean, { description: 'False once the pro deactivated it' })
  isActive!: boolean;

  @Field(() => ValidationStatus)
  validation!: ValidationStatus;

  @Field(() => Subcategory)
  subcategory!: Subcategory;

  @Field(() => Boolean)
  isEvent!: boolean;

  @Field(() => Boolean)
  isDigital!: boolean;

  @Field(() => ID)
  venueId!: string;

  @Field(() => String)
  venueName!: string;

  @Field(() => String, {
    description: 'IANA time zone of the venue: dates are entered and shown on this clock',
  })
  venueTimeZone!: string;

  @Field(() => Date)
  updatedAt!: Date;
}

export const ProOfferConnection = connectionType(ProOfferType, 'ProOffer');
export type ProOfferConnection = Connection<ProOfferType>;

@ObjectType()
export class StockDeletion {
  @Field(() => Int, { description: 'Bookings cancelled with the stock (reason OFFERER)' })
  cancelledBookings!: number;

  @Field(() => ProOfferType)
  offer!: ProOfferType;
}

/** What an offer says: the first step of its creation, and what an edit changes. */
@InputType()
export class OfferDetailsInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Digital offers: where it is used' })
  url?: string | null;

  @Field(() => Boolean, { defaultValue: false })
  isDuo!: boolean;

  // The catalogue fields: omitted, kept as they are; null or empty, cleared.
  @Field(() => String, { nullable: true, description: 'A book’s author (200 characters)' })
  author?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who plays or reads: artist, band, company (200 characters)',
  })
  performer?: string | null;

  @Field(() => String, { nullable: true, description: 'A play’s stage director (200 characters)' })
  stageDirector?: string | null;

  @Field(() => String, { nullable: true, description: 'EAN-13 of a book (ISBN) or a record' })
  ean?: string | null;

  @Field(() => Int, { nullable: true, description: 'How long it lasts, 1-10,000 minutes' })
  durationMinutes?: number | null;

  @Field(() => String, { nullable: true, description: 'The language it is in (50 characters)' })
  language?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who it suits, e.g. « À partir de 12 ans » (100 characters)',
  })
  ageAdvice?: string | null;
}

@InputType()
export class OfferDraftInput extends OfferDetailsInput {
  @Field(() => ID, {
    description: "A venue of the pro; digital offers: the offerer's virtual venue",
  })
  venueId!: string;

  @Field(() => ID)
  subcategoryId!: string;
}

@InputType()
export class RecurrenceInput {
  @Field(() => String, { description: 'First day, YYYY-MM-DD' })
  from!: string;

  @Field(() => String, { description: 'Last day, YYYY-MM-DD' })
  until!: string;

  @Field(() => [Int], { description: 'ISO weekdays: 1 Monday … 7 Sunday' })
  weekdays!: number[];

  @Field(() => [String], { description: 'Wall-clock times on the venue’s clock, HH:MM' })
  times!: string[];
}

@InputType()
export class StocksInput {
  @Field(() => Int)
  priceCents!: number;

  @Field(() => Int, { nullable: true, description: 'Places per date; null: unlimited' })
  quantity?: number | null;

  @Field(() => [Date], { nullable: true, description: 'Events: dates given one by one' })
  dates?: Date[] | null;

  @Field(() => RecurrenceInput, { nullable: true, description: 'Events: dates that repeat' })
  recurrence?: RecurrenceInput | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Things: last booking moment. Events: default, 23:59 three days before',
  })
  bookingLimitAt?: Date | null;
}

@InputType()
export class StockUpdateInput {
  @Field(() => Int)
  priceCents!: number;

  @Field(() => Int, { nullable: true, description: 'Null: unlimited' })
  quantity?: number | null;

  @Field(() => Date, { nullable: true, description: 'Events: the new date' })
  beginsAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Events: omitted, the default' })
  bookingLimitAt?: Date | null;
}
