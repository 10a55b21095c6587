import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../graphql/pagination.js';
import { OfferType, VenueType } from '../catalog/catalog.types.js';

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

export enum SearchSuggestionKind {
  OFFER = 'OFFER',
  VENUE = 'VENUE',
  PLACE = 'PLACE',
  CATEGORY = 'CATEGORY',
  PERSON = 'PERSON',
}
registerEnumType(SearchSuggestionKind, {
  name: 'SearchSuggestionKind',
  description: 'What a suggestion leads to (PERSON: search offers by that name)',
});

export enum SearchPersonRole {
  AUTHOR = 'AUTHOR',
  PERFORMER = 'PERFORMER',
  STAGE_DIRECTOR = 'STAGE_DIRECTOR',
}
registerEnumType(SearchPersonRole, {
  name: 'SearchPersonRole',
  description: 'What a suggested person is on the offers naming them',
});

@ObjectType({ description: 'One line of the search field’s suggestions as a person types' })
export class SearchSuggestion {
  @Field(() => SearchSuggestionKind)
  kind!: SearchSuggestionKind;

  @Field(() => String, { description: 'What to show (an offer, venue, town or category name)' })
  label!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'A second line: the venue and town of an offer, the town of a venue, a postal code',
  })
  detail!: string | null;

  @Field(() => ID, { nullable: true })
  offerId!: string | null;

  @Field(() => ID, { nullable: true })
  venueId!: string | null;

  @Field(() => ID, { nullable: true })
  categoryId!: string | null;

  @Field(() => Place, { nullable: true, description: 'PLACE: the town to search around' })
  place!: Place | null;

  @Field(() => SearchPersonRole, { nullable: true, description: 'PERSON: their role' })
  personRole!: SearchPersonRole | null;

  @Field(() => Int, {
    nullable: true,
    description: 'PERSON: bookable offers naming them; OFFER: bookable offers of that name',
  })
  offerCount!: number | null;
}

@ObjectType()
export class CategoryCount {
  @Field(() => ID)
  categoryId!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Counts around a search: filter chips and the "no result" screen' })
export class SearchFacets {
  @Field(() => Int, { description: 'Offers matching the whole input' })
  total!: number;

  @Field(() => [CategoryCount], {
    description:
      'Matches per category for the same input without its category and subcategory filters (categories with none are left out)',
  })
  categories!: CategoryCount[];

  @Field(() => Int, {
    description: 'Digital offers matching the input (they have no place: the point is ignored)',
  })
  digitalCount!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Around a point, when fewer than 20 offers match: a wider radius worth proposing (null at the widest, or when enough match)',
  })
  widerRadiusKm!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Offers at places matching the input within widerRadiusKm',
  })
  widerRadiusCount!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Same place, radius and text without the other filters (categories, price, dates, duo, accessibility); null when there are none',
  })
  withoutFiltersCount!: number | null;

  @Field(() => Boolean, {
    description:
      'False when price, dates, duo or text filters matched more offers than facets count (the 10,000 nearest at places, the 10,000 newest digital ones): the counts are then lower bounds',
  })
  exact!: boolean;
}
