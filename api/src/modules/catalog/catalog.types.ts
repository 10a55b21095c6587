import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType()
export class Subcategory {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  label!: string;

  @Field(() => ID, {
    description: 'Its category (the fallback illustration of an offer without image)',
  })
  categoryId!: string;

  @Field(() => Boolean)
  isEvent!: boolean;

  @Field(() => Boolean)
  isDigital!: boolean;

  @Field(() => Boolean)
  canBeDuo!: boolean;
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

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
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

/** GraphQL Offer: its relations resolve through the request's DataLoaders. */
@ObjectType('Offer')
export class OfferType {
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
}

@ObjectType()
export class OfferEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => OfferType)
  node!: OfferType;
}

@ObjectType()
export class OfferConnection {
  @Field(() => [OfferEdge])
  edges!: OfferEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
