import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { GeoPointInput } from '../catalog/catalog.types.js';

@InputType()
export class AccessibilityFilterInput {
  @Field(() => Boolean, { nullable: true })
  motor?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  visual?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  hearing?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  mental?: boolean | null;
}

@InputType()
export class SearchOffersInput {
  @Field(() => GeoPointInput, { nullable: true, description: 'Omitted: everywhere, newest first' })
  around?: GeoPointInput | null;

  @Field(() => Float, { defaultValue: 50, description: 'At most 100' })
  radiusKm!: number;

  @Field(() => [ID], { nullable: true, description: 'Category ids' })
  categories?: string[] | null;

  @Field(() => [ID], { nullable: true })
  subcategories?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words of the name or description; accents and plurals do not matter',
  })
  text?: string | null;

  @Field(() => Int, { nullable: true })
  maxPriceCents?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Only offers with a free bookable stock' })
  freeOnly?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'Events only: a date at or after this' })
  beginsAfter?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Events only: a date at or before this' })
  beginsBefore?: Date | null;

  @Field(() => Boolean, { nullable: true })
  duoOnly?: boolean | null;

  @Field(() => Boolean, {
    defaultValue: true,
    description: 'Around a point, digital offers come after the places',
  })
  includeDigital!: boolean;

  @Field(() => AccessibilityFilterInput, {
    nullable: true,
    description: 'Venues accessible for each flag set to true',
  })
  accessibility?: AccessibilityFilterInput | null;

  @Field(() => Int, { defaultValue: 20, description: 'At most 50' })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@InputType()
export class BoundingBoxInput {
  @Field(() => Float)
  south!: number;

  @Field(() => Float)
  west!: number;

  @Field(() => Float)
  north!: number;

  @Field(() => Float)
  east!: number;
}

@InputType()
export class VenuesAroundInput {
  @Field(() => GeoPointInput, {
    nullable: true,
    description: 'With radiusKm; or give a bounding box',
  })
  around?: GeoPointInput | null;

  @Field(() => Float, { defaultValue: 20, description: 'At most 100' })
  radiusKm!: number;

  @Field(() => BoundingBoxInput, { nullable: true, description: 'The map view' })
  boundingBox?: BoundingBoxInput | null;

  @Field(() => [ID], { nullable: true })
  categories?: string[] | null;

  // The search's other filters, as in SearchOffersInput: the map shows the venues of the
  // offers the search finds.
  @Field(() => [ID], { nullable: true })
  subcategories?: string[] | null;

  @Field(() => String, { nullable: true, description: 'As searchOffers matches it' })
  text?: string | null;

  @Field(() => Int, { nullable: true })
  maxPriceCents?: number | null;

  @Field(() => Boolean, { nullable: true })
  freeOnly?: boolean | null;

  @Field(() => Date, { nullable: true })
  beginsAfter?: Date | null;

  @Field(() => Date, { nullable: true })
  beginsBefore?: Date | null;

  @Field(() => Boolean, { nullable: true })
  duoOnly?: boolean | null;

  @Field(() => AccessibilityFilterInput, { nullable: true })
  accessibility?: AccessibilityFilterInput | null;

  @Field(() => Int, { defaultValue: 100, description: 'At most 300 markers' })
  first!: number;
}
