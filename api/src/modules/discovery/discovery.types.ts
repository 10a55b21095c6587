import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GeoPointInput, OfferType } from '../catalog/catalog.types.js';
import { EditorialSelectionKind } from './editorial-selection.entity.js';

export enum HomeModuleKindEnum {
  NEAR = 'NEAR',
  THIS_WEEK = 'THIS_WEEK',
  FREE = 'FREE',
  LAST_PLACES = 'LAST_PLACES',
  NEW = 'NEW',
  CHANGE = 'CHANGE',
  SELECTION = 'SELECTION',
}
registerEnumType(HomeModuleKindEnum, {
  name: 'HomeModuleKind',
  description:
    'NEAR: nearest venues; THIS_WEEK: events in 7 days; FREE; LAST_PLACES: 5 places or fewer left; NEW: newest; CHANGE: categories never booked; SELECTION: an editorial selection',
});

@InputType()
export class HomeInput {
  @Field(() => GeoPointInput, {
    nullable: true,
    description: 'Where the person is; without it, national and digital offers',
  })
  around?: GeoPointInput | null;

  @Field(() => String, {
    nullable: true,
    description: "Department whose editorial selections are shown; default: the signed-in person's",
  })
  departmentCode?: string | null;
}

@ObjectType()
export class HomeItem {
  @Field(() => Float, {
    nullable: true,
    description: 'Metres from `around`; null online or without it',
  })
  distanceMeters!: number | null;

  @Field(() => OfferType)
  offer!: OfferType;
}

@ObjectType()
export class HomeModule {
  @Field(() => ID, { description: 'NEAR, THIS_WEEK… or SELECTION:<id>' })
  id!: string;

  @Field(() => HomeModuleKindEnum)
  kind!: HomeModuleKindEnum;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  text!: string | null;

  @Field(() => [HomeItem], { description: 'Bookable offers; a module never comes empty' })
  items!: HomeItem[];
}

@ObjectType()
export class Home {
  @Field(() => Boolean, { description: 'Whether the local modules were computed around a point' })
  located!: boolean;

  @Field(() => String, { nullable: true, description: 'Department of the selections shown' })
  departmentCode!: string | null;

  @Field(() => [HomeModule])
  modules!: HomeModule[];
}

@InputType()
export class EditorialSelectionInput {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => EditorialSelectionKind)
  kind!: EditorialSelectionKind;

  @Field(() => [ID], { nullable: true, description: 'LIST: the offers, in order' })
  offerIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'RULE: a category id, e.g. CINEMA' })
  ruleCategoryId?: string | null;

  @Field(() => String, { nullable: true, description: 'RULE: venues of this department only' })
  ruleDepartmentCode?: string | null;

  @Field(() => Date, { nullable: true, description: 'RULE: dates starting at or after' })
  ruleBeginsFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'RULE: dates starting before' })
  ruleBeginsUntil?: Date | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Shown to these departments; none: all France',
  })
  departmentCodes?: string[] | null;

  @Field(() => Date)
  publishedFrom!: Date;

  @Field(() => Date, { nullable: true })
  publishedUntil?: Date | null;

  @Field(() => Int, { defaultValue: 0, description: 'Order on the home, smallest first' })
  position!: number;
}

@ObjectType('EditorialSelection')
export class EditorialSelectionType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  text!: string | null;

  @Field(() => EditorialSelectionKind)
  kind!: EditorialSelectionKind;

  @Field(() => [ID])
  offerIds!: string[];

  @Field(() => String, { nullable: true })
  ruleCategoryId!: string | null;

  @Field(() => String, { nullable: true })
  ruleDepartmentCode!: string | null;

  @Field(() => Date, { nullable: true })
  ruleBeginsFrom!: Date | null;

  @Field(() => Date, { nullable: true })
  ruleBeginsUntil!: Date | null;

  @Field(() => [String])
  departmentCodes!: string[];

  @Field(() => Date)
  publishedFrom!: Date;

  @Field(() => Date, { nullable: true })
  publishedUntil!: Date | null;

  @Field(() => Int)
  position!: number;

  @Field(() => Date)
  updatedAt!: Date;
}
