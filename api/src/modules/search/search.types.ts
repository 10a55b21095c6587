import { Field, Float, Int, ObjectType } from 'type-graphql';
import { OfferType, PageInfo, VenueType } from '../catalog/catalog.types.js';

@ObjectType()
export class OfferSearchEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Metres from the point searched around; null for digital offers',
  })
  distanceMeters!: number | null;

  @Field(() => OfferType)
  node!: OfferType;
}

@ObjectType()
export class OfferSearchConnection {
  @Field(() => [OfferSearchEdge])
  edges!: OfferSearchEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType()
export class VenueMarker {
  @Field(() => VenueType)
  venue!: VenueType;

  @Field(() => Float, {
    nullable: true,
    description: 'Metres from the point, when searching around one',
  })
  distanceMeters!: number | null;

  @Field(() => Int, { description: 'Bookable offers matching the filters' })
  offerCount!: number;
}

@ObjectType()
export class Place {
  @Field(() => String)
  city!: string;

  @Field(() => String)
  postalCode!: string;

  @Field(() => String)
  departmentCode!: string;

  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;
}
