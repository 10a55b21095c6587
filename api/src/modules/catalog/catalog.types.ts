import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType()
export class Subcategory {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  label!: string;

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
