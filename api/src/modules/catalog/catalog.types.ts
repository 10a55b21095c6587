import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { connectionType, type Connection } from '../../graphql/pagination.js';

@ObjectType()
export class Subcategory {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  label!: string;

  @Field(() => ID, { description: 'Its category, e.g. CINEMA' })
  categoryId!: string;

  @Field(() => Boolean)
  isEvent!: boolean;

  @Field(() => Boolean)
  isDigital!: boolean;

  @Field(() => Boolean)
  canBeDuo!: boolean;

  @Field(() => [String], {
    description:
      'The catalogue fields the pro form asks for here (author, performer, stageDirector, ean, durationMinutes, language, ageAdvice)',
  })
  catalogueFields!: string[];
}

@ObjectType()
export class Category {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  label!: string;

  @Field(() => [Subcategory])
  subcategories!: Subcategory[];
}

@ObjectType()
export class GeoPoint {
  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;
}

@InputType()
export class GeoPointInput {
  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;
}

@ObjectType('Accessibility')
export class Accessibility {
  @Field(() => Boolean)
  motor!: boolean;

  @Field(() => Boolean)
  visual!: boolean;

  @Field(() => Boolean)
  hearing!: boolean;

  @Field(() => Boolean)
  mental!: boolean;
}

/** GraphQL Venue: resolved from a VenueRow. */
@ObjectType('Venue')
export class VenueType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Public name when set, else the legal name' })
  name!: string;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => String)
  postalCode!: string;

  @Field(() => String)
  city!: string;

  @Field(() => String)
  departmentCode!: string;

  @Field(() => String, {
    description:
      'IANA time zone of the venue (its department’s): its event times and limits are on this clock',
  })
  timeZone!: string;

  @Field(() => GeoPoint, {
    nullable: true,
    description: 'Null for the virtual venue of digital offers',
  })
  location!: GeoPoint | null;

  @Field(() => String)
  venueType!: string;

  @Field(() => Boolean)
  isVirtual!: boolean;

  @Field(() => Accessibility)
  accessibility!: Accessibility;
}

@ObjectType('Stock')
export class StockType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  priceCents!: number;

  @Field(() => Int, { nullable: true, description: 'Null: unlimited' })
  quantity!: number | null;

  @Field(() => Int, { nullable: true, description: 'Null: unlimited' })
  remainingQuantity!: number | null;

  @Field(() => Date, { nullable: true })
  beginsAt!: Date | null;

  @Field(() => Date, { nullable: true })
  bookingLimitAt!: Date | null;

  @Field(() => Boolean)
  isBookable!: boolean;
}

/** What the catalogue says about an offer besides its name: shown to young people and pros alike. */
@ObjectType()
export abstract class CatalogueDetailsType {
  @Field(() => String, { nullable: true, description: 'A book’s author' })
  author!: string | null;

  @Field(() => String, { nullable: true, description: 'Who plays or reads: artist, band, company' })
  performer!: string | null;

  @Field(() => String, { nullable: true, description: 'A play’s stage director' })
  stageDirector!: string | null;

  @Field(() => String, { nullable: true, description: 'EAN-13 of a book (ISBN) or a record' })
  ean!: string | null;

  @Field(() => Int, { nullable: true, description: 'How long it lasts, in minutes' })
  durationMinutes!: number | null;

  @Field(() => String, { nullable: true, description: 'The language it is in' })
  language!: string | null;

  @Field(() => String, { nullable: true, description: 'Who it suits, e.g. « À partir de 12 ans »' })
  ageAdvice!: string | null;
}

/** GraphQL Offer: its relations resolve through the request's DataLoaders. */
@ObjectType('Offer')
export class OfferType extends CatalogueDetailsType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'Where a digital offer is used' })
  url!: string | null;

  @Field(() => Boolean)
  isDuo!: boolean;

  @Field(() => Boolean)
  isDigital!: boolean;

  @Field(() => Boolean)
  isEvent!: boolean;

  /** Not exposed: what the field resolvers need. */
  venueId!: number;
  subcategoryId!: string;
  /** The lowest bookable price when the query that found the offer already knows it (search). */
  knownMinPriceCents?: number;
}

export const OfferConnection = connectionType(OfferType, 'Offer');
export type OfferConnection = Connection<OfferType>;
