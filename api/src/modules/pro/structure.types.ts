import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Accessibility, GeoPoint, GeoPointInput } from '../catalog/catalog.types.js';
import { OffererStatus } from '../catalog/offerer.entity.js';

/** A venue as its pro sees it: legal details included. */
@ObjectType('ProVenue')
export class ProVenueType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  offererId!: string;

  @Field(() => String, { nullable: true, description: 'Null for the virtual venue' })
  siret!: string | null;

  @Field(() => String, { description: 'Legal name' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Name shown to young people' })
  publicName!: string | null;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => String, { nullable: true })
  postalCode!: string | null;

  @Field(() => String, { nullable: true })
  city!: string | null;

  @Field(() => String, { nullable: true })
  departmentCode!: string | null;

  @Field(() => GeoPoint, { nullable: true })
  location!: GeoPoint | null;

  @Field(() => String)
  venueType!: string;

  @Field(() => Boolean, { description: 'The offerer’s venue for digital offers' })
  isVirtual!: boolean;

  @Field(() => Accessibility)
  accessibility!: Accessibility;

  @Field(() => String, { nullable: true })
  bookingEmail!: string | null;
}

@ObjectType('Offerer')
export class OffererType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  siren!: string;

  @Field(() => String)
  name!: string;

  @Field(() => OffererStatus, { description: 'NEW until the ministry validates the offerer' })
  status!: OffererStatus;

  @Field(() => OffererStatus, { description: "The signed-in pro's membership of this offerer" })
  membershipStatus!: OffererStatus;

  @Field(() => [ProVenueType], {
    description: 'Its venues, virtual venue first; empty while the membership is not validated',
  })
  venues!: ProVenueType[];
}

@InputType()
export class ProSignUpInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  password!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;
}

@InputType()
export class CreateOffererInput {
  @Field(() => String, { description: '9 digits' })
  siren!: string;

  @Field(() => String)
  name!: string;
}

@InputType()
export class AccessibilityInput {
  @Field(() => Boolean)
  motor!: boolean;

  @Field(() => Boolean)
  visual!: boolean;

  @Field(() => Boolean)
  hearing!: boolean;

  @Field(() => Boolean)
  mental!: boolean;
}

/** What a pro may change of a venue. */
@InputType()
export class VenueDetailsInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  publicName?: string | null;

  @Field(() => String)
  address!: string;

  @Field(() => String)
  postalCode!: string;

  @Field(() => String)
  city!: string;

  @Field(() => String)
  venueType!: string;

  @Field(() => GeoPointInput, {
    nullable: true,
    description: 'Chosen on a map; omitted: taken from the postal code and town',
  })
  location?: GeoPointInput | null;

  @Field(() => String, { nullable: true })
  bookingEmail?: string | null;

  @Field(() => AccessibilityInput)
  accessibility!: AccessibilityInput;
}

@InputType()
export class CreateVenueInput extends VenueDetailsInput {
  @Field(() => ID)
  offererId!: string;

  @Field(() => String, { description: '14 digits, starting with the offerer’s SIREN' })
  siret!: string;
}
