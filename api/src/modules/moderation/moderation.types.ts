import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ModerationRuleKind } from './moderation-rule.entity.js';

@ObjectType()
export class ModerationRuleType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  label!: string;

  @Field(() => ModerationRuleKind)
  kind!: ModerationRuleKind;

  @Field(() => Int, {
    nullable: true,
    description: 'PRICE_ABOVE: a stock above this price, in cents',
  })
  priceThresholdCents!: number | null;

  @Field(() => [String], { nullable: true, description: 'WORDS: found in the name or description' })
  words!: string[] | null;

  @Field(() => [String], { nullable: true, description: 'SUBCATEGORIES: subcategory ids' })
  subcategoryIds!: string[] | null;

  @Field(() => Boolean)
  isActive!: boolean;

  @Field(() => Date)
  createdAt!: Date;
}

@InputType()
export class ModerationRuleInput {
  @Field(() => String)
  label!: string;

  @Field(() => ModerationRuleKind)
  kind!: ModerationRuleKind;

  @Field(() => Int, { nullable: true })
  priceThresholdCents?: number | null;

  @Field(() => [String], { nullable: true })
  words?: string[] | null;

  @Field(() => [String], { nullable: true })
  subcategoryIds?: string[] | null;
}

@ObjectType()
export class PendingOffer {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String)
  subcategoryId!: string;

  @Field(() => String)
  venueName!: string;

  @Field(() => String, { nullable: true })
  venueDepartmentCode!: string | null;

  @Field(() => String)
  offererName!: string;

  @Field(() => Date)
  updatedAt!: Date;

  @Field(() => [Int], { description: 'Prices of its stocks, in cents' })
  pricesCents!: number[];

  @Field(() => Int, { description: 'Confirmed bookings a rejection would cancel' })
  liveBookings!: number;

  @Field(() => [String], { description: 'Labels of the active rules it matches' })
  matchedRules!: string[];
}
