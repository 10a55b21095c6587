import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ValidationStatus } from '../catalog/offer.entity.js';

@ObjectType()
export class OfferOverview {
  @Field(() => ID)
  offerId!: string;

  @Field(() => String)
  offerName!: string;

  @Field(() => ID)
  venueId!: string;

  @Field(() => String)
  venueName!: string;

  @Field(() => ValidationStatus)
  validation!: ValidationStatus;

  @Field(() => Boolean)
  isActive!: boolean;

  @Field(() => Int, { description: 'Bookings not cancelled' })
  bookings!: number;

  @Field(() => Int, { description: 'Of which used (validated at the counter)' })
  usedBookings!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Places left on dates still to come; null when one of them is unlimited',
  })
  placesLeft!: number | null;

  @Field(() => Int, { description: 'Amount of the bookings not cancelled' })
  revenueCents!: number;
}

@ObjectType()
export class VenueOverview {
  @Field(() => ID)
  venueId!: string;

  @Field(() => String)
  venueName!: string;

  @Field(() => Int)
  offers!: number;

  @Field(() => Int)
  bookings!: number;

  @Field(() => Int)
  revenueCents!: number;
}

@ObjectType()
export class ProOverview {
  @Field(() => [VenueOverview])
  venues!: VenueOverview[];

  @Field(() => [OfferOverview], { description: 'Offers with bookings first' })
  offers!: OfferOverview[];
}
